import { Span } from '../../server/src/core/text/span';

/**
 * Intl.Segmenter's sentence boundaries, as the reference the engine's own splitter is held
 * to. Known Segmenter mistakes are repaired first, as a reader would: a break after an
 * abbreviation or an initial ("U.S.", "Jordan A. Ellison") is undone.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const NEVER_FINAL = /(?:^|[\s(])(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|St|No|e\.g|i\.e|[A-Z])\.\s*$/;

export function segmenterSentences(text: string): Span[] {
  const raw = Array.from(segmenter.segment(text), (s) => ({ start: s.index, end: s.index + s.segment.length }));
  const merged: Span[] = [];
  for (const s of raw) {
    const last = merged[merged.length - 1];
    if (last && NEVER_FINAL.test(text.slice(last.start, last.end))) merged[merged.length - 1] = { start: last.start, end: s.end };
    else merged.push(s);
  }
  return merged
    .map((s) => {
      let { start, end } = s;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return { start, end };
    })
    .filter((s) => s.end > s.start);
}
