/**
 * People: who an article names, found in the text without a list. A run of
 * capitalised words is a person where the text treats it as one — next to a
 * speech verb ("Pieter Claes said"), in apposition ("Maria Delgado, a nurse"),
 * after a title or role ("Home Secretary Charles Clarke"), or when its surname
 * comes back alone later ("… Lonechild said"). Titles and roles are split off
 * the name; each person gets a gender where an honorific, a gendered role or
 * the pronouns that follow the name tell it. The entity list (`entities.yaml`)
 * only adds what the text cannot say: aliases and kinds.
 */
import { getGender } from 'gender-detection-from-name';
import type { EntityDefinition } from '../schema/content.ts';
import type { EntityKind, EntityMatcher, Mention } from './entities.ts';
import {
  FEMALE_HONORIFICS,
  FEMALE_ROLES,
  HONORIFICS,
  MALE_HONORIFICS,
  MALE_ROLES,
  NAME_PARTICLES,
  NON_PERSON_HEADS,
  NOT_NAME_WORDS,
  ROLE_WORDS,
  SPEECH_VERB_FORMS,
} from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { findQuotes } from './quotes.ts';

export type Gender = 'm' | 'f';

export interface Person {
  /** The full name as first written, without title or role. */
  name: string;
  kind: EntityKind;
  gender: Gender | null;
  /** Listed in `entities.yaml` (true) or found in the text. */
  listed: boolean;
}

/** A written name split into its parts: "Home Secretary Charles Clarke". */
export interface NameParts {
  /** What stands before the name: "Home Secretary", "Labour's", "the"; null when nothing. */
  role: string | null;
  /** The name's words: ["Charles", "Clarke"]. */
  tokens: string[];
  /** A title that tells gender: "Mr", "Ms". */
  honorific: string | null;
}

