import { Span } from '../text/span';

/**
 * Sentence boundaries from Intl.Segmenter, with two repairs:
 *
 * 1. V8's ICU has no abbreviation suppressions, so it breaks after "U.S.", "Mr." and
 *    middle initials ("Jordan A. Ellison"). Segments that end in one of those are merged
 *    with the next.
 * 2. Segmenter time grows faster than linearly on very long strings (2 MB took 35 s on
 *    our machines, against 33 ms when cut into paragraphs), so text over CHUNK_SIZE is cut
 *    at whitespace after a full stop before segmenting.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const CHUNK_SIZE = 4096;

/** Abbreviations after which a sentence practically never ends. */
const NEVER_FINAL = new Set([
  'u.s', 'u.k', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'maj', 'sen',
  'rep', 'gov', 'hon', 'prof', 'no', 'nos', 'vol', 'dept', 'vs', 'e.g', 'i.e', 'cf', 'approx', 'est',
  'fig', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'etc', 'a.m', 'p.m',
]);
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

function endsWithAbbreviation(segment: string, next: string): boolean {
  const m = /(?:^|[\s(“"])([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)\.\s*$/.exec(segment);
  if (!m) return false;
  const word = m[1]!;
  const lower = word.toLowerCase();
  const nextStart = next.trimStart();
  // A single capital letter is an initial: "Jordan A. Ellison".
  if (/^[A-Z]$/.test(word)) return true;
  // "etc." and "a.m." can end a sentence; only merge when the next word is lower case or a digit.
  if (lower === 'etc' || lower === 'a.m' || lower === 'p.m' || lower === 'inc' || lower === 'corp' || lower === 'ltd' || lower === 'co') {
    return /^[a-z0-9]/.test(nextStart);
  }
  if (MONTH_ABBREVIATIONS.has(lower)) return /^\d/.test(nextStart);
  return NEVER_FINAL.has(lower);
}

/** Sentence spans of `text`, trimmed of surrounding whitespace; offsets are into `text`. */
export function splitSentences(text: string): Span[] {
  const raw: Span[] = [];
  for (const chunk of chunks(text)) {
    const part = text.slice(chunk.start, chunk.end);
    for (const s of segmenter.segment(part)) {
      raw.push({ start: chunk.start + s.index, end: chunk.start + s.index + s.segment.length });
    }
  }
  const merged: Span[] = [];
  for (let i = 0; i < raw.length; i++) {
    let current = raw[i]!;
    while (i + 1 < raw.length && endsWithAbbreviation(text.slice(current.start, current.end), text.slice(raw[i + 1]!.start, raw[i + 1]!.end))) {
      current = { start: current.start, end: raw[i + 1]!.end };
      i++;
    }
    const trimmed = trim(text, current);
    if (trimmed.end > trimmed.start) merged.push(trimmed);
  }
  return merged;
}

function trim(text: string, s: Span): Span {
  let start = s.start;
  let end = s.end;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

function* chunks(text: string): Generator<Span> {
  let start = 0;
  while (text.length - start > CHUNK_SIZE) {
    let cut = -1;
    // Prefer a cut after sentence punctuation; fall back to any whitespace, then to a hard cut.
    for (let i = start + CHUNK_SIZE; i > start + CHUNK_SIZE / 2; i--) {
      if (isSpace(text.charCodeAt(i)) && /[.!?]/.test(text[i - 1]!)) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      const ws = text.lastIndexOf(' ', start + CHUNK_SIZE);
      cut = ws > start ? ws + 1 : start + CHUNK_SIZE;
    }
    yield { start, end: cut };
    start = cut;
  }
  if (start < text.length) yield { start, end: text.length };
}
