/**
 * Mention → speaker: which person, organisation or unnamed source a span that
 * names a speaker stands for. "he"/"she" resolve to the last person of that
 * gender the article made salient (a speaker, or a sentence's subject); "Mr
 * Blair" and a bare surname to the full name introduced earlier; titles and
 * roles are split off ("Home Secretary Charles Clarke" → Charles Clarke);
 * abbreviations to the name they were given for; unnamed sources keep their
 * description. Dates, pronouns alone and datelines are never speakers.
 */
import type { EntityKind, EntityMatcher, Mention } from './entities.ts';
import { PERSON_ROLE_NOUNS } from './lexicon.ts';
import { genderOfName, personLike, splitName, type Gender, type PeopleIndex, type Person } from './people.ts';

/** Who claims something. */
export interface Speaker {
  /** Canonical entity name, a discovered name, or the phrase as written ("analysts"). */
  name: string;
  /** Null for unnamed sources and phrases that are no single entity. */
  kind: EntityKind | null;
  /** True for a name found in the text but not in the entity list. */
  discovered: boolean;
  /** Role or title written with the name: "White House National Security Council spokesperson". */
  role: string | null;
}

/** Nouns for people left unnamed: a speaker phrase ending in one is an unnamed source. */
export const UNNAMED_GROUP = /\b(?:analysts?|experts?|officials?|observers?|diplomats?|sources?|critics?|insiders?|researchers?|economists?|residents?|witnesses|people|aides?|vendors?|organi[sz]ers|lawyers?|scientists?|campaigners|activists|supporters|protesters|opponents|voters|members|workers|employees|officers|investigators|authorities|leaders|lawmakers|legislators|democrats|republicans)$/iu;
/** Lower-case nouns of bodies that speak as one. */
const BODY = /\b(?:union|government|ministry|company|authority|authorities|agency|council|committee|party|police|army|court|department|management|operators?|board|federation|league|commission|campaign|administration|statement|report|group|organi[sz]ation|firm|spokesperson|spokesman|spokeswoman|office)$/iu;
const LEADING_LINKS = /^(?:(?:but|and|so|yet|meanwhile|however|earlier|later|also|then|now|still|instead|separately|finally|again)\b,?\s*)+/iu;
/** An all-capitals dateline ending in a dash: "WASHINGTON --", "OTTAWA —". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'-]*\s*(?:--|—|–|-)\s*/u;
const SPEAKING_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'organisation', 'country', 'group']);

interface Entry {
  name: string;
  kind: EntityKind | null;
  gender: Gender | null;
  /** Where in the article: paragraph, then offset, as one sortable number. */
  at: number;
  /** A speaker or a sentence's subject, rather than a passing mention. */
  salient: boolean;
  individual: boolean;
}

const position = (paragraph: number, offset: number) => paragraph * 1_000_000 + offset;

/**
 * What the article has said so far, for resolving "he", "she", a surname or
 * "the mayor": people in order of mention, speakers marked salient.
 */
export class Discourse {
  private readonly entries: Entry[] = [];
  /** Genders learnt from "she said" once a name resolved: the pronoun tells it. */
  private readonly learnt = new Map<string, Gender>();

  readonly people: PeopleIndex;
  /** Listed and discovered entities. */
  readonly matcher: EntityMatcher;
  /** The entity list alone. */
  readonly listed: EntityMatcher;
  readonly abbreviations: ReadonlyMap<string, string>;

  constructor(people: PeopleIndex, matcher: EntityMatcher, listed: EntityMatcher, abbreviations: ReadonlyMap<string, string>) {
    this.people = people;
    this.matcher = matcher;
    this.listed = listed;
    this.abbreviations = abbreviations;
  }

  genderOf(name: string): Gender | null {
    return this.learnt.get(name) ?? this.people.get(name)?.gender ?? null;
  }

