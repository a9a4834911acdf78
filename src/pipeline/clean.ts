/**
 * Clean: separates the story from what scraping brings along with it — promo
 * headlines, app adverts, video-script labels, "read more" and newsletter lines,
 * contributor credits. Nothing is dropped silently: every removal is returned
 * verbatim with its reason and line.
 */
import { NAME_PARTICLES } from './lexicon.ts';
import type { RemovedText } from '../schema/briefing.ts';
import type { Paragraph } from './ingest.ts';

/** A user pattern from `boilerplate.yaml`, compiled. */
export interface BoilerplateRule {
  id: string;
  pattern: RegExp;
  reason: string;
}

/** Who speaks a paragraph, as a video script's label says ("SOUNDBITE … CARLO BENEDETTI, SAYING:"). */
export interface Voice {
  /** A name ("Carlo Benedetti") or, for an unnamed speaker, a description ("rescue worker"). */
  name: string;
  role: string | null;
  named: boolean;
}

/** A story paragraph; a label may have been taken off its start. */
export interface StoryParagraph extends Paragraph {
  /** Set when a script label names who speaks the paragraph. */
  voice?: Voice;
}

export interface CleanResult {
  kept: StoryParagraph[];
  removed: RemovedText[];
  /** Names found in contributor and reporting credits, in order. */
  contributors: string[];
}

interface BuiltInRule {
  rule: string;
  reason: string;
  test: (text: string) => boolean;
}

const SHORT = 200;

/** Share of letters that are capitals; promo headlines are set in capitals. */
function capitalShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((letter) => letter === letter.toUpperCase() && letter !== letter.toLowerCase()).length / letters.length;
}

/**
 * More lower-case ASCII letters than a tenth of the text's length: then capitals
 * are under 90% of the letters. Ordinary paragraphs end here, before
 * `capitalShare` counts every letter with Unicode classes (measured: most of
 * the cleaning stage's time).
 */
function plainlyLowerCase(text: string): boolean {
  let lower = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122 && ++lower * 10 > text.length) return true;
  }
  return false;
}

const BUILT_IN: readonly BuiltInRule[] = [
  {
    rule: 'promo-headline',
    reason: 'related-story promo headline in capitals',
    test: (text) => text.length <= SHORT && !plainlyLowerCase(text) && (text.match(/\p{L}{2,}/gu) ?? []).length >= 3 && capitalShare(text) >= 0.9,
  },
  {
    rule: 'app-advert',
    reason: 'app or site advertisement',
    test: (text) => text.length <= SHORT && (/^(?:click|tap) here\b/i.test(text) || /\b(?:download|get|install) (?:the|our) .{0,40}\bapp\b/i.test(text)),
  },
  {
    rule: 'read-more',
    reason: 'link to another story',
    test: (text) =>
      text.length <= SHORT && /^(?:read more|related(?: coverage| stories)?|more from|see also|also read|recommended|watch)\b\s*[:|–—-]/i.test(text),
  },
  {
    rule: 'newsletter',
    reason: 'newsletter or alert sign-up',
    test: (text) => text.length <= SHORT && /\b(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|alerts?|updates|briefing)\b/i.test(text),
  },
  {
    rule: 'live-coverage-note',
    reason: 'live-blog housekeeping note',
    test: (text) =>
      text.length <= SHORT &&
      /^(?:follow (?:our|the) live (?:coverage|updates|blog)\b|all times (?:are )?(?:in )?(?:gmt|utc|bst|cet|est|edt|local)\b|this is a developing story\b|(?:refresh|check back) (?:this page )?for (?:the latest )?updates\b)/i.test(
        text,
      ),
  },
  {
    rule: 'share-prompt',
    reason: 'sharing or comment prompt',
    test: (text) => text.length <= 80 && /^(?:share (?:this|on)|follow us on|leave a comment|comments?)\b/i.test(text),
  },
];

const CONTRIBUTED = /^(?<names>.{1,200}?)\s+contributed(?: reporting)?(?: to this (?:report|story|article))?\.?$/iu;
const REPORTING = /^(?:additional )?(?:reporting|writing|editing|compiled) by\s.+$/iu;
/** Labels of video scripts and transcripts, taken off the start of a paragraph. */
const SCRIPT_LABEL = /^(?:STORY|SCRIPT|SOUNDBITE|SOT|VOICEOVER|VO|NARRATION|NARRATOR|UPSOUND|UPSOT|SUPER|CAPTION|TRANSCRIPT|SHOWS|PKG|ANCHOR|INTRO):[ \t]*/u;
/** A script label on a line of its own, naming sound or a speaker: "SOUNDBITE (English) RESIDENT, JANE DOE, SAYING:". */
const SPEAKER_LABEL = /^(?:SOUNDBITE|SOT|UPSOUND|UPSOT|NATSOT|NATS|VOICEOVER|VO|INTERVIEW|QUOTE)\b[^\n\p{Ll}]*(?:\([^)\n]*\)[^\n\p{Ll}]*)*:?[ \t]*$/u;
const SPEAKING = /\s*\b(?:SAYING|SAYS|SPEAKING|SHOUTING|TELLING|ASKING|ADDING)\b.*$/u;