const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFICS);
const PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES);
/** A capitalised word with a lower-case letter in it ("McCallum", "O'Malley", "DeSantis", "Wilson-Raybould"), or an initial. */
const TOKEN = String.raw`(?:\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{Ll}]?\.?(?=\s+\p{Lu}))`;
const PARTICLES = NAME_PARTICLES.join('|');
/** Runs of capitalised words, particles inside: "Ursula von der Leyen", "G.K. Butterfield". */
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}.’'-])(${TOKEN}(?:\s+(?:${TOKEN}|(?:${PARTICLES})(?=\s+\p{Lu})))*)(?![\p{L}\p{N}’'-])`, 'gu');
const SPEECH_AFTER = /^,?\s+(?:(?:has|had|also|then|later|again|once|previously)\s+)?(\p{Ll}+)\b/u;
const APPOSITION_AFTER =
  /^\s*(?:,\s*(?:\d{1,3}\s*,|(?:an?|the|who|whose|one|its|his|her|their)\s|(?:[\p{L}-]+\s+){0,3}(?:of|for|at|with)\s)|\s*\((?:[DRI]|\p{Lu}\p{Ll}+)-)/u;
const SPEECH_BEFORE = /\b(\p{Ll}+)\s+$/u;
/** Where a sentence's subject stands: at its start, or after an opening phrase and its comma. */
const SUBJECT_BEFORE = /(?:^|[.!?]["”’]?\s+)(?:[^.!?"“”]{0,80},\s+)?$/u;
/** A verb after a subject: a lower-case word that is no preposition or conjunction. */
const VERB_NEXT = /^\s+(?!(?:of|and|or|in|on|at|to|for|with|by|from|as|the|a|an)\b)\p{Ll}{2,}/u;
const HE = /\b(?:he|him|his|himself)\b/giu;
const SHE = /\b(?:she|her|hers|herself)\b/giu;

const isHonorific = (word: string) => HONORIFIC_SET.has(word.replace(/\.$/, ''));
const isRoleWord = (word: string) => ROLE_WORDS.has(word.toLowerCase().replace(/\.$/, '')) || /^(?:then|ex|former)-/i.test(word);
const possessive = (word: string) => /['’]s?$/.test(word) && word.length > 2;

/**
 * Splits a written name into role and name: the name is the longest run at
 * the end of words that are no role, title, possessive or sentence word.
 */
export function splitName(written: string): NameParts {
  const words = written
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const capitalised = (word: string) => /^\p{Lu}/u.test(word) && !isHonorific(word) && !possessive(word) && !NOT_NAME_WORDS.has(word);
  const nameWord = (word: string) => (capitalised(word) && !isRoleWord(word)) || PARTICLE_SET.has(word);
  let start = words.length;
  // The last word may be a role word that is also a surname ("Al Green", "John Major") when a name word precedes it.
  const last = words.at(-1);
  if (last !== undefined && capitalised(last) && (!isRoleWord(last) || (words.length > 1 && nameWord(words.at(-2)!) && !PARTICLE_SET.has(words.at(-2)!))))
    start--;
  if (start < words.length) while (start > 0 && nameWord(words[start - 1]!)) start--;
  // A particle cannot open a name.
  while (start < words.length && PARTICLE_SET.has(words[start]!)) start++;
  const tokens = words.slice(start);
  const before = words.slice(0, start);
  const honorific = before.length > 0 && isHonorific(before.at(-1)!) ? before.at(-1)!.replace(/\.$/, '') : null;
  const role = before.join(' ').replace(/[,\s]+$/, '');
  return { role: role === '' ? null : role, tokens, honorific };
}

/** A run of name tokens that can be a person's name: no organisation or place head, no calendar word. */
export function personLike(tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false;
  return tokens.every((token) => !NON_PERSON_HEADS.has(token) && !NOT_NAME_WORDS.has(token) && !/^\p{Lu}{2,}$/u.test(token));
}

function genderOfWords(words: readonly string[]): Gender | null {
  for (const word of words) {
    const bare = word.replace(/\.$/, '');
    const lower = bare.toLowerCase();
    if (MALE_HONORIFICS.has(bare) || MALE_ROLES.has(lower)) return 'm';
    if (FEMALE_HONORIFICS.has(bare) || FEMALE_ROLES.has(lower)) return 'f';
  }
  return null;
}

/** "the Joint Chiefs of Staff (JCS)": an organisation's name and the abbreviation it is given. */
const ABBREVIATION = /((?:\p{Lu}[\p{L}&'’-]*)(?:\s+(?:of|for|and|the|on|de|du|des|\p{Lu}[\p{L}&'’-]*)){1,8}?)\s+\((\p{Lu}[\p{Lu}&.]{1,9})\)/gu;

/** Abbreviations an article defines, to the names they stand for. */
export function findAbbreviations(paragraphs: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of paragraphs) {
    for (const match of matchesOf(ABBREVIATION, text)) {
      const name = match[1]!.replace(/^(?:The|the)\s+/, '');
      const abbreviation = match[2]!.replace(/\./g, '');
      const initials = name
        .split(/\s+/)
        .filter((word) => /^\p{Lu}/u.test(word))
        .map((word) => word[0])
        .join('');
      // The abbreviation's letters open the name's capitalised words, in order: no "(AP)" after a sentence.
      if (!found.has(abbreviation) && initials.includes(abbreviation[0]!) && isSubsequence(abbreviation, initials + name.replace(/[^\p{Lu}]/gu, '')))
        found.set(abbreviation, name.slice(name.indexOf(name.split(/\s+/).find((word) => word[0] === abbreviation[0]) ?? name)));
    }
  }
  return found;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle[at]) at++;
  return at === needle.length;
}

export interface PeopleIndex {
  /** Everyone found, listed people included, in order of first mention. */
  people: readonly Person[];
  /** Discovered people as entity definitions (name, surname aliases) for the mention matcher. */
  definitions: EntityDefinition[];
  /** The people a written name may stand for: an exact name, a surname, a given name. */
  candidates(tokens: readonly string[]): Person[];
  /** A person by full name. */
  get(name: string): Person | undefined;
}

interface Found {
  person: Person;
  votes: { m: number; f: number };
  evidence: boolean;
}

/**
 * Finds the people of an article. `listedMentions[i]` are the entity-list
 * mentions of paragraph `i`; runs that overlap them are left to the list.
 */
export function findPeople(paragraphs: readonly string[], listedMentions: readonly (readonly Mention[])[], listed: EntityMatcher): PeopleIndex {
  const found = new Map<string, Found>();
  const order: string[] = [];
  const standalone = new Map<string, number>();
  const subjects = new Set<string>();
  const runs: { paragraph: number; start: number; end: number; name: string }[] = [];

  for (const [index, text] of paragraphs.entries()) {
    const mentions = listedMentions[index] ?? [];
    // Listed people take part in the gender vote; they need no evidence.
    for (const mention of mentions) {
      if (mention.kind !== 'person') continue;
      if (!found.has(mention.name)) {
        found.set(mention.name, { person: { name: mention.name, kind: 'person', gender: null, listed: true }, votes: { m: 0, f: 0 }, evidence: true });
        order.push(mention.name);
      }
      runs.push({ paragraph: index, start: mention.start, end: mention.end, name: mention.name });
    }
    for (const match of matchesOf(NAME_RUN, text)) {
      // A participle or adjective opening the sentence is no first name: "Neighbouring Kenya", "Outgoing Mayor …".
      // Nor is a speech verb that opens it: "Said Dorothy Poynter, …".
      const opener = /^(\p{Lu}\p{Ll}+)\s+/u.exec(match[1]!)?.[1];
      const written =
        opener && SPEECH_VERB_FORMS.has(opener.toLowerCase())
          ? match[1]!.slice(opener.length).trimStart()
          : match[1]!.replace(/^\p{Lu}\p{Ll}{3,}(?:ing|ed)\s+/u, '');
      const parts = splitName(written);
      const tokens = parts.tokens;
      // A lone surname that speaks ("Lonechild said") or carries a title ("Mr. Lonechild"); or that is a
      // sentence's subject ("Moretti was one of …", "In a post, Moretti expressed …").
      if (tokens.length === 1) {
        const next = text.slice(match.index + match[1]!.length, match.index + match[1]!.length + 60);
        const verb = SPEECH_AFTER.exec(next)?.[1];
        if (parts.honorific !== null || (verb !== undefined && SPEECH_VERB_FORMS.has(verb))) standalone.set(tokens[0]!, (standalone.get(tokens[0]!) ?? 0) + 1);
        else if (written === match[1] && VERB_NEXT.test(next) && SUBJECT_BEFORE.test(text.slice(Math.max(0, match.index - 80), match.index)))
          subjects.add(tokens[0]!);
      }
      if (tokens.length < 2 || !personLike(tokens)) continue;
      const name = tokens.join(' ');
      const end = match.index + match[1]!.length;
      const start = end - name.length;
      if (mentions.some((mention) => mention.start < end && start < mention.end)) continue;
      if (listed.lookup(name)) continue;
      const before = text.slice(Math.max(0, match.index - 30), match.index);
      const after = text.slice(end, end + 60);
      const verbAfter = SPEECH_AFTER.exec(after)?.[1];
      const verbBefore = SPEECH_BEFORE.exec(before)?.[1];
      // The subject of its sentence, referred to by "he" or "she" later in it: "Mamadou Dia was on a trip when he …".
      const sentenceEnd = text.indexOf('. ', end);
      const rest = text.slice(end, sentenceEnd === -1 ? text.length : sentenceEnd);
      const subjectWithPronoun =
        /(?:^|[.!?]\s+|\n)$/u.test(text.slice(0, match.index)) && /^\s+\p{Ll}/u.test(rest) && /\b(?:he|she)\b/u.test(rest) && !/["“”]/u.test(rest);
      const evidence =
        subjectWithPronoun ||
        parts.role !== null ||
        (verbAfter !== undefined && SPEECH_VERB_FORMS.has(verbAfter)) ||
        (verbBefore !== undefined && SPEECH_VERB_FORMS.has(verbBefore)) ||
        APPOSITION_AFTER.test(after) ||
        (before.trimEnd().length > 0 && isRoleWord(before.trimEnd().split(/\s+/).at(-1)!));
      let entry = found.get(name);
      if (!entry) {
        entry = { person: { name, kind: 'person', gender: null, listed: false }, votes: { m: 0, f: 0 }, evidence: false };
        found.set(name, entry);
        order.push(name);
      }
      entry.evidence ||= evidence;
      const told = genderOfWords([...(parts.role?.split(/\s+/) ?? []), ...(/^,\s*(?:an?|the)\s+([\p{L}-]+)/u.exec(after)?.slice(1) ?? [])]);
      if (told) entry.votes[told] += 3;
      runs.push({ paragraph: index, start, end, name });
    }
  }
  // A surname that comes back alone to speak is the mark of a person ("Lonechild said …").
  for (const entry of found.values()) {
    const surname = entry.person.name.split(' ').at(-1)!;
    if ((standalone.get(surname) ?? 0) > 0) entry.evidence = true;
    // As a sentence's subject, only with a given name before it: "Statistics Canada" is no person because "Canada has …".
    else if (subjects.has(surname) && givenNameGender(entry.person.name) !== null) entry.evidence = true;
  }
  const people = order.map((name) => found.get(name)!).filter((entry) => entry.evidence);
  const kept = new Set(people.map((entry) => entry.person.name));

  // Pronouns after a person's name, before anyone else is named, vote on gender.
  const quoted = paragraphs.map((text) => findQuotes(text));
  const byParagraph = new Map<number, typeof runs>();
  for (const run of runs) if (kept.has(run.name)) byParagraph.set(run.paragraph, [...(byParagraph.get(run.paragraph) ?? []), run]);
  for (const [paragraph, list] of byParagraph) {
    list.sort((a, b) => a.start - b.start);
    const text = paragraphs[paragraph]!;
    list.forEach((run, k) => {
      const limit = Math.min(list[k + 1]?.start ?? text.length, run.end + 250);
      let window = text.slice(run.end, limit);
      for (const span of quoted[paragraph]!) {
        if (span.close <= run.end || span.open >= limit) continue;
        const from = Math.max(span.open, run.end) - run.end;
        const to = Math.min(span.close, limit) - run.end;
        window = window.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + window.slice(to);
      }
      const votes = found.get(run.name)!.votes;
      votes.m += matchesOf(HE, window).length > 0 ? 1 : 0;
      votes.f += matchesOf(SHE, window).length > 0 ? 1 : 0;
    });
  }
  for (const entry of people) {
    const { m, f } = entry.votes;
    entry.person.gender = m > f ? 'm' : f > m ? 'f' : null;
  }

  const persons = people.map((entry) => entry.person);
  const discovered = persons.filter((person) => !person.listed);
  const byName = new Map(persons.map((person) => [person.name, person]));
  const surnames = new Map<string, Person[]>();
  const givenNames = new Map<string, Person[]>();
  for (const person of discovered) {
    const words = person.name.split(' ');
    surnames.set(words.at(-1)!, [...(surnames.get(words.at(-1)!) ?? []), person]);
    if (words.length > 1) givenNames.set(words[0]!, [...(givenNames.get(words[0]!) ?? []), person]);
  }
  const definitions: EntityDefinition[] = discovered.map((person) => {
    const surname = person.name.split(' ').at(-1)!;
    // A surname two people share is ambiguous: it stays unresolved in mentions (speakers pick by recency).
    const aliases =
      surnames.get(surname)!.length > 1 ? [] : [surname, ...HONORIFICS.slice(0, 5).flatMap((title) => [`${title}. ${surname}`, `${title} ${surname}`])];
    return { name: person.name, kind: 'person', aliases };
  });
  return {
    people: persons,
    definitions,
    get: (name) => byName.get(name),
    candidates(tokens) {
      if (tokens.length === 0) return [];
      const name = tokens.join(' ');
      const exact = byName.get(name);
      if (exact) return [exact];
      if (tokens.length === 1) return surnames.get(name) ?? givenNames.get(name) ?? [];
      // "Hillary Rodham Clinton" for "Hillary Clinton", "Jong Un" for "Kim Jong Un".
      return discovered.filter(
        (person) => person.name.endsWith(` ${name}`) || (person.name.split(' ')[0] === tokens[0] && person.name.split(' ').at(-1) === tokens.at(-1)),
      );
    },
  };
}

/** Gender told by the words of a written name ("Ms. Jamil", "spokeswoman Ana Ruiz"). */
export function genderOfName(written: string): Gender | null {
  return genderOfWords(written.split(/\s+/));
}

/**
 * The gender a full name's given name most often has (name lists of several
 * languages, `gender-detection-from-name`): a prior only, for a person whose
 * honorifics, roles and pronouns told nothing. A lone surname tells nothing.
 */
export function givenNameGender(name: string): Gender | null {
  const words = name.split(' ');
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return null;
  const told = getGender(words[0]!);
  return told === 'male' ? 'm' : told === 'female' ? 'f' : null;
}
