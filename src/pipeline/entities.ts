/**
 * Entities: finds the people, organisations and places of the entity list in a
 * text, by canonical name or alias, and spots proper names that are not listed.
 */
import type { EntityDefinition } from '../schema/content.ts';
import { matchesOf } from './matches.ts';
import { escapeRegExp } from './escape-regexp.ts';

export type EntityKind = EntityDefinition['kind'];

export interface Mention {
  /** Canonical name. */
  name: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** Followed by 's or ’s. */
  possessive: boolean;
}

export interface EntityMatcher {
  /** Mentions in `text`, in order, adjacent mentions of one entity merged ("North Korean leader Kim Jong Un"). */
  find(text: string): Mention[];
  /** The listed entity with this canonical name, if any. */
  get(name: string): EntityDefinition | undefined;
  /** The entity an alias (or name) stands for, exact match. */
  lookup(alias: string): EntityDefinition | undefined;
}

/** A match of an alias in a text, before possessives and neighbours are resolved. */
interface Hit {
  start: number;
  end: number;
  /** The text matched, possibly with a possessive ending. */
  written: string;
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{N}.'’-]*`;
/** Every alias a run of capitalised words ("Marta Kovacs", "Mr. Kovacs", "U.S.")? */
const ALL_CAPITALISED = new RegExp(`^${CAPITALISED}(?: ${CAPITALISED})*$`, 'u');
const CAPITALISED_WORD = new RegExp(`(?<![\\p{L}\\p{N}])${CAPITALISED}`, 'gu');

/**
 * Finds aliases with one regular expression over all of them, longest first:
 * the general way, for aliases with lower-case words ("the Russian leader").
 */
function regexHits(aliases: readonly string[]): (text: string) => Iterable<Hit> {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(escapeRegExp).join('|')})(?:['’]s?)?(?![\\p{L}\\p{N}])`, 'gu');
  return function* (text) {
    for (const match of matchesOf(pattern, text)) yield { start: match.index, end: match.index + match[0].length, written: match[0] };
  };
}

/**
 * Finds aliases that are runs of capitalised words by looking each run up in a
 * map. Used for the few names discovered in one article: building and compiling
 * a regular expression per article cost more than the matching itself (measured:
 * about 1 s per 1,000 articles).
 */
function runHits(byAlias: ReadonlyMap<string, unknown>, longest: number): (text: string) => Iterable<Hit> {
  // A run can only be an alias if its first word opens one (for a one-word run, after the full stop
  // or possessive the lookup below drops): most capitalised words are ruled out with one lookup.
  const firstWords = new Set([...byAlias.keys()].map((alias) => alias.split(' ')[0]!));
  const opens = (word: string) => {
    const stopless = word.endsWith('.') ? word.slice(0, -1) : word;
    return [word, stopless].some((form) => firstWords.has(form) || firstWords.has(form.replace(/['’]s?$/, '')));
  };
  return function* (text) {
    // Capitalised words as start and end offsets, and the word itself.
    const starts: number[] = [];
    const ends: number[] = [];
    const tokens: string[] = [];
    for (const match of matchesOf(CAPITALISED_WORD, text)) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
      tokens.push(match[0]);
    }
    for (let index = 0; index < starts.length; index++) {
      if (!opens(tokens[index]!)) continue;
      for (let length = Math.min(longest, starts.length - index); length >= 1; length--) {
        const run = text.slice(starts[index]!, ends[index + length - 1]!);
        // The words of a run are separated by single spaces.
        let spaced = true;
        for (let k = index + 1; k < index + length && spaced; k++) spaced = starts[k]! - ends[k - 1]! === 1 && text.charCodeAt(ends[k - 1]!) === 32;
        if (!spaced) continue;
        // A word's class takes the dot of "Mr." and "U.S.", and so the full stop after a name.
        const written = byAlias.has(run) || !run.endsWith('.') ? run : run.slice(0, -1);
        if (byAlias.has(written) || byAlias.has(written.replace(/['’]s?$/, ''))) {
          yield { start: starts[index]!, end: starts[index]! + written.length, written };
          index += length - 1;
          break;
        }
      }
    }
  };
}

/** Indexes entities by canonical name and alias (case-sensitive; a leading "the" is optional). */
export function createEntityMatcher(entities: readonly EntityDefinition[]): EntityMatcher {
  const byAlias = new Map<string, EntityDefinition>();
  const byName = new Map<string, EntityDefinition>();
  for (const entity of entities) {
    byName.set(entity.name, entity);
    for (const alias of [entity.name, ...entity.aliases]) {
      const key = alias.replace(/^the\s+/i, '');
      if (!byAlias.has(key)) byAlias.set(key, entity);
    }
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const hits =
    aliases.length === 0
      ? () => []
      : aliases.every((alias) => ALL_CAPITALISED.test(alias))
        ? runHits(byAlias, Math.max(...aliases.map((alias) => alias.split(' ').length)))
        : regexHits(aliases);

  return {
    get: (name) => byName.get(name),
    lookup: (alias) => byAlias.get(alias.replace(/^the\s+/i, '')),
    find(text) {
      const mentions: Mention[] = [];
      for (const { start, end, written } of hits(text)) {
        const possessive = /['’]s?$/.test(written) && !byAlias.has(written);
        const entity = byAlias.get(possessive ? written.replace(/['’]s?$/, '') : written);
        if (!entity) continue;
        const previous = mentions.at(-1);
        if (previous && previous.name === entity.name && /^\s*$/.test(text.slice(previous.end, start)) && !previous.possessive) {
          previous.end = end;
          previous.possessive = possessive;
          continue;
        }
        mentions.push({ name: entity.name, kind: entity.kind, start, end, possessive });
      }
      return mentions;
    },
  };
}
