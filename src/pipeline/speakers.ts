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
import { NOT_NAME_WORDS, PERSON_ROLE_NOUNS } from './lexicon.ts';
import { genderOfName, givenNameGender, personLike, splitName, type Gender, type PeopleIndex, type Person } from './people.ts';

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

/**
 * An unnamed source as the sentence names it, without the capital that only
 * opens the sentence: "The union" → "the union"; "South Korean officials" stays.
 */
export function unnamed(description: string): string {
  const first = description.split(/\s/, 1)[0]!;
  return /^(?:The|A|An|One|Two|Three|Four|Five|Several|Some|Many|Most|Other|Another|Its|Their|His|Her|Both|Each|Few)$/u.test(first) || UNNAMED_GROUP.test(first)
    ? description.charAt(0).toLowerCase() + description.slice(1)
    : description;
}

/** Nouns for people left unnamed: a speaker phrase ending in one is an unnamed source. */
export const UNNAMED_GROUP =
  /\b(?:analysts?|experts?|officials?|observers?|diplomats?|sources?|critics?|insiders?|researchers?|economists?|residents?|witnesses|people|aides?|vendors?|organi[sz]ers|lawyers?|scientists?|campaigners|activists|supporters|protesters|opponents|voters|members|workers|employees|officers|investigators|authorities|leaders|lawmakers|legislators|democrats|republicans)$/iu;
/** Lower-case nouns of bodies that speak as one. */
const BODY =
  /\b(?:union|government|ministry|company|authority|authorities|agency|council|committee|party|police|army|court|department|management|operators?|board|federation|league|commission|campaign|administration|statement|report|group|organi[sz]ation|firm|spokesperson|spokesman|spokeswoman|office)$/iu;
const LEADING_LINKS = /^(?:(?:but|and|so|yet|meanwhile|however|earlier|later|also|then|now|still|instead|separately|finally|again)\b,?\s*)+/iu;
/** An all-capitals dateline ending in a dash: "WASHINGTON --", "OTTAWA —". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'-]*\s*(?:--|—|–|-)\s*/u;
/** A proper name of capitalised words, with the small words names of bodies have: "Dying with Dignity Canada". */
const PROPER_PHRASE = /^(?:\p{Lu}[\p{L}\p{N}.&'’-]*)(?:\s+(?:of|for|and|the|on|with|de|du|des|la|le|\p{Lu}[\p{L}\p{N}.&'’-]*))*$/u;
/** Nouns a body is called by once named: "the agency said". */
const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'agency',
  'department',
  'ministry',
  'company',
  'firm',
  'organisation',
  'organization',
  'group',
  'bank',
  'union',
  'council',
  'commission',
  'committee',
  'board',
  'network',
  'party',
  'campaign',
  'institute',
  'foundation',
  'charity',
  'university',
  'newspaper',
  'broadcaster',
  'airline',
  'retailer',
  'manufacturer',
  'startup',
  'carmaker',
  'automaker',
  'insurer',
  'regulator',
  'watchdog',
]);
/** What carries a person's words: "her statement said", "his office said". */
const CHANNEL_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'office',
  'campaign',
  'tweet',
  'post',
  'letter',
  'email',
  'website',
  'blog',
  'release',
  'note',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'lawyer',
  'attorney',
  'team',
]);
const SPEAKING_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'organisation', 'country', 'group']);

interface Entry {
  name: string;
  kind: EntityKind | null;
  gender: Gender | null;
  /** The gender its given name most often has: a weaker sign than `gender`. */
  prior: Gender | null;
  /** Where in the article: paragraph, then offset, as one sortable number. */
  at: number;
  /** A speaker or a sentence's subject, rather than a passing mention. */
  salient: boolean;
  individual: boolean;
}