  /** Notes a mention or speaker at a place in the article. */
  note(speaker: Pick<Speaker, 'name' | 'kind'>, paragraph: number, offset: number, salient: boolean): void {
    const individual = speaker.kind === 'person' || (speaker.kind === null && /^(?:an?|one)\s/i.test(speaker.name));
    const entry = { name: speaker.name, kind: speaker.kind, gender: this.genderOf(speaker.name), at: position(paragraph, offset), salient, individual };
    // Kept in article order, whatever order the passes note in.
    let index = this.entries.length;
    while (index > 0 && this.entries[index - 1]!.at > entry.at) index--;
    this.entries.splice(index, 0, entry);
  }

  /** The person "he" or "she" at this place stands for: the last salient one of that gender, else the last mentioned. */
  pronoun(gender: Gender, paragraph: number, offset: number): Speaker | null {
    const at = position(paragraph, offset);
    const compatible = (entry: Entry) => entry.individual && entry.at < at && (this.learnt.get(entry.name) ?? entry.gender ?? gender) === gender;
    let chosen: Entry | undefined;
    for (let index = this.entries.length - 1; index >= 0 && !chosen; index--) {
      const entry = this.entries[index]!;
      if (entry.salient && compatible(entry)) chosen = entry;
    }
    for (let index = this.entries.length - 1; index >= 0 && !chosen; index--) {
      const entry = this.entries[index]!;
      if (compatible(entry)) chosen = entry;
    }
    if (!chosen) return null;
    if (chosen.kind === 'person' && !this.learnt.has(chosen.name) && chosen.gender === null) this.learnt.set(chosen.name, gender);
    return this.speakerFor(chosen.name, chosen.kind);
  }

  /** The last salient person before this place: who "the rookie defenceman" or "the mayor" is. */
  lastPerson(paragraph: number, offset: number): Speaker | null {
    const at = position(paragraph, offset);
    for (let index = this.entries.length - 1; index >= 0; index--) {
      const entry = this.entries[index]!;
      if (entry.at < at && entry.salient && entry.kind === 'person') return this.speakerFor(entry.name, entry.kind);
      if (entry.at < at - 2_000_000) break;
    }
    return null;
  }

  /** Of several people one written name may mean, the one mentioned last before this place. */
  private latest(candidates: readonly Person[], paragraph: number, offset: number): Person {
    if (candidates.length === 1) return candidates[0]!;
    const at = position(paragraph, offset);
    const names = new Set(candidates.map((candidate) => candidate.name));
    for (let index = this.entries.length - 1; index >= 0; index--) {
      const entry = this.entries[index]!;
      if (entry.at < at && names.has(entry.name)) return candidates.find((candidate) => candidate.name === entry.name)!;
    }
    return candidates[0]!;
  }

  speakerFor(name: string, kind: EntityKind | null, role: string | null = null): Speaker {
    return { name, kind, discovered: kind !== null && this.listed.get(name) === undefined, role };
  }

