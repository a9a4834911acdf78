/**
 * Quote → mention: the span next to a quotation that names who speaks it, and
 * the speech verb that says so. Read from words, not a grammar: news English
 * puts the speaker in a few places only —
 *
 * - after the quote: `…," Smith said`, `…," said Smith, a nurse`, `…," the
 *   mayor, who …, told reporters`, `…?" he asked`;
 * - before it, in its sentence: `Smith said: "…`, `Hillary shot back, "…`,
 *   `… told them, "…`, and `X compared …, saying, "…` (the participle's
 *   subject is the clause's);
 * - at the start of the clause, for a few quoted words in the outlet's own
 *   sentence: `Moore thanked him for "…"`.
 *
 * Each reader returns the span as written; `speakers.ts` says who it is.
 */
import { HONORIFICS, NAME_PARTICLES, ROLE_WORDS, SPEECH_PARTICIPLES, SPEECH_PHRASES, SPEECH_VERB_FORMS } from './lexicon.ts';
import { matchesOf } from './matches.ts';

/** A span that names a speaker, and its cue. */
export interface SpeakerSpan {
  /** The span as written: "the rookie defenceman", "UFCW Local 832 president Jeff Traeger", "she". */
  phrase: string;
  /** Offset of the span in the paragraph. */
  start: number;
  /** The speech verb as written: "said", "shot back", "according to". */
  cue: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words, the dots of initials inside them ("U.S.", "G.K."), a final dot; any other character alone. */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|(?<=(?:^|[^\p{L}])\p{Lu})\.(?=\p{L}))*\.?|\S/gu;
const tokenize = (text: string, offset: number): Token[] =>
  matchesOf(TOKEN, text).map((match) => ({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length }));

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'his', 'her', 'their', 'its', 'this', 'that', 'our']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const AUXILIARIES = new Set([
  'has',
  'had',
  'have',
  'also',
  'then',
  'later',
  'again',
  'once',
  'just',
  'recently',
  'previously',
  'simply',
  'finally',
  'would',
  'will',
  'could',
  'later',
  'first',
  'often',
  'always',
  'never',
  'still',
]);
const PARTICLES = new Set(NAME_PARTICLES);
/** Words that open a clause before its subject: "At the rally, Trump said …". */
const OPENERS = new Set([
  'here',
  'there',
  'in',
  'at',
  'on',
  'after',
  'before',
  'when',
  'while',
  'during',
  'as',
  'since',
  'despite',
  'asked',
  'speaking',
  'following',
  'earlier',
  'later',
  'last',
  'if',
  'although',
  'though',
  'because',
  'with',
  'without',
  'under',
  'for',
  'from',
  'by',
  'to',
  'outside',
  'inside',
  'addressing',
  'writing',
  'responding',
  'reacting',
  'but',
  'and',
  'so',
  'yet',
  'meanwhile',
  'however',
  'still',
  'now',
  'then',
  'separately',
  'instead',
  'back',
  'over',
  'within',
  'throughout',
  'among',
  'until',
]);
/** Words that end a description after its head ("the Illinois Board of Elections" goes on past "of" into a name). */
const DESCRIPTION_ENDS = new Set([
  'of',
  'for',
  'at',
  'in',
  'on',
  'from',
  'with',
  'who',
  'whose',
  'and',
  'to',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'can',
  'did',
  'does',
]);
/** Words that end a name phrase rather than bridge two parts of it. */
const BRIDGE_STOPS = new Set([
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'as',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'who',
  'which',
  'that',
  'when',
  'while',
  'after',
  'before',
  'than',
  'then',
  'not',
  'also',
  'will',
  'would',
  'did',
  'does',
  'do',
  'the',
  'a',
  'an',
  'about',
  'over',
  'into',
  'told',
]);
const PHRASES = SPEECH_PHRASES.map((phrase) => phrase.split(' '));
/** Words a chain of verbs before "to say" cannot hold: a subject or a conjunction ("… because he refused to say"). */
const CHAIN_STOPS: ReadonlySet<string> = new Set([
  ...PRONOUNS,
  ...['and', 'or', 'but', 'that', 'because', 'when', 'while', 'if', 'who', 'which', 'whom', 'as', 'than', 'not'],
]);
/** Words that link a clause to the one before, ahead of its subject. */
const LINKS: ReadonlySet<string> = new Set(['then', 'and', 'but', 'so', 'yet', 'still', 'now']);
/** Words whose full stop ends no sentence: "Capt.", "Jr.". */
const ABBREVIATED: ReadonlySet<string> = new Set([...HONORIFICS, 'Jr', 'Sr']);