/** A single person, named or not ("one shipping executive"): who "he" or "she" may refer to. */
export function isIndividual(speaker: Pick<Speaker, 'name' | 'kind'>): boolean {
  return speaker.kind === 'person' || (speaker.kind === null && /^(?:an?|one)\s/i.test(speaker.name));
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
    const entry = {
      name: speaker.name,
      kind: speaker.kind,
      gender: this.genderOf(speaker.name),
      prior: speaker.kind === 'person' ? givenNameGender(speaker.name) : null,
      at: position(paragraph, offset),
      salient,
      individual: isIndividual(speaker),
    };
    // Kept in article order, whatever order the passes note in.
    let index = this.entries.length;
    while (index > 0 && this.entries[index - 1]!.at > entry.at) index--;
    this.entries.splice(index, 0, entry);
  }

  /** Where the sentence before the one being read starts: people named there are the nearest antecedents. */
  private focusAt = 0;

  focus(paragraph: number, offset: number): void {
    this.focusAt = position(paragraph, offset);
  }

  /**
   * The person "he" or "she" at this place stands for: one named in the
   * sentence before (its subject if it has one), else the last salient one of
   * that gender, else the last mentioned.
   */
  pronoun(gender: Gender, paragraph: number, offset: number): Speaker | null {
    const at = position(paragraph, offset);
    const told = (entry: Entry) => this.learnt.get(entry.name) ?? entry.gender;
    const compatible = (entry: Entry) => entry.individual && entry.at < at && (told(entry) ?? gender) === gender;
    // Beyond the sentence before, a given name of the other gender rules a person out too ("Richard" for
    // "she"), unless nobody else will do: the name lists are a prior, and a pronoun next to the name outweighs it.
    const likely = (entry: Entry) => compatible(entry) && (told(entry) !== null || (entry.prior ?? gender) === gender);
    let chosen: Entry | undefined;
    let nearest: Entry | undefined;
    for (let index = this.entries.length - 1; index >= 0 && this.entries[index]!.at >= this.focusAt; index--) {
      const entry = this.entries[index]!;
      if (!compatible(entry)) continue;
      if (entry.salient) {
        chosen = entry;
        break;
      }
      nearest ??= entry;
    }
    chosen ??= nearest;
    for (const fits of [likely, compatible]) {
      for (let index = this.entries.length - 1; index >= 0 && !chosen; index--) {
        const entry = this.entries[index]!;
        if (entry.salient && fits(entry)) chosen = entry;
      }
      for (let index = this.entries.length - 1; index >= 0 && !chosen; index--) {
        const entry = this.entries[index]!;
        if (fits(entry)) chosen = entry;
      }
    }
    if (!chosen) return null;
    if (chosen.kind === 'person' && !this.learnt.has(chosen.name) && chosen.gender === null) this.learnt.set(chosen.name, gender);
    return this.speakerFor(chosen.name, chosen.kind);
  }

  /** The last organisation that spoke or was a subject, in this paragraph or the one before: what "the agency" is. */
  lastBody(paragraph: number, offset: number): Speaker | null {
    const at = position(paragraph, offset);
    for (let index = this.entries.length - 1; index >= 0; index--) {
      const entry = this.entries[index]!;
      if (entry.at < at - 2_000_000) break;
      if (entry.at < at && entry.salient && entry.kind === 'organisation') return this.speakerFor(entry.name, entry.kind);
    }
    return null;
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
  resolve(phrase: string, paragraph: number, offset: number, mentions: readonly Mention[], strict = false): Speaker | null {
    const dateline = DATELINE.exec(phrase)?.[0].length ?? 0;
    const links = LEADING_LINKS.exec(phrase.slice(dateline))?.[0].length ?? 0;
    const lead = dateline + links;
    // A final full stop goes, but not the dot of an initialism ("the U.S.").
    const trimmed = phrase
      .slice(lead)
      .trim()
      .replace(/(?<!(?:^|[\s.])\p{Lu})[,.\s]+$|,\s*$/u, '');
    const start = offset + lead + (phrase.slice(lead).length - phrase.slice(lead).trimStart().length);
    if (trimmed === '') return null;
    const lower = trimmed.toLowerCase();
    if (lower === 'he' || lower === 'she') return this.pronoun(lower === 'he' ? 'm' : 'f', paragraph, start);
    if (/^(?:they|we|i|you|it|this|that|which|who|one)$/iu.test(trimmed)) return null;
    // A word in capitals is a dateline or a headline, not a name: "PHILADELPHIA", "BREAKING".
    if (/^\p{Lu}{6,}$/u.test(trimmed)) return null;

    // An entity the list or the text knows, inside the phrase.
    const inside = mentions.filter((mention) => mention.start >= start && mention.end <= start + trimmed.length && !mention.possessive);
    const person = inside.filter((mention) => mention.kind === 'person').at(-1);
    if (person) {
      const role = trimmed
        .slice(0, person.start - start)
        .trim()
        .replace(/,$/, '')
        .trim();
      return this.speakerFor(person.name, person.kind, role === '' || /^(?:the|a|an)$/i.test(role) ? null : role);
    }
    // A one-word name that is also a role word ("Green said") is the person already introduced.
    if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(trimmed)) {
      const known = this.people.candidates([trimmed]);
      if (known.length > 0) return this.speakerFor(this.latest(known, paragraph, start).name, 'person');
    }
    // A person of a body: "Mr. Morgan of the Sierra Club", "Jeffrey Lewis of the James Martin Center".
    const of = /^(.+?)\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u.exec(trimmed);
    if (of) {
      const person = splitName(of[1]!);
      if (
        person.tokens.length > 0 &&
        personLike(person.tokens) &&
        (person.tokens.length > 1 || person.honorific || this.people.candidates(person.tokens).length > 0)
      ) {
        const found = this.resolve(of[1]!, paragraph, start, mentions, strict);
        if (found?.kind === 'person') return { ...found, role: [found.role, trimmed.slice(of[1]!.length).trim()].filter(Boolean).join(' ') };
      }
    }
    const parts = splitName(trimmed);
    const abbreviation = parts.tokens.length === 1 ? this.abbreviations.get(parts.tokens[0]!) : undefined;
    if (abbreviation)
      return this.speakerFor(this.matcher.lookup(abbreviation)?.name ?? abbreviation, this.matcher.lookup(abbreviation)?.kind ?? 'organisation');

    // A person: the longest run of name words at the end that can be a person's name.
    // "Minister of Innovation, Science and Economic Development Navdeep Bains" → Navdeep Bains.
    for (let from = 0; from < parts.tokens.length; from++) {
      const tokens = parts.tokens.slice(from);
      if (!personLike(tokens)) continue;
      const candidates = this.people.candidates(tokens);
      const listed = this.matcher.lookup(tokens.join(' '));
      // One unknown word is a person only where a speech verb stands next to it, never as a mere subject.
      if (tokens.length === 1 && candidates.length === 0 && !listed && (strict || from > 0)) continue;
      const role =
        [parts.role, ...parts.tokens.slice(0, from)]
          .filter(Boolean)
          .join(' ')
          .replace(/^(?:the|a|an)(?:\s+|$)/i, '') || null;
      if (candidates.length > 0) return this.speakerFor(this.latest(candidates, paragraph, start).name, 'person', role);
      if (listed) return this.speakerFor(listed.name, listed.kind, role);
      if (inside.some((mention) => SPEAKING_KINDS.has(mention.kind) && mention.end >= start + trimmed.length - 1)) break;
      const name = tokens.join(' ');
      if (!this.learnt.has(name)) {
        const told = genderOfName(trimmed);
        if (told) this.learnt.set(name, told);
      }
      return { name, kind: 'person', discovered: true, role };
    }
    // An organisation, body or country the text names: "The U.S. State Department", "Cisco Talos", "China".
    const proper = trimmed.replace(/^(?:the|The)\s+/, '');
    const speaking = inside.filter((mention) => SPEAKING_KINDS.has(mention.kind));
    const coversAll = (mention: Mention) => proper.length <= mention.end - mention.start + 1;
    if (speaking.length === 1 && coversAll(speaking[0]!)) return this.speakerFor(speaking[0]!.name, speaking[0]!.kind);
    // Strictly, only a body named in two capitalised words or more: "the Illinois Board of Elections".
    if (PROPER_PHRASE.test(proper) && !NOT_NAME_WORDS.has(proper) && (!strict || (proper.match(/\b\p{Lu}/gu)?.length ?? 0) >= 2)) {
      return { name: proper, kind: 'organisation', discovered: true, role: null };
    }
    if (speaking.length === 1 && parts.tokens.length === 0 && !/\band\b/.test(trimmed)) return this.speakerFor(speaking[0]!.name, speaking[0]!.kind);
    // A coalition led by a known entity: "Washington and allies".
    if (speaking[0] && speaking[0].start === start && /^[^,]{1,40}\band\s+(?:its\s+|their\s+)?\p{Ll}+$/u.test(trimmed))
      return { name: trimmed, kind: null, discovered: false, role: null };

    // A description: "the mayor", "the rookie defenceman", "her statement", "one Western defence official", "port officials".
    // The commas of a list of adjectives go ("the lanky, bespectacled professor"); any other comma ends it.
    const description = trimmed
      .replace(/(?<=^(?:the|his|her|their|its|an?)\s+(?:[\p{Ll}-]+,?\s+)*[\p{Ll}-]+),(?=\s+\p{Ll}[\p{Ll}-]*\s+\p{Ll})/gu, '')
      .replace(/,.*$/su, '')
      .replace(/\s+\p{Ll}+ly$/u, '');
    const words = description.split(/\s+/);
    const head = words
      .at(-1)!
      .toLowerCase()
      .replace(/['’]s$/, '');
    const possessor = /^(his|her)\s/i.exec(description)?.[1]?.toLowerCase();
    if (possessor && words.length <= 3 && CHANNEL_NOUNS.has(head)) return this.pronoun(possessor === 'his' ? 'm' : 'f', paragraph, start);
    // "the former Florida governor" stays as written: a capitalised word makes it the article's own name for someone.
    const named = words.slice(1).some((word) => /^\p{Lu}/u.test(word));
    if (named && /^(?:the|a|an|another|one)\s/i.test(description) && words.length <= 6) {
      return { name: unnamed(description), kind: null, discovered: false, role: null };
    }
    if (/^(?:the|his|her|their|its)\s/i.test(description) && PERSON_ROLE_NOUNS.has(head) && words.length <= 6) {
      const referent = this.lastPerson(paragraph, start);
      if (referent) return { ...referent, role: description.replace(/^the\s+/i, '') };
      return null;
    }
    if (UNNAMED_GROUP.test(description) || /^(?:an?|one|another|two|three|several|some|many)\s/i.test(description)) {
      if (words.length > 8 || !/^[\p{L}\d]/u.test(description)) return null;
      return { name: unnamed(description), kind: null, discovered: false, role: null };
    }
    // "the agency", "the security firm": the body the article named last, if it named one just before.
    if (/^the\s/i.test(description) && words.length <= 4 && ORGANISATION_NOUNS.has(head)) {
      const body = this.lastBody(paragraph, start);
      if (body) return body;
    }
    if (BODY.test(description) && words.length <= 5 && /^(?:the|its|their)\s/i.test(description)) {
      return { name: unnamed(description), kind: null, discovered: false, role: null };
    }
    return null;
  }
}
