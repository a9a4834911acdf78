/**
 * Topics: assigns claims to the topics defined in `content/topics/`, keeping the
 * matched terms and entities as the reason.
 */
import type { TopicMatch } from '../schema/briefing.ts';
import type { TopicDefinition } from '../schema/content.ts';
import { matchesOf } from './matches.ts';
import { escapeRegExp } from './escape-regexp.ts';

export interface Topic extends TopicDefinition {
  id: string;
}

export interface TopicMatcher {
  /** Topics (of `among`, when given) whose terms occur in `text` or whose entities are among `entities`, in topic order. */
  match(text: string, entities: readonly string[], among?: ReadonlySet<string>): TopicMatch[];
  /** Ids of the topics an article may join: those whose `requires` it satisfies (or that require nothing). */
  admits(articleText: string, articleEntities: readonly string[]): Set<string>;
}

/** One expression over whole-word terms, longest first. */
const wordsPattern = (terms: readonly string[], flags: string) =>
  terms.length === 0
    ? null
    : new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${[...terms]
          .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
          .map(escapeRegExp)
          .join('|')})(?![\\p{L}\\p{N}])`,
        flags,
      );

export function createTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const compiled = topics.map((topic) => ({
    id: topic.id,
    entities: topic.entities,
    /** Canonical spelling of each term, by its lower-case form. */
    spelling: new Map(topic.terms.map((term) => [term.toLowerCase(), term])),
    pattern: wordsPattern(topic.terms, 'giu'),
    requires: topic.requires,
    required: wordsPattern(topic.requires, 'iu'),
  }));
  return {
    admits(articleText, articleEntities) {
      const admitted = new Set<string>();
      for (const topic of compiled) {
        if (topic.requires.length === 0 || topic.requires.some((name) => articleEntities.includes(name))) admitted.add(topic.id);
        else if (topic.required?.test(articleText)) admitted.add(topic.id);
      }
      return admitted;
    },
    match(text, entities, among) {
      const matches: TopicMatch[] = [];
      for (const topic of compiled) {
        if (among && !among.has(topic.id)) continue;
        const found = new Set<string>();
        if (topic.pattern) {
          for (const hit of matchesOf(topic.pattern, text)) found.add(topic.spelling.get(hit[0].toLowerCase()) ?? hit[0]);
        }
        for (const entity of topic.entities) if (entities.includes(entity)) found.add(entity);
        if (found.size > 0) matches.push({ topic: topic.id, terms: [...found] });
      }
      return matches;
    },
  };
}

/** Topics in navigation order: by `order`, then by id. */
export function sortTopics<T extends Topic>(topics: readonly T[]): T[] {
  return [...topics].sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