const bare = (word: string) => word.replace(/\.$/, '');
const lower = (token: Token | undefined) => (token ? bare(token.text).toLowerCase() : '');
const isWord = (token: Token | undefined) => token !== undefined && /^[\p{L}\p{N}]/u.test(token.text);
const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);
/** A word that ends a sentence: "said." but not "Mr." or "U.S.". */
const endsSentence = (token: Token) => token.text.endsWith('.') && /\p{Ll}{2}\.$/u.test(token.text) && !ABBREVIATED.has(token.text.slice(0, -1));

/** The speech verb or phrase starting at `index`: its last token's index + 1 and the words, or null. */
function speechAt(tokens: readonly Token[], index: number): { end: number; cue: string } | null {
  for (const phrase of PHRASES) {
    if (phrase.every((word, k) => lower(tokens[index + k]) === word)) return { end: index + phrase.length, cue: phrase.join(' ') };
  }
  const word = lower(tokens[index]);
  // A noun, not a verb, after a possessive or an article: "Sanders’ comments", "the report".
  const previous = tokens[index - 1]?.text ?? '';
  if (/['’]s?$/u.test(previous) || DETERMINERS.has(previous.toLowerCase())) return null;
  // Capitalised only where it opens the text read: "Stated Stone:".
  if (word !== '' && (/^\p{Ll}/u.test(tokens[index]!.text) || index === 0) && SPEECH_VERB_FORMS.has(word)) return { end: index + 1, cue: word };
  return null;
}

/** A word that can stand in a name phrase: capitalised, an honorific, a particle, a role word, a possessive. */
function nameWord(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  const text = token!.text;
  if (/^\p{Lu}/u.test(text) || /^\p{Ll}+-\p{Lu}/u.test(text)) return true;
  if (/^(?:then|ex|former)-/iu.test(text) || /^\d+$/.test(text)) return true;
  const word = bare(text).toLowerCase();
  return ROLE_WORDS.has(word) || PARTICLES.has(word);
}

/** A parenthesis such as "(D-Wash.)" after a name: the index after it, or `index` when there is none. */
function skipParenthesis(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.text !== '(') return index;
  for (let k = index + 1; k < Math.min(tokens.length, index + 8); k++) if (tokens[k]!.text === ')') return k + 1;
  return index;
}

interface Phrase {
  from: number;
  /** Index after the last token. */
  to: number;
}

/**
 * A noun phrase read forward from `index`: a pronoun, a name with its roles
 * ("Rubio spokesman Alex Conant"), or a description ("the rookie defenceman").
 * `stopAtVerb` ends a description at a speech verb (`the mayor said`).
 */
function phraseForward(tokens: readonly Token[], index: number, stopAtVerb: boolean): Phrase | null {
  const first = tokens[index];
  if (!isWord(first)) return null;
  const word = lower(first);
  if (PRONOUNS.has(word)) return { from: index, to: index + 1 };
  let k = index;
  if (DETERMINERS.has(word)) {
    k++;
    const limit = Math.min(tokens.length, index + 9);
    // "the Illinois Board of Elections": "of" goes on into a capitalised name.
    const ends = (at: number) =>
      at > index + 1 && DESCRIPTION_ENDS.has(lower(tokens[at])) && !(lower(tokens[at]) === 'of' && capitalised(tokens[at - 1]) && capitalised(tokens[at + 1]));
    // A past tense after the head ends it too: "The U.S. State Department called for …".
    const verbAt = (at: number) =>
      stopAtVerb &&
      (speechAt(tokens, at) !== null ||
        (at > index + 1 && /^\p{Ll}{3,}ed$/u.test(tokens[at]!.text) && !ROLE_WORDS.has(lower(tokens[at])) && tokens[at - 1]!.text !== ','));
    // Adjectives in a list: "the lanky, bespectacled professor said" — a comma between two lower-case
    // words that are no role ("the mayor, visibly upset, said" is an apposition), a noun and a verb after.
    const listComma = (at: number) =>
      stopAtVerb &&
      tokens[at]?.text === ',' &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[at - 1]?.text ?? '') &&
      !ROLE_WORDS.has(lower(tokens[at - 1])) &&
      !DETERMINERS.has(lower(tokens[at - 1])) &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[at + 1]?.text ?? '') &&
      !BRIDGE_STOPS.has(lower(tokens[at + 1])) &&
      !DETERMINERS.has(lower(tokens[at + 1])) &&
      !speechAt(tokens, at + 1) &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[at + 2]?.text ?? '') &&
      speechAt(tokens, at + 3) !== null;
    while (k < limit && (isWord(tokens[k]) || listComma(k)) && !verbAt(k) && !ends(k)) {
      if (endsSentence(tokens[k]!)) return { from: index, to: k + 1 };
      k++;
    }
    return k > index + 1 ? { from: index, to: k } : null;
  }
  if (!capitalised(first) && !/^(?:then|ex)-|^former$/iu.test(first!.text)) return null;
  const limit = Math.min(tokens.length, index + 10);
  // The first word is the name's even where it could be a verb: `…," Read said`.
  while (k < limit && !(stopAtVerb && k > index && speechAt(tokens, k))) {
    // Two people: "Edward-Isaac Dovere and Gabriel Debenedetti wrote".
    if (lower(tokens[k]) === 'and' && k > index && capitalised(tokens[k - 1]) && capitalised(tokens[k + 1]) && tokens[k + 1]!.text !== 'The') {
      k++;
      continue;
    }
    if (!nameWord(tokens[k])) {
      // Lower-case words between a place and a name: "Toronto retiree Doug Purdy", "Rally Canada volunteer media coordinator Tom Hinderks".
      let next = k;
      // Not a verb: "Trump attacked Clinton" is no name.
      while (
        next < Math.min(tokens.length, k + 3) &&
        isWord(tokens[next]) &&
        /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[next]!.text) &&
        !/ed$/u.test(tokens[next]!.text) &&
        !speechAt(tokens, next) &&
        (!BRIDGE_STOPS.has(tokens[next]!.text) || (tokens[next]!.text === 'of' && ROLE_WORDS.has(lower(tokens[next - 1]))))
      )
        next++;
      // "Mr. Morgan of the Sierra Club said", "Jeffrey Lewis of the James Martin Center said".
      if (next === k && stopAtVerb && lower(tokens[k]) === 'of') {
        next = k + 1;
        if (lower(tokens[next]) === 'the') next++;
      }
      if (next === k || !capitalised(tokens[next])) break;
      k = next;
    }
    if (endsSentence(tokens[k]!) && capitalised(tokens[k])) return { from: index, to: k + 1 };
    k++;
    k = skipParenthesis(tokens, k);
  }
  return k > index ? { from: index, to: k } : null;
}

