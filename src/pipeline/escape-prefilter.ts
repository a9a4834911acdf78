/**
 * A shortcut in front of mdast-util-to-markdown's escaping that never changes
 * what it writes.
 *
 * Why hand-written: the serialiser's `safe()` tries every one of its unsafe
 * patterns (98 with the MDX, GFM and front matter extensions) on every text,
 * label and URL, however plain. Measured on 1,000 articles with a footnote
 * per sentence, that was 1.4 s of a 2.0 s emit, and not one of the 417,000
 * calls had anything to escape. No option of the library skips it, so this
 * asks first whether any pattern would mark a character of the value for
 * escaping: only the patterns in scope for the construct stack, and of those,
 * in text without line endings, only the ones that can match without one and
 * whose character occurs (one scan finds which). If none would, `safe()`
 * returns its input unchanged (it has nothing to escape and no backslash to
 * double), so the value is returned as is; if any would — or the case is one
 * this does not model — the library's own `safe()` does the work. Escaping
 * itself is never done here. `tests/pipeline/serialiser-speedups.test.ts`
 * compares the two on hostile and random input in every construct the
 * annotator writes.
 */
import type { SafeConfig, State, Unsafe } from 'mdast-util-to-markdown';

interface Check {
  character: string;
  expression: RegExp;
  /** The match starts with a `before` group whose length precedes the character. */
  hasBefore: boolean;
}

/** What to ask for one construct stack. */
interface Plan {
  /** Every pattern in scope. */
  checks: readonly Check[];
  /** The patterns that can match in text without line endings, by character, and those characters as one class. */
  oneLine: ReadonlyMap<string, readonly Check[]>;
  oneLineCharacters: RegExp | null;
}

/** Plans by construct stack, as a trie over the stack's names; `null` where this defers to the library. */
interface PlanNode {
  plan?: Plan | null;
  next: Map<string, PlanNode>;
}

const asList = (value: Unsafe['inConstruct']): readonly string[] => (value === undefined || value === null ? [] : typeof value === 'string' ? [value] : value);

/** The same scope rule as the library's (unexported) `patternInScope`. */
function inScope(stack: readonly string[], pattern: Unsafe): boolean {
  const inside = asList(pattern.inConstruct);
  if (inside.length > 0 && !inside.some((construct) => stack.includes(construct))) return false;
  return !asList(pattern.notInConstruct).some((construct) => stack.includes(construct));
}

/** `before`/`after` conditions that are a line ending and nothing else, as the library writes them. */
const LINE_ENDING = new Set(['[\\r\\n]', '\\r', '\\n']);

/**
 * Whether a pattern can only match where there is a line ending: `atBreak`
 * compiles to a leading `[\r\n][\t ]*`; some patterns ask for one before or after.
 */
const needsLineEnding = (pattern: Unsafe) => Boolean(pattern.atBreak) || LINE_ENDING.has(pattern.before ?? '') || LINE_ENDING.has(pattern.after ?? '');

const escapeClass = (character: string) => character.replace(/[\\\]^-]/g, '\\$&');

function planFor(state: State): Plan | null {
  // Percent-encoding in autolinks and patterns tied to neighbouring nodes are left to the library.
  if (state.stack.includes('autolink')) return null;
  const checks: Check[] = [];
  const oneLine = new Map<string, Check[]>();
  for (const pattern of state.unsafe) {
    if (!inScope(state.stack, pattern)) continue;
    if (pattern.beforeNode || pattern.afterNode || pattern.character.length !== 1) return null;
    const check = { character: pattern.character, expression: state.compilePattern(pattern), hasBefore: Boolean(pattern.before || pattern.atBreak) };
    checks.push(check);
    if (needsLineEnding(pattern)) continue;
    const list = oneLine.get(check.character);
    if (list) list.push(check);
    else oneLine.set(check.character, [check]);
  }
  const characters = [...oneLine.keys()];
  return { checks, oneLine, oneLineCharacters: characters.length === 0 ? null : new RegExp(`[${characters.map(escapeClass).join('')}]`, 'g') };
}

const hasLineEnding = (text: string) => text.includes('\n') || text.includes('\r');

/** Whether some in-scope pattern marks a character inside `input` (the library escapes only those). */
function wouldEscape(plan: Plan, input: string, config: SafeConfig): boolean {
  const before = config.before ?? '';
  const after = config.after ?? '';
  if (input.includes('\\') || after.includes('\\')) return true;
  const whole = before + input + after;
  const start = before.length;
  const end = start + input.length;
  if (hasLineEnding(whole)) return plan.checks.some((check) => input.includes(check.character) && marks(check, whole, start, end));
  // Without line endings only the one-line patterns of the characters that occur can match.
  const characters = plan.oneLineCharacters;
  if (characters === null) return false;
  const asked: string[] = [];
  characters.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = characters.exec(input))) {
    const character = found[0];
    if (asked.includes(character)) continue;
    asked.push(character);
    if (plan.oneLine.get(character)!.some((check) => marks(check, whole, start, end))) {
      characters.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** Whether the pattern matches `whole` with its character between `start` and `end`. */
function marks(check: Check, whole: string, start: number, end: number): boolean {
  const expression = check.expression;
  expression.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = expression.exec(whole))) {
    const position = match.index + (check.hasBefore ? match[1]!.length : 0);
    if (position >= start && position < end) {
      expression.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** The plan for the current construct stack, made on first use. */
function planAt(root: PlanNode, state: State): Plan | null {
  let node = root;
  for (const construct of state.stack) {
    let next = node.next.get(construct);
    if (!next) node.next.set(construct, (next = { next: new Map() }));
    node = next;
  }
  if (node.plan === undefined) node.plan = planFor(state);
  return node.plan;
}

/**
 * Returns an installer that puts the shortcut in front of `state.safe` for one
 * serialisation (call it from a root handler, before the library's own). Plans
 * are kept across serialisations with the same unsafe patterns.
 */
export function createEscapePrefilter(): (state: State) => void {
  let plans: PlanNode = { next: new Map() };
  let patterns: readonly Unsafe[] = [];
  return (state) => {
    // Plans hold for one list of unsafe patterns; another options object starts afresh.
    if (state.unsafe.length !== patterns.length || state.unsafe.some((pattern, index) => pattern !== patterns[index])) {
      plans = { next: new Map() };
      patterns = [...state.unsafe];
    }
    const librarySafe = state.safe;
    state.safe = (value, config) => {
      const plan = planAt(plans, state);
      const input = value ?? '';
      if (plan !== null && !wouldEscape(plan, input, config)) return input;
      return librarySafe.call(state, value, config);
    };
  };
}
