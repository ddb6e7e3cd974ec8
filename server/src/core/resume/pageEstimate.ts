import { BOLD_WIDTHS, REGULAR_WIDTHS } from './fontMetrics';

/**
 * How many pages a resume takes in the USAJOBS format, estimated without rendering it.
 *
 * The model (ses-domain.md §2.2: 0.5-inch margins, 10-point body, 14-point headings, a
 * sans-serif font): the text is laid out on US Letter with 0.5-inch margins in Arial, or
 * the metric-compatible Liberation Sans, at 10 points with a line height of 1.15; each
 * paragraph and bullet is followed by 2 points; headings are bold at 16, 14 and 12 points
 * (levels 1, 2 and 3 and below) with 6 points above and 2 below; bullets are indented
 * 0.25 inch. Lines wrap at spaces and after hyphens, measured with the font's own character
 * widths (fontMetrics.ts). The space between two blocks is the larger of the first's space
 * after and the second's space before, as CSS margins collapse. Lines move to the next page
 * whole, and space is dropped at the top of a page. The estimate is the pages before the last plus the share of the last
 * one used, so 1.8 means "the second page is four-fifths full".
 *
 * `referenceCss` gives the same format as CSS, so the estimate can be checked against a
 * browser's rendering (test/render).
 */

export interface PageSettings {
  /** Inches. */
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly margin: number;
  /** Points. */
  readonly bodySize: number;
  /** Multiple of the font size. */
  readonly lineHeight: number;
  /** Points after each paragraph and bullet. */
  readonly paragraphAfter: number;
  /** Points, for heading levels 1, 2 and 3 (and below). */
  readonly headingSizes: readonly [number, number, number];
  readonly headingBefore: number;
  readonly headingAfter: number;
  /** Inches. */
  readonly bulletIndent: number;
}

export const USAJOBS_PAGE: PageSettings = {
  pageWidth: 8.5,
  pageHeight: 11,
  margin: 0.5,
  bodySize: 10,
  lineHeight: 1.15,
  paragraphAfter: 2,
  headingSizes: [16, 14, 12],
  headingBefore: 6,
  headingAfter: 2,
  bulletIndent: 0.25,
};

/** One block of the resume as it would be printed. */
export interface LayoutBlock {
  readonly kind: 'heading' | 'paragraph' | 'bullet';
  /** 1–6 for headings. */
  readonly level?: number;
  /** The visible text, markup removed; line breaks inside are soft (spaces). */
  readonly text: string;
  /** Which characters of `text` are bold (Markdown `**…**`), when any are. */
  readonly bold?: readonly boolean[];
  /** Offset of the block in the draft, to say where a page ends. */
  readonly start: number;
}

export interface PageEstimate {
  /** To two decimals. */
  readonly pages: number;
  /** Where each page after the first starts: the offset of the block whose line opens it. */
  readonly pageStarts: readonly number[];
  readonly lines: number;
}

const AVERAGE_WIDTH = 556;

function charWidth(ch: string, size: number, bold: boolean): number {
  return (((bold ? BOLD_WIDTHS : REGULAR_WIDTHS)[ch] ?? AVERAGE_WIDTH) * size) / 1000;
}

interface Piece {
  readonly width: number;
  /** A space comes before this piece (else it continues the word, after a hyphen). */
  readonly spaceBefore: boolean;
  readonly spaceWidth: number;
}

/**
 * The text as pieces a line may break between: words, and the parts of hyphenated words
 * (browsers break after a hyphen too).
 */