/** A noun phrase read backward, ending just before `end`. */
function phraseBackward(tokens: readonly Token[], end: number): Phrase | null {
  let k = end - 1;
  // "(R-OH)" after a name.
  if (tokens[k]?.text === ')') {
    let open = k;
    while (open > Math.max(0, k - 8) && tokens[open]!.text !== '(') open--;
    if (tokens[open]?.text === '(') k = open - 1;
  }
  const last = k;
  const word = lower(tokens[k]);
  if (PRONOUNS.has(word)) return { from: k, to: k + 1 };
  while (k >= 0 && nameWord(tokens[k]) && last - k < 10) k--;
  let from = k + 1;
  // A description: "the Republican nominee", "the affable proprietor", "Another Lamsa employee".
  for (
    let j = last;
    j >= Math.max(0, last - 6) && isWord(tokens[j]) && !(j < last && BRIDGE_STOPS.has(lower(tokens[j])) && !DETERMINERS.has(lower(tokens[j])));
    j--
  ) {
    if (DETERMINERS.has(lower(tokens[j])) || lower(tokens[j]) === 'another') {
      from = j;
      break;
    }
  }
  if (from > last) return null;
  const final = tokens[last]!;
  if (!(capitalised(final) || ROLE_WORDS.has(lower(final)) || DETERMINERS.has(lower(tokens[from])))) return null;
  return { from, to: last + 1 };
}

const spanOf = (text: string, tokens: readonly Token[], phrase: Phrase, cue: string): SpeakerSpan => ({
  phrase: text.slice(tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end),
  start: tokens[phrase.from]!.start,
  cue,
});

