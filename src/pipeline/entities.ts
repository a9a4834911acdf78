/**
 * Entities: finds the people, organisations and places of the entity list in a
 * text, by canonical name or alias, and spots proper names that are not listed.
 */
import type { EntityDefinition } from '../schema/content.ts';

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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds one regular expression over every name and alias, longest first, case-sensitive. */
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
  const pattern =
    aliases.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(escape).join('|')})(?:['’]s?)?(?![\\p{L}\\p{N}])`, 'gu');

  return {
    get: (name) => byName.get(name),
    lookup: (alias) => byAlias.get(alias.replace(/^the\s+/i, '')),
    find(text) {
      if (!pattern) return [];
      const mentions: Mention[] = [];
      for (const match of text.matchAll(pattern)) {
        const possessive = /['’]s?$/.test(match[0]) && !byAlias.has(match[0]);
        const alias = possessive ? match[0].replace(/['’]s?$/, '') : match[0];
        const entity = byAlias.get(alias);
        if (!entity) continue;
        const previous = mentions.at(-1);
        const start = match.index;
        const end = start + match[0].length;
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

/** A run of capitalised words at the very end of `text`: "… spokesperson Adrienne Watson". */
const TRAILING_NAME = /(?:^|[^\p{L}.'’-])((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|de|van|von|bin|al|da|le))*\s+\p{Lu}[\p{Ll}'’-]+)\s*$/u;

/** A personal name of two or more capitalised words ending `text`, or null. */
export function trailingName(text: string): string | null {
  return TRAILING_NAME.exec(text)?.[1] ?? null;
}