  /**
   * Resolves a span that names a speaker. `offset` is where `phrase` starts in
   * its paragraph; `mentions` are the paragraph's entity mentions.
   */
  resolve(phrase: string, paragraph: number, offset: number, mentions: readonly Mention[]): Speaker | null {
    const dateline = DATELINE.exec(phrase)?.[0].length ?? 0;
    const links = LEADING_LINKS.exec(phrase.slice(dateline))?.[0].length ?? 0;
    const lead = dateline + links;
    const trimmed = phrase.slice(lead).trim().replace(/[,\s]+$/u, '');
    const start = offset + lead + (phrase.slice(lead).length - phrase.slice(lead).trimStart().length);
    if (trimmed === '') return null;
    const lower = trimmed.toLowerCase();
    if (lower === 'he' || lower === 'she') return this.pronoun(lower === 'he' ? 'm' : 'f', paragraph, start);
    if (/^(?:they|we|i|you|it|this|that|which|who|one)$/iu.test(trimmed)) return null;

    // An entity the list or the text knows, inside the phrase.
    const inside = mentions.filter((mention) => mention.start >= start && mention.end <= start + trimmed.length && !mention.possessive);
    const person = inside.filter((mention) => mention.kind === 'person').at(-1);
    if (person) {
      const role = trimmed.slice(0, person.start - start).trim().replace(/,$/, '').trim();
      return this.speakerFor(person.name, person.kind, role === '' || /^(?:the|a|an)$/i.test(role) ? null : role);
    }
    // A one-word name that is also a role word ("Green said") is the person already introduced.
    if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(trimmed)) {
      const known = this.people.candidates([trimmed]);
      if (known.length > 0) return this.speakerFor(this.latest(known, paragraph, start).name, 'person');
    }
    const parts = splitName(trimmed);
    const abbreviation = parts.tokens.length === 1 ? this.abbreviations.get(parts.tokens[0]!) : undefined;
    if (abbreviation) return this.speakerFor(this.matcher.lookup(abbreviation)?.name ?? abbreviation, this.matcher.lookup(abbreviation)?.kind ?? 'organisation');
    const speaking = inside.filter((mention) => SPEAKING_KINDS.has(mention.kind));
    if (speaking.length === 1 && parts.tokens.length === 0 && !/\band\b/.test(trimmed)) return this.speakerFor(speaking[0]!.name, speaking[0]!.kind);
    const only = inside.length === 1 ? inside[0]! : undefined;
    if (only && trimmed.replace(/^the\s+/i, '').length <= only.end - only.start + 1) return this.speakerFor(only.name, only.kind);

    if (parts.tokens.length > 0 && personLike(parts.tokens)) {
      const role = parts.role?.replace(/^(?:the|a|an)\s+/i, '') || null;
      const candidates = this.people.candidates(parts.tokens);
      if (candidates.length > 0) {
        const chosen = this.latest(candidates, paragraph, start);
        return this.speakerFor(chosen.name, 'person', role);
      }
      const listed = this.matcher.lookup(parts.tokens.join(' '));
      if (listed) return this.speakerFor(listed.name, listed.kind, role);
      const name = parts.tokens.join(' ');
      if (!this.learnt.has(name)) {
        const told = genderOfName(trimmed);
        if (told) this.learnt.set(name, told);
      }
      return { name, kind: 'person', discovered: true, role };
    }
    if (parts.tokens.length > 0) {
      // Capitalised, but no person: an organisation or body ("Cisco Talos", "Breitbart News").
      if (parts.tokens.every((token) => /^\p{Lu}/u.test(token)) && !/^(?:The|A|An)$/.test(parts.tokens[0]!)) {
        const name = parts.tokens.join(' ');
        if (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u.test(name)) return null;
        return { name, kind: 'organisation', discovered: true, role: null };
      }
    }
    // A description: "the mayor", "the rookie defenceman", "one Western defence official", "port officials".
    const description = trimmed.replace(/,.*$/su, '');
    const words = description.split(/\s+/);
    const head = words.at(-1)!.toLowerCase().replace(/['’]s$/, '');
    if (UNNAMED_GROUP.test(description) || /^(?:an?|one|two|three|several|some|many)\s/i.test(description)) {
      if (words.length > 8 || !/^[\p{L}\d]/u.test(description)) return null;
      return { name: description.charAt(0).toLowerCase() + description.slice(1), kind: null, discovered: false, role: null };
    }
    if (/^(?:the|his|her|their|its)\s/i.test(description) && PERSON_ROLE_NOUNS.has(head) && words.length <= 6) {
      const referent = this.lastPerson(paragraph, start);
      if (referent) return { ...referent, role: description.replace(/^the\s+/i, '') };
      return null;
    }
    if (BODY.test(description) && words.length <= 5 && /^(?:the|its|their)\s/i.test(description)) {
      return { name: description.charAt(0).toLowerCase() + description.slice(1), kind: null, discovered: false, role: null };
    }
    return null;
  }
}