const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);
const possessive = (token: Token | undefined) => token !== undefined && /^\p{Lu}.*(?:['’]s|s['’])$/u.test(token.text);

/**
 * A role that a possessive opens, then the name in apposition: "Lyon’s deputy
 * campaign manager, Rita Beaumont", "Sen. Paul Oduya’s chief of staff, Joel
 * Kessler", "his wife, Irina Balan". The name, or null.
 */
function possessedRoleName(tokens: readonly Token[], index: number, stopAtVerb: boolean): Phrase | null {
  let k = index;
  if (POSSESSIVE_DETERMINERS.has(lower(tokens[k]))) k++;
  else {
    while (k < index + 6 && nameWord(tokens[k]) && !possessive(tokens[k])) k++;
    if (!possessive(tokens[k])) return null;
    k++;
  }
  // The role: lower-case words, "of" inside ("chief of staff").
  const role = k;
  while (
    k < role + 5 &&
    isWord(tokens[k]) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) &&
    (!BRIDGE_STOPS.has(lower(tokens[k])) || (lower(tokens[k]) === 'of' && k > role)) &&
    !speechAt(tokens, k)
  )
    k++;
  if (k === role || lower(tokens[k - 1]) === 'of' || tokens[k]?.text !== ',' || !capitalised(tokens[k + 1])) return null;
  const name = phraseForward(tokens, k + 1, stopAtVerb);
  if (!name || name.to - name.from > 5 || !capitalised(tokens[name.to - 1])) return null;
  // The name ends the apposition: a comma, a full stop, a parenthesis, the end, or the verb.
  const after = tokens[name.to];
  if (after !== undefined && !/^[,.(;:]$/u.test(after.text) && !tokens[name.to - 1]!.text.endsWith('.') && !(stopAtVerb && speechAt(tokens, name.to)))
    return null;
  return name;
}

