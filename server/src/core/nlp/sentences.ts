import { Span } from '../text/span';
import { Tokens } from './tokens';

/**
 * Sentence boundaries, found on the tokens the engine already has.
 *
 * Why not Intl.Segmenter, which this project would normally reach for: measured on 2 MB of
 * ECQ prose, Segmenter plus the repairs it needs took 66 ms against 5.7 ms here, a third
 * of the whole analysis budget. The repairs were needed because V8's ICU has no
 * abbreviation suppressions (it splits "U.S. Citizenship" and "Jordan A. Ellison"), and it
 * treats every line break as a boundary, which cuts hard-wrapped Markdown paragraphs in
 * pieces. test/unit/sentences.test.ts keeps Intl.Segmenter as the oracle: on single-line
 * paragraphs the two must agree, except where the Segmenter makes those known mistakes.
 *
 * The rule, after UAX #29's sentence rules for the Latin script:
 * a sentence ends after a word followed by optional closing marks, then `.`, `!` or `?`
 * (one or more), then optional closing marks and white space, when the next word starts
 * with a capital letter or a digit or follows an opening quote or bracket. A period after an
 * abbreviation that never ends a sentence ("Mr.", "U.S.", "e.g."), after a single capital
 * (an initial), or after a month abbreviation followed by a day, is not a boundary.
 */

const NEVER_FINAL = new Set([
  'u.s', 'u.k', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'maj', 'sen',
  'rep', 'gov', 'hon', 'prof', 'vol', 'dept', 'vs', 'e.g', 'i.e', 'cf', 'approx', 'est',
  'fig', 'jr', 'sr',
]);
/**
 * Abbreviations only before a number: "Jan. 5", "No. 12". Before a word they are words that
 * end a sentence ("…have already said no. How would you…").
 */
const ABBREVIATIONS_BEFORE_NUMBERS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos']);

function isCloser(c: number): boolean {
  // ) ] " ' ” ’ *
  return c === 41 || c === 93 || c === 34 || c === 39 || c === 0x201d || c === 0x2019;
}

function isOpener(c: number): boolean {
  // ( [ " ' “ ‘
  return c === 40 || c === 91 || c === 34 || c === 39 || c === 0x201c || c === 0x2018;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

function startsSentence(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return c >= 128 && word[0] !== word[0]!.toLowerCase();
}

/** Sentence spans of `prose`, trimmed; offsets are into `prose`. */
export function splitSentences(prose: string, tokens: Tokens): Span[] {
  const out: Span[] = [];
  let start = -1;
  const n = tokens.length;
  // Inside a line that a bullet character opened ("•\tTrained 340 dispatchers"), as plain
  // text pasted from Word has them: the line is its own sentence, full stop or not.
  let bulletLine = false;
  for (let k = 0; k < n; k++) {
    const tokenEnd = tokens.end[k]!;
    if (start < 0) start = sentenceStart(prose, out.length > 0 ? out[out.length - 1]!.end : 0, tokens.start[k]!);
    let i = tokenEnd;
    while (i < prose.length && isCloser(prose.charCodeAt(i))) i++;
    const terminator = prose.charCodeAt(i);
    if (terminator !== 46 && terminator !== 33 && terminator !== 63) {
      // Most gaps are one space; only a gap with a line break can hold a bullet.
      if (k + 1 < n && (bulletLine || tokens.start[k + 1]! - tokenEnd > 1 || prose.charCodeAt(tokenEnd) === 10)) {
        const line = lineBreakBefore(prose, tokenEnd, tokens.start[k + 1]!);
        if (line === 'bullet' || (line === 'plain' && bulletLine)) {
          let end = tokenEnd;
          while (end < prose.length && isCloser(prose.charCodeAt(end))) end++;
          if (prose.charCodeAt(end) === 58 /* : */ || prose.charCodeAt(end) === 59 /* ; */) end++;
          out.push({ start, end });
          start = -1;
          bulletLine = line === 'bullet';
        }
      }
      continue;
    }
    bulletLine = false;
    while (i < prose.length && (prose.charCodeAt(i) === 46 || prose.charCodeAt(i) === 33 || prose.charCodeAt(i) === 63)) i++;
    while (i < prose.length && isCloser(prose.charCodeAt(i))) i++;
    if (k + 1 < n) {
      const nextStart = tokens.start[k + 1]!;
      const nextText = tokens.text[k + 1]!;
      if (i >= nextStart || !isSpace(prose.charCodeAt(i))) continue;
      let opener = false;
      for (let j = i; j < nextStart; j++) if (isOpener(prose.charCodeAt(j))) opener = true;
      if (!opener && !startsSentence(nextText)) continue;
      if (terminator === 46 && i === tokenEnd + 1) {
        // A period straight after the word: is the word an abbreviation?
        const word = tokens.lower[k]!;
        if (NEVER_FINAL.has(word)) continue;
        if (word.length === 1 && tokens.caps[k] === 1) continue;
        // "Contract No. W912DY-20-C-0041": an identifier may open with letters.
        if (ABBREVIATIONS_BEFORE_NUMBERS.has(word) && /^(?:\d|[A-Z]{1,4}\d)/.test(nextText)) continue;
      }
    }
    out.push({ start, end: i });
    start = -1;
  }
  if (start >= 0) {
    let end = prose.length;
    while (end > start && isSpace(prose.charCodeAt(end - 1))) end--;
    out.push({ start, end });
  }
  return out;
}

const BULLETS = new Set([0x2022, 0x25aa, 0x25e6, 0x2023, 0x00b7, 0x25cf, 0x25a0, 0x2043]);

/** Is there a line break between two tokens, and does a bullet character open the new line? */
function lineBreakBefore(prose: string, from: number, to: number): 'bullet' | 'plain' | undefined {
  // Most gaps hold no line break; indexOf finds that without visiting each blank of a long run.
  const firstBreak = prose.indexOf('\n', from);
  if (firstBreak < 0 || firstBreak >= to) return undefined;
  let sawBreak = false;
  let indented = false;
  for (let j = firstBreak; j < to; j++) {
    const c = prose.charCodeAt(j);
    if (c === 10) {
      sawBreak = true;
      indented = false;
    } else if (sawBreak && BULLETS.has(c)) return 'bullet';
    else if (sawBreak && (c === 32 || c === 9)) indented = true;
  }
  // An indented line goes on with the bullet above it: "• Trained 340 dispatchers in the new\n  protocol".
  return sawBreak && !indented ? 'plain' : undefined;
}

/** Where a sentence starts: at the marks attached before its first word ("“We", "$4"). */
function sentenceStart(prose: string, previousEnd: number, wordStart: number): number {
  let i = wordStart;
  while (i > previousEnd && !isSpace(prose.charCodeAt(i - 1))) i--;
  return i;
}
