/**
 * Framing: how an article describes the people and countries it mentions —
 * "North Korean dictator Kim Jong Un", "Kim's regime", "a malign actor" — found
 * where a framing word (from `framing.yaml`) describes an entity mention.
 */
import type { Mention } from './entities.ts';
import { escapeRegExp } from './escape-regexp.ts';

export interface FramingPhrase {
  entity: string;
  /** The phrase as written. */
  phrase: string;
  /** Offset of the phrase in the text. */
  start: number;
}

export interface FramingFinder {
  find(text: string, mentions: readonly Mention[]): FramingPhrase[];
}

const FRAMED_KINDS = new Set(['person', 'country', 'organisation', 'group']);

export function createFramingFinder(lexicon: readonly string[]): FramingFinder {
  const word = new RegExp(`(?<![\\p{L}])(?:${lexicon.map(escapeRegExp).join('|')})(?:e?s)?(?![\\p{L}])`, 'iu');
  /** A framing word right before a name, with the capitalised or framing words before it: "North Korean dictator ". */
  const before = /((?:(?:\p{Lu}[\p{L}-]*|\p{Ll}[\p{L}]*-[\p{L}-]+)\s+){0,3}\p{Ll}[\p{L}-]*)\s+$/u;
  const adjacent = new RegExp(`(?<![\\p{L}])(?:${lexicon.map(escapeRegExp).join('|')})(?:e?s)?$`, 'iu');
  /** A noun right after a possessive: "'s regime". */
  const possessed = /^\s+(\p{Ll}[\p{L}-]*)/u;
  /** "X is not the first malign actor". */
  const copula =
    /^\s+(?:is|was|are|were|has been|have been|remains|remain)\s+(?:not\s+)?(?:(?:the|a|an)\s+)?(?:(?:first|only|latest|last|most)\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;

  return {
    find(text, mentions) {
      const found: FramingPhrase[] = [];
      for (const mention of mentions) {
        if (!FRAMED_KINDS.has(mention.kind)) continue;
        const written = text.slice(mention.start, mention.end);
        // An alias can itself be a description ("North Korean dictator Kim Jong Un").
        if (/(?:^|\s)\p{Ll}/u.test(written) && word.test(written)) {
          found.push({ entity: mention.name, phrase: written.replace(/['’]s?$/, ''), start: mention.start });
          continue;
        }
        const head = before.exec(text.slice(Math.max(0, mention.start - 80), mention.start));
        // The word next to the name must itself frame it ("dictator Kim"), not merely be near one.
        if (head?.[1] && adjacent.test(head[1])) {
          const phrase = `${head[1]} ${written.replace(/['’]s?$/, '')}`;
          found.push({ entity: mention.name, phrase, start: mention.start - head[0].length });
        }
        const rest = text.slice(mention.end, mention.end + 80);
        if (mention.possessive) {
          const noun = possessed.exec(rest)?.[1];
          if (noun && word.test(noun)) found.push({ entity: mention.name, phrase: `${written} ${noun}`, start: mention.start });
        } else {
          const predicate = copula.exec(rest)?.[1];
          if (predicate && word.test(predicate)) found.push({ entity: mention.name, phrase: predicate, start: mention.end });
        }
      }
      return found;
    },
  };
}