/** After a noun phrase, a speech verb: past an apposition (", a nurse,"), auxiliaries and adverbs. */
function verbAfterPhrase(tokens: readonly Token[], index: number, named: boolean): { end: number; cue: string } | null {
  let k = index;
  if (tokens[k]?.text === ',') {
    // The apposition may hold commas of its own ("Harry Bond, 30, of Raleigh, N.C., who …, said"):
    // the verb follows one of them.
    for (let j = k; j < Math.min(tokens.length, k + 45); j++) {
      const text = tokens[j]!.text;
      if (/^["“”;]$/u.test(text) || (j > k && endsSentence(tokens[j]!))) return null;
      if (text !== ',') continue;
      let v = j + 1;
      for (let guard = 0; guard < 4 && (AUXILIARIES.has(lower(tokens[v])) || /^\p{Ll}+ly$/u.test(tokens[v]?.text ?? '')); guard++) v++;
      const verb = speechAt(tokens, v);
      if (verb) return verb;
    }
    // ", who is chairman of Our Principles Pac said", ", the communications director for the Iowa Democratic
    // Party said": an apposition left open, its last word a name.
    if (opensApposition(tokens, k + 1)) {
      for (let j = k + 2; j < Math.min(tokens.length, k + 16); j++) {
        if (!isWord(tokens[j])) break;
        const verb = capitalised(tokens[j - 1]) ? speechAt(tokens, j) : null;
        if (verb) return verb;
      }
    }
    return null;
  }
  for (let guard = 0; guard < 4 && (AUXILIARIES.has(lower(tokens[k])) || /^\p{Ll}+ly$/u.test(tokens[k]?.text ?? '')); guard++) k++;
  const verb = speechAt(tokens, k);
  if (verb) return verb;
  // An unlisted past tense right after a name or pronoun, ending the clause: `…," Kelly snarled.`
  const next = tokens[k + 1];
  if (
    named &&
    /^\p{Ll}{3,}ed\.?$/u.test(tokens[k]?.text ?? '') &&
    (next === undefined || /^[,.!?;]$/.test(next.text) || next.text === 'and' || tokens[k]!.text.endsWith('.'))
  )
    return { end: k + 1, cue: bare(tokens[k]!.text) };
  return null;
}

/** Past a few lower-case words before a name: "said conservative activist Bob Klaus". */
function lowerLead(tokens: readonly Token[], index: number): number {
  let k = index;
  // "of" only inside: "said former secretary of state Helen Ward", "said master of ceremonies Asab Tabchi".
  const inside = (at: number) => tokens[at]!.text === 'of' && at > index && /^\p{Ll}/u.test(tokens[at + 1]?.text ?? '');
  while (
    k < Math.min(tokens.length, index + 5) &&
    isWord(tokens[k]) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) &&
    (!BRIDGE_STOPS.has(tokens[k]!.text) || inside(k))
  )
    k++;
  return k > index && capitalised(tokens[k]) ? k : index;
}

/** The span after a closing quotation mark that names its speaker, between `from` and `to` in `text`. */
export function cueAfter(text: string, from: number, to: number): SpeakerSpan | null {
  const tokens = tokenize(text.slice(from, to), from);
  let index = 0;
  while (index < tokens.length && /^[,—–―-]$/.test(tokens[index]!.text)) index++;
  // A signature: `"…" ― Krystal Correa` on its own, the quote's author.
  if (index > 0 && /^[—―–-]$/.test(tokens[index - 1]!.text) && capitalised(tokens[index])) {
    const signed = phraseForward(tokens, index, false);
    const rest = signed ? text.slice(tokens[signed.to - 1]!.end, to) : '';
    if (signed && /^\s*(?:[.,;]\s*)?(?:$|\n|["“])/u.test(rest)) return spanOf(text, tokens, signed, '—');
  }
  // Inverted: `…," said Kristen Day, executive director of …`; a capitalised word here is a name (`…," Read said`).
  const verb = /^\p{Ll}/u.test(tokens[index]?.text ?? '') ? speechAt(tokens, index) : null;
  if (verb) {
    const appositive = possessedRoleName(tokens, verb.end, false);
    if (appositive) return spanOf(text, tokens, appositive, verb.cue);
    // Lower-case words before the name are its role: "said central bank governor Marta Kovacs", "said
    // former secretary of state Helen Ward".
    const lead = lowerLead(tokens, verb.end);
    const phrase = phraseForward(tokens, lead > verb.end && /^\p{Ll}/u.test(tokens[verb.end]!.text) ? lead : verb.end, false);
    if (phrase && phrase.from > verb.end) return spanOf(text, tokens, { from: verb.end, to: phrase.to }, verb.cue);
    // A role, then the name: `…," says Campbell’s partner, Jason Louth.`
    if (phrase && tokens[phrase.to]?.text === ',' && capitalised(tokens[phrase.to + 1]) && !capitalised(tokens[phrase.to - 1])) {
      const name = phraseForward(tokens, phrase.to + 1, false);
      if (name && name.to - name.from <= 4) return spanOf(text, tokens, name, verb.cue);
    }
    return phrase ? spanOf(text, tokens, phrase, verb.cue) : null;
  }
  // `…," Sen. Paul Oduya’s chief of staff, Joel Kessler, told reporters`, `…," his wife, Irina Balan, wrote`.
  const appositive = possessedRoleName(tokens, index, true);
  const appositiveVerb = appositive ? verbAfterPhrase(tokens, appositive.to, true) : null;
  if (appositive && appositiveVerb) return spanOf(text, tokens, appositive, appositiveVerb.cue);
  for (const start of new Set([index, lowerLead(tokens, index)])) {
    // `…," election law expert Rick Hasen tweeted`: lower-case words may lead into the name.
    const phrase = phraseForward(tokens, start, true);
    if (!phrase) continue;
    // A description, then the name, then the verb: `…," another friend, Mariam Emara told CTV`.
    if (tokens[phrase.to]?.text === ',' && !capitalised(tokens[phrase.from]) && capitalised(tokens[phrase.to + 1])) {
      const name = phraseForward(tokens, phrase.to + 1, true);
      const verb = name ? speechAt(tokens, name.to) : null;
      if (name && verb) return spanOf(text, tokens, name, verb.cue);
    }
    const after = verbAfterPhrase(tokens, phrase.to, capitalised(tokens[phrase.from]) || PRONOUNS.has(lower(tokens[phrase.from])));
    if (after) return spanOf(text, tokens, start === index ? phrase : { from: index, to: phrase.to }, after.cue);
  }
  return null;
}

/**
 * The span before an opening quotation mark that names its speaker: `head` is
 * the sentence up to the mark, from `from`. `subjectFrom` is where the clause
 * starts, for a participle's subject.
 */
export function cueBefore(text: string, from: number, to: number): SpeakerSpan | null {
  const tokens = tokenize(text.slice(from, to), from);
  let end = tokens.length;
  while (end > 0 && /^[,:—–-]$/.test(tokens[end - 1]!.text)) end--;
  while (end > 0 && ['that', 'quote', 'as'].includes(lower(tokens[end - 1]))) end--;
  while (end > 0 && /^[,:—–-]$/.test(tokens[end - 1]!.text)) end--;
  // Inverted at the start: `Said Dorothy Poynter, who grew up with Ali, "…`.
  if (/^\p{Lu}/u.test(tokens[0]?.text ?? '') && speechAt(tokens, 0) && capitalised(tokens[1])) {
    const inverted = phraseForward(tokens, 1, false);
    if (inverted) return spanOf(text, tokens, inverted, lower(tokens[0]));
  }
  // The speech verb: among the last words, with at most a short object or place after it ("told reporters", "in a statement").
  for (let v = end - 1; v >= Math.max(0, end - 8); v--) {
    if (/^[.;!?"“”]$/u.test(tokens[v]!.text)) break;
    const verb = speechAt(tokens, v);
    if (!verb) continue;
    // A participle or a second verb shares the subject of the clause's first: "Spicer said, adding, …",
    // "Lazar said he welcomed … and added, …", "Sanders compared himself to Clinton, saying, …".
    if (SPEECH_PARTICIPLES.has(verb.cue) || (verb.cue.endsWith('ing') && tokens[v - 1]?.text === ',') || lower(tokens[v - 1]) === 'and') {
      const earlier = firstSpeaker(text, tokens, v);
      if (earlier) return { ...earlier, cue: verb.cue };
      const subject = clauseSubject(text, from, tokens[v]!.start);
      return subject ? { ...subject, cue: verb.cue } : null;
    }
    // Inverted after a comma: `…, asks Policy Options editor Jennifer Ditchburn, "…`.
    if (tokens[v - 1]?.text === ',' && capitalised(tokens[verb.end])) {
      const inverted = phraseForward(tokens, verb.end, false);
      if (inverted) return spanOf(text, tokens, inverted, verb.cue);
    }
    // "interjected to say:", "was quick to add": the subject is the governing verb's.
    // "interjected to say", "went on to say", "had this to say": the subject before the nearest word of the
    // chain that has one, back over its lower-case words.
    const governed = [v];
    if (lower(tokens[v - 1]) === 'to') {
      governed.length = 0;
      for (let j = v - 2; j >= Math.max(0, v - 5) && /^\p{Ll}+$/u.test(tokens[j]!.text) && !CHAIN_STOPS.has(tokens[j]!.text); j--) governed.push(j);
    }
    for (const at of governed) {
      const subject = subjectBefore(text, tokens, at, verb.cue);
      if (subject) return subject;
    }
    // Inverted, between two parts of a quotation: `…," said Lewis, "get more …`.
    const inverted = v === 0 ? phraseForward(tokens, verb.end, false) : null;
    return inverted ? spanOf(text, tokens, inverted, verb.cue) : null;
  }
  if (tokens[end]?.text === ':' || tokens.at(-1)?.text === ':') {
    // A name and a colon, no verb: `IOWA POLLS NOT WRONG - Mark Blumenthal and Jon Cohen: "…`.
    const named = phraseBackward(tokens, end);
    const before = named ? lower(tokens[named.from - 1]) : '';
    if (named && capitalised(tokens[named.to - 1]) && !BRIDGE_STOPS.has(before) && !speechAt(tokens, named.from - 1))
      return { ...spanOf(text, tokens, named, ':'), cue: ':' };
    // A clause that introduces the quote with a colon: `Cruz called them on it: "…`. Its subject speaks
    // (the caller accepts only a known person or a body named in full).
    const subject = clauseSubject(text, from, tokens[end]?.start ?? to);
    if (subject) return { ...subject, cue: ':' };
  }
  return null;
}

/** The subject of the speech verb at `v`: the phrase just before it, past auxiliaries and an apposition. */
function subjectBefore(text: string, tokens: readonly Token[], v: number, cue: string): SpeakerSpan | null {
  let k = v;
  while (k > 0 && (AUXILIARIES.has(lower(tokens[k - 1])) || /^\p{Ll}+ly$/u.test(tokens[k - 1]!.text))) k--;
  if (tokens[k - 1]?.text !== ',') {
    const phrase = phraseBackward(tokens, k);
    return phrase ? spanOf(text, tokens, phrase, cue) : null;
  }
  // `X, a Democrat, said`: the apposition sits between the name and the verb, and may hold commas of
  // its own ("Navdeep Bains, Minister of Innovation, Science and …, said"). The name is the phrase
  // before the earliest comma that opens the clause and starts an apposition; failing that, the
  // phrase before the comma next to the verb ("Gov. John Kasich (R-OH), said").
  let named = phraseBackward(tokens, k - 1);
  // "her senior policy adviser, Jacob Sellers, said": the name in apposition to a possessed role.
  if (named && tokens[named.from - 1]?.text === ',') {
    for (let p = named.from - 3; p >= Math.max(0, named.from - 12); p--) {
      if (possessedRoleName(tokens, p, false)?.from === named.from) return spanOf(text, tokens, named, cue);
    }
  }
  for (let j = k - 2; j >= Math.max(0, k - 45); j--) {
    if (/^[;"“”]$/u.test(tokens[j]!.text) || (endsSentence(tokens[j]!) && tokens[j + 1]?.text !== ',')) break;
    if (tokens[j]!.text !== ',' || !opensApposition(tokens, j + 1)) continue;
    const phrase = phraseBackward(tokens, j);
    if (phrase && (phrase.from === 0 || /^[,;:—–]$/u.test(tokens[phrase.from - 1]!.text) || OPENERS.has(lower(tokens[phrase.from - 1])))) named = phrase;
  }
  return named ? spanOf(text, tokens, named, cue) : null;
}

/** Words that open an apposition: "a spokesman", "who …", "54", "chief executive", "Minister of …". */
function opensApposition(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!isWord(token)) return false;
  // Not a second name: "her senior policy adviser, Jake Sullivan, said".
  return !(capitalised(token) && !ROLE_WORDS.has(lower(token)) && capitalised(tokens[index + 1]) && !/-/.test(token!.text));
}

/** The speaker of the first speech verb before `before` in the clause, if any: what a participle continues. */
function firstSpeaker(text: string, tokens: readonly Token[], before: number): SpeakerSpan | null {
  for (let v = 0; v < before; v++) {
    if (/^[;"“”]$/u.test(tokens[v]!.text)) return null;
    const verb = speechAt(tokens, v);
    if (!verb || SPEECH_PARTICIPLES.has(verb.cue)) continue;
    return subjectBefore(text, tokens, v, verb.cue);
  }
  return null;
}

/** The subject of the clause in `text` between `from` and `to`: past an opening phrase ("At the rally, …"). */
export function clauseSubject(text: string, from: number, to: number): Omit<SpeakerSpan, 'cue'> | null {
  const tokens = tokenize(text.slice(from, to), from);
  let index = 0;
  // A dateline: "WASHINGTON (AP) —".
  if (/^\p{Lu}{2,}[\p{Lu}.,]*$/u.test(tokens[0]?.text ?? '')) {
    const dash = tokens.findIndex((token) => /^[—–-]{1,2}$/.test(token.text));
    if (dash !== -1 && dash < 8) {
      index = dash + 1;
      while (/^[—–-]$/.test(tokens[index]?.text ?? '')) index++;
    }
  }
  // Linking words alone: "Then Cruz called …", "And then Trump went …".
  let linked = index;
  while (linked < index + 2 && LINKS.has(lower(tokens[linked]))) linked++;
  if (linked > index && capitalised(tokens[linked])) index = linked;
  else if (OPENERS.has(lower(tokens[index]))) {
    const comma = tokens.findIndex((token, k) => k > index && token.text === ',');
    if (comma === -1 || comma > index + 15) return null;
    index = comma + 1;
  }
  const phrase = phraseForward(tokens, index, true);
  if (!phrase) return null;
  const first = tokens[phrase.from]!;
  // "the Illinois Board of Elections", not "the plan": a description counts only with a capitalised word.
  const named = tokens.slice(phrase.from + 1, phrase.to).some((token) => capitalised(token));
  if (!(capitalised(first) || PRONOUNS.has(lower(first)) || (DETERMINERS.has(lower(first)) && named))) return null;
  return { phrase: text.slice(first.start, tokens[phrase.to - 1]!.end), start: first.start };
}