const titleCase = (text: string) => text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** Reads the speaker out of a script label; null for sound without speech ("UPSOUND OF CHURCH BELLS"). */
export function voiceOf(label: string): Voice | null {
  const body = label
    .replace(/^\S+/, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/:\s*$/, '')
    .trim();
  if (!SPEAKING.test(body) && !body.includes(',')) return null;
  const parts = body
    .replace(SPEAKING, '')
    .split(/\s*,\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  if (parts.length === 1) return { name: parts[0]!.toLowerCase(), role: null, named: false };
  return { name: titleCase(parts.at(-1)!), role: parts.slice(0, -1).join(', ').toLowerCase(), named: true };
}

const NAME = new RegExp(String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|${NAME_PARTICLES.join('|')}))*$`, 'u');

/** Names in a credit such as "Fox News' Jane Doe and John Roe" or "Reporting by Jane Doe; Editing by John Roe". */
export function creditedNames(credit: string): string[] {
  const names: string[] = [];
  const body = credit
    .replace(/\s+contributed(?: reporting)?(?: to this (?:report|story|article))?\.?$/i, '')
    .replace(/\b(?:additional )?(?:reporting|writing|editing|compiled) by\b/gi, ',');
  for (const part of body.split(/\s*(?:[,;]|\band\b|&)\s*/)) {
    // Drop an outlet's possessive ("Fox News' ") and places ("in Seoul").
    const person = part
      .replace(/^.*['’]s?\s+/, '')
      .replace(/\s+in\s+\p{Lu}.*$/u, '')
      .trim();
    const match = NAME.exec(person);
    if (match && match.index === 0 && match[0].split(/\s+/).length >= 2) names.push(match[0]);
  }
  return names;
}

/** Applies the built-in rules, then the user's patterns, to each paragraph. */
export function cleanParagraphs(paragraphs: readonly Paragraph[], rules: readonly BoilerplateRule[]): CleanResult {
  const kept: Paragraph[] = [];
  const removed: RemovedText[] = [];
  const contributors: string[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    const remove = (rule: string, reason: string) => removed.push({ line: paragraph.line, text, reason, rule });
    if (text.length <= 300 && CONTRIBUTED.test(text)) {
      contributors.push(...creditedNames(text));
      remove('contributor-credit', 'contributor credit: metadata, not a claim');
      continue;
    }
    // Wire copy often closes with the credit in brackets: "(Reporting by …; Editing by …)".
    const credit = text.length <= 300 ? text.replace(/^\((.*)\)$/su, '$1') : null;
    if (credit !== null && REPORTING.test(credit)) {
      contributors.push(...creditedNames(credit));
      remove('reporting-credit', 'reporting and editing credit: metadata, not a claim');
      continue;
    }
    const firstLine = text.split('\n', 1)[0]!;
    if (SPEAKER_LABEL.test(firstLine)) {
      removed.push({ line: paragraph.line, text: firstLine, reason: 'video-script label', rule: 'script-label' });
      const rest = text.slice(firstLine.length);
      const lead = rest.length - rest.trimStart().length;
      if (rest.trim().length === 0) continue;
      const voice = voiceOf(firstLine);
      kept.push({ text: rest.trim(), start: paragraph.start + firstLine.length + lead, line: paragraph.line + 1, ...(voice ? { voice } : {}) });
      continue;
    }
    const builtIn = BUILT_IN.find((rule) => rule.test(text));
    if (builtIn) {
      remove(builtIn.rule, builtIn.reason);
      continue;
    }
    const user = rules.find((rule) => rule.pattern.test(text));
    if (user) {
      remove(`content:${user.id}`, user.reason);
      continue;
    }
    const label = SCRIPT_LABEL.exec(text);
    if (label && label[0].length < text.length) {
      removed.push({ line: paragraph.line, text: label[0].trimEnd(), reason: 'video-script label', rule: 'script-label' });
      kept.push({ text: text.slice(label[0].length), start: paragraph.start + label[0].length, line: paragraph.line });
      continue;
    }
    kept.push(paragraph);
  }
  return { kept, removed, contributors: [...new Set(contributors)] };
}
