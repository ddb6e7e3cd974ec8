import { isRuleId, RuleId } from './rules/types';
import { Span } from './text/span';

/**
 * Findings the writer chose to ignore, kept outside the draft (issue 14 item 2) in the
 * project's `ecq-ignore.json`. A finding is remembered by its rule, the words it is on and
 * the sentence around them, never by its line: an edit elsewhere in the draft leaves it
 * ignored, and rewriting the sentence brings it back, since the judgment was about that
 * sentence. The file name is informational only, so an ignore survives a rename and also
 * covers the same sentence pasted into another draft of the project.
 *
 * The engine never reads the file: the adapters (`node/ignoreFile.ts`) read it and hand the
 * entries over in `AnalyzerConfig.ignored`; this module parses, matches and serialises.
 */

export const IGNORE_FILE_NAME = 'ecq-ignore.json';

export interface IgnoredFinding {
  readonly rule: RuleId;
  /** The words the finding is on, whitespace collapsed. */
  readonly text: string;
  /** The sentence (or list item, or line of a heading) around them, whitespace collapsed. */
  readonly context: string;
  /** Where it was ignored, relative to the project: shown, not matched. */
  readonly file?: string;
  /** The finding's message when it was ignored: shown, not matched. */
  readonly message?: string;
}

/** The most characters of context read on either side of a finding: enough for a long sentence, bounded for prose without any punctuation. */
const MAX_CONTEXT_SIDE = 240;
/** The longest words a finding is remembered by; a longer span (a whole story) is cut to its start, with the context doing the rest. */
const MAX_TEXT = 240;
/** More than any project needs; a file beyond it is read up to here. */
export const MAX_IGNORED = 5000;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** Whether a line starting at `i` begins a new block of its own: a list item, a heading, a quotation, a table row. */
function opensBlock(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t') && j - i < 8) j++;
  const c = text[j];
  if (c === '\n' || c === '\r' || c === undefined) return true; // a blank line
  if (c === '#' || c === '>' || c === '|') return true;
  if ((c === '-' || c === '*' || c === '+' || c === '•') && isSpace(text[j + 1])) return true;
  let k = j;
  while (k < text.length && text[k]! >= '0' && text[k]! <= '9' && k - j < 3) k++;
  return k > j && (text[k] === '.' || text[k] === ')') && isSpace(text[k + 1]);
}

/** The start of the sentence holding `offset`: after the last sentence end or new block before it, within the bound. */
function sentenceStart(text: string, offset: number): number {
  const floor = Math.max(0, offset - MAX_CONTEXT_SIDE);
  for (let i = offset - 1; i >= floor; i--) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && i + 1 < offset && isSpace(text[i + 1])) return i + 1;
    if (c === '\n' && opensBlock(text, i + 1)) return i + 1;
  }
  return floor;
}

/** The end of the sentence holding `offset`: through its closing punctuation, or up to a new block, within the bound. */
function sentenceEnd(text: string, offset: number): number {
  const ceiling = Math.min(text.length, offset + MAX_CONTEXT_SIDE);
  for (let i = offset; i < ceiling; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= text.length || isSpace(text[i + 1]))) return i + 1;
    if (c === '\n' && opensBlock(text, i + 1)) return i;
  }
  return ceiling;
}

/** What a finding on `span` of `text` is remembered by: its words and the sentence around them. */
export function anchorOf(text: string, span: Span): { text: string; context: string } {
  const words = text.slice(span.start, Math.min(span.end, span.start + MAX_TEXT));
  const start = sentenceStart(text, span.start);
  const end = Math.max(sentenceEnd(text, Math.min(span.end, span.start + MAX_TEXT)), span.start);
  return { text: collapse(words), context: collapse(text.slice(start, end)) };
}

/** Answers "is this finding ignored?" for one document; cheap when no entry names the rule. */
export function ignoreMatcher(ignored: readonly IgnoredFinding[], text: string): (rule: RuleId, span: Span) => boolean {
  if (ignored.length === 0) return () => false;
  const byRule = new Map<RuleId, IgnoredFinding[]>();
  for (const entry of ignored) {
    const list = byRule.get(entry.rule);
    if (list) list.push(entry);
    else byRule.set(entry.rule, [entry]);
  }
  return (rule, span) => {
    const candidates = byRule.get(rule);
    if (!candidates) return false;
    const anchor = anchorOf(text, span);
    return candidates.some((c) => c.text === anchor.text && c.context === anchor.context);
  };
}

function sameFinding(a: IgnoredFinding, b: IgnoredFinding): boolean {
  return a.rule === b.rule && a.text === b.text && a.context === b.context;
}

/** Reads the ignore file's JSON; entries that are not well formed are named and left out, never fatal. */
export function parseIgnoreFile(json: string): { ignored: IgnoredFinding[]; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { ignored: [], problems: [`is not valid JSON (${(e as Error).message})`] };
  }
  const list = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>)['ignored'] : undefined;
  if (!Array.isArray(list)) return { ignored: [], problems: ['must be an object with an "ignored" list'] };
  const ignored: IgnoredFinding[] = [];
  const problems: string[] = [];
  list.slice(0, MAX_IGNORED).forEach((item: unknown, i) => {
    const entry = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const { rule, text, context, file, message } = entry;
    if (typeof rule !== 'string' || !isRuleId(rule)) return void problems.push(`ignored[${i}]: "rule" must be a rule id`);
    if (typeof text !== 'string' || typeof context !== 'string') return void problems.push(`ignored[${i}]: "text" and "context" must be strings`);
    ignored.push({
      rule,
      text: collapse(text),
      context: collapse(context),
      ...(typeof file === 'string' ? { file } : {}),
      ...(typeof message === 'string' ? { message } : {}),
    });
  });
  if (list.length > MAX_IGNORED) problems.push(`holds ${list.length} entries; only the first ${MAX_IGNORED} are used`);
  return { ignored, problems };
}

const FILE_NOTE = 'Findings ECQ Writer does not show, each by its rule, the words it is on and their sentence. Written by "Ignore this finding"; cleared by "ECQ: Clear Ignored Findings". Safe to edit or delete.';

/** The ignore file's text holding `ignored`, in a stable, readable layout for version control. */
export function serialiseIgnoreFile(ignored: readonly IgnoredFinding[]): string {
  const entries = ignored.map((e) => ({ rule: e.rule, text: e.text, context: e.context, ...(e.file ? { file: e.file } : {}), ...(e.message ? { message: e.message } : {}) }));
  return `${JSON.stringify({ '//': FILE_NOTE, version: 1, ignored: entries }, undefined, 2)}\n`;
}

/** `ignored` with `entry` added, unless the same finding is already there. */
export function withIgnoredFinding(ignored: readonly IgnoredFinding[], entry: IgnoredFinding): { ignored: readonly IgnoredFinding[]; added: boolean } {
  if (ignored.some((e) => sameFinding(e, entry))) return { ignored, added: false };
  return { ignored: [...ignored, entry], added: true };
}