function pieces(text: string, size: number, bold: readonly boolean[] | boolean): Piece[] {
  const out: Piece[] = [];
  const isBold = (i: number): boolean => (typeof bold === 'boolean' ? bold : bold[i] === true);
  let width = 0;
  let spaceBefore = false;
  let started = false;
  let pendingSpace = false;
  let spaceWidth = charWidth(' ', size, false);
  const flush = (): void => {
    if (started) out.push({ width, spaceBefore, spaceWidth });
    width = 0;
    started = false;
  };
  let i = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) {
      flush();
      pendingSpace = out.length > 0;
      spaceWidth = charWidth(' ', size, isBold(i));
    } else {
      if (!started) {
        spaceBefore = pendingSpace;
        pendingSpace = false;
        started = true;
      }
      width += charWidth(ch, size, isBold(i));
      if (ch === '-') {
        flush();
        spaceBefore = false;
      }
    }
    i += ch.length;
  }
  flush();
  return out;
}

/** The lines a text wraps to in `width` points. */
export function wrapLines(text: string, width: number, size: number, bold: readonly boolean[] | boolean = false): number {
  const list = pieces(text, size, bold);
  if (list.length === 0) return 1;
  let lines = 1;
  let used = 0;
  for (const piece of list) {
    let w = piece.width;
    const gap = piece.spaceBefore ? piece.spaceWidth : 0;
    if (used > 0 && used + gap + w <= width) {
      used += gap + w;
      continue;
    }
    if (used > 0) {
      lines++;
      used = 0;
    }
    // A word longer than the line breaks where it must.
    while (w > width) {
      lines++;
      w -= width;
    }
    used = w;
  }
  return lines;
}

export function estimatePages(blocks: readonly LayoutBlock[], settings: PageSettings = USAJOBS_PAGE): PageEstimate {
  const pageHeight = (settings.pageHeight - 2 * settings.margin) * 72;
  const textWidth = (settings.pageWidth - 2 * settings.margin) * 72;
  let page = 0;
  let y = 0;
  let lines = 0;
  const pageStarts: number[] = [];
  // Space between blocks: the larger of the one's space after and the next one's space
  // before (CSS margins collapse), and none at the top of a page.
  let pendingAfter = 0;
  for (const block of blocks) {
    const heading = block.kind === 'heading';
    const size = heading ? settings.headingSizes[Math.min(2, Math.max(0, (block.level ?? 3) - 1))]! : settings.bodySize;
    const width = block.kind === 'bullet' ? textWidth - settings.bulletIndent * 72 : textWidth;
    const lineHeight = size * settings.lineHeight;
    const count = wrapLines(block.text, width, size, heading ? true : (block.bold ?? false));
    lines += count;
    if (y > 0) y += Math.max(pendingAfter, heading ? settings.headingBefore : 0);
    for (let i = 0; i < count; i++) {
      if (y + lineHeight > pageHeight + 0.01) {
        page++;
        y = 0;
        pageStarts.push(block.start);
      }
      y += lineHeight;
    }
    pendingAfter = heading ? settings.headingAfter : settings.paragraphAfter;
  }
  const pages = page + Math.min(1, y / pageHeight);
  return { pages: Math.round(pages * 100) / 100, pageStarts, lines };
}

/** The model as CSS, for rendering a resume the way the estimate assumes. */
export function referenceCss(settings: PageSettings = USAJOBS_PAGE): string {
  const [h1, h2, h3] = settings.headingSizes;
  return [
    `@page { size: ${settings.pageWidth}in ${settings.pageHeight}in; margin: ${settings.margin}in; }`,
    `html, body { margin: 0; padding: 0; }`,
    `body { font-family: Arial, "Liberation Sans", sans-serif; font-size: ${settings.bodySize}pt; line-height: ${settings.lineHeight}; }`,
    `p, li { margin: 0 0 ${settings.paragraphAfter}pt 0; }`,
    `ul, ol { margin: 0; padding-left: ${settings.bulletIndent}in; }`,
    `h1, h2, h3, h4, h5, h6 { font-weight: bold; line-height: ${settings.lineHeight}; margin: ${settings.headingBefore}pt 0 ${settings.headingAfter}pt 0; }`,
    `h1 { font-size: ${h1}pt; } h2 { font-size: ${h2}pt; } h3, h4, h5, h6 { font-size: ${h3}pt; }`,
    `body > :first-child { margin-top: 0; }`,
  ].join('\n');
}
