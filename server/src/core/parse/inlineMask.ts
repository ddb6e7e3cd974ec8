/**
 * Turns a block's Markdown source into "prose": the same string with markup replaced by
 * spaces. Offsets stay identical, so a finding on the prose is a finding on the source,
 * and word rules never see `**`, link targets or code.
 *
 * Every scan here is linear. Patterns that could backtrack on unclosed markup (backticks,
 * comments) are found with indexOf and remembered, not with lazy regexes.
 */

export interface InlineComment {
  /** Offsets into the block source. */
  readonly start: number;
  readonly end: number;
  /** The comment's inner text. */
  readonly body: string;
}

export interface MaskResult {
  readonly prose: string;
  readonly comments: readonly InlineComment[];
}

export interface MaskOptions {
  /** Mask ATX heading markers and setext underlines. */
  readonly heading?: boolean;
  /** Apply Markdown inline masking; plain text only masks comments and bullets. */
  readonly markdown: boolean;
}

/**
 * Ranges to blank, applied once at the end. Most paragraphs carry little or no markup, so
 * a block with nothing to mask returns its source string unchanged, without copying.
 */
class Mask {
  /** Start and end pairs, flat. A range that touches or overlaps the last one extends it, so a run of brackets is one range. */
  private readonly ranges: number[] = [];
  constructor(readonly source: string) {}
  blank(start: number, end: number): void {
    const s = Math.max(0, start);
    const e = Math.min(end, this.source.length);
    if (e <= s) return;
    const n = this.ranges.length;
    if (n > 0 && s >= this.ranges[n - 2]! && s <= this.ranges[n - 1]!) {
      if (e > this.ranges[n - 1]!) this.ranges[n - 1] = e;
      return;
    }
    this.ranges.push(s, e);
  }
  toString(): string {
    const ranges = this.ranges;
    if (ranges.length === 0) return this.source;
    const count = ranges.length / 2;
    // Ranges mostly arrive in order; the order is sorted only when they do not.
    let order: Int32Array | undefined;
    for (let k = 1; k < count; k++) {
      if (ranges[2 * k]! < ranges[2 * k - 2]!) {
        order = Int32Array.from({ length: count }, (_, i) => i).sort((a, b) => ranges[2 * a]! - ranges[2 * b]!);
        break;
      }
    }
    const parts: string[] = [];
    let at = 0;
    for (let k = 0; k < count; k++) {
      const i = order ? order[k]! : k;
      const s = ranges[2 * i]!;
      const e = ranges[2 * i + 1]!;
      if (e <= at) continue;
      const from = Math.max(s, at);
      parts.push(this.source.slice(at, from));
      const hidden = this.source.slice(from, e);
      // Line breaks survive masking so that lines keep their numbers.
      parts.push(/[\r\n]/.test(hidden) ? hidden.replace(/[^\r\n]/g, ' ') : ' '.repeat(hidden.length));
      at = e;
    }
    parts.push(this.source.slice(at));
    return parts.join('');
  }
}

export function maskInline(source: string, options: MaskOptions): MaskResult {
  const mask = new Mask(source);
  const comments = source.includes('<!--') ? maskComments(source, mask) : [];
  maskLineStarts(source, mask, options);
  if (options.markdown) {
    // Each pass runs only when its trigger is in the block; most prose has none of them.
    if (source.includes('`')) maskCodeSpans(source, mask);
    if (source.includes('<')) maskAutolinksAndTags(source, mask);
    if (source.includes('[') || source.includes(']')) maskLinks(source, mask);
    if (source.includes('://') || source.includes('www.')) maskUrls(source, mask);
    if (/[*_~\\]/.test(source)) maskEmphasisAndEscapes(source, mask);
  }
  return { prose: mask.toString(), comments };
}

function maskComments(source: string, mask: Mask): InlineComment[] {
  const comments: InlineComment[] = [];
  let from = 0;
  for (;;) {
    const open = source.indexOf('<!--', from);
    if (open < 0) break;
    const close = source.indexOf('-->', open + 4);
    const end = close < 0 ? source.length : close + 3;
    comments.push({ start: open, end, body: source.slice(open + 4, close < 0 ? source.length : close) });
    mask.blank(open, end);
    if (close < 0) break;
    from = end;
  }
  return comments;
}

const LIST_MARKER = /^[ \t]*(?:[-*+•◦▪‣●○■□–]|\d{1,9}[.)])[ \t]+/;
const QUOTE_MARKER = /^[ \t]*(?:>[ \t]?)+/;
const ATX = /^[ \t]*#{1,6}(?:[ \t]+|$)/;
const SETEXT = /^[ \t]*(?:=+|-+)[ \t]*$/;
const TABLE_RULE = /^[ \t|:-]+$/;

const isBlank = (code: number): boolean => code === 32 || code === 9;

/**
 * Where a heading line's closing sequence (blanks, then #s, then optional blanks: "# Title ##")
 * starts, or -1. Read backwards from the line's end, so that the cost is the length of the
 * closing sequence: a regex scanned a 1 MB heading of spaces from its start (issue 12).
 */
export function atxClosingStart(line: string): number {
  let i = line.length;
  while (i > 0 && isBlank(line.charCodeAt(i - 1))) i--;
  const hashesEnd = i;
  while (i > 0 && line.charCodeAt(i - 1) === 35 /* # */) i--;
  if (i === hashesEnd || i === 0 || !isBlank(line.charCodeAt(i - 1))) return -1;
  while (i > 0 && isBlank(line.charCodeAt(i - 1))) i--;
  return i;
}

function maskLineStarts(source: string, mask: Mask, options: MaskOptions): void {
  let lineStart = 0;
  let first = true;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd).replace(/\r$/, '');
    let offset = 0;
    const quote = options.markdown ? QUOTE_MARKER.exec(line) : null;
    if (quote) offset = quote[0].length;
    const rest = line.slice(offset);
    const list = LIST_MARKER.exec(rest);
    // Markdown and plain-text blocks each hold one list item, so only the first line has a marker.
    if (list && first) offset += list[0].length;
    if (options.heading && options.markdown) {
      const atx = ATX.exec(line.slice(offset));
      if (atx) offset += atx[0].length;
      const close = atxClosingStart(line);
      if (close >= 0) mask.blank(lineStart + close, lineStart + line.length);
      if (!first && SETEXT.test(line)) offset = line.length;
    }
    if (options.markdown && line.includes('|') && (TABLE_RULE.test(line) || /^\s*\|/.test(line))) {
      // Table rows: the pipes are markup; a separator row is all markup.
      if (TABLE_RULE.test(line)) offset = line.length;
      for (let i = 0; i < line.length; i++) if (line[i] === '|') mask.blank(lineStart + i, lineStart + i + 1);
    }
    // Leading indentation is markup too; masking it keeps sentence text tidy.
    let ws = offset;
    while (ws < line.length && (line[ws] === ' ' || line[ws] === '\t')) ws++;
    mask.blank(lineStart, lineStart + ws);
    first = false;
    if (lineEnd >= source.length) break;
    lineStart = lineEnd + 1;
  }
}

function maskCodeSpans(source: string, mask: Mask): void {
  // Run length → the position after which no closing run of that length exists.
  const noCloserAfter = new Map<number, number>();
  let i = 0;
  while (i < source.length) {
    if (source.charCodeAt(i) !== 96 /* ` */) {
      i++;
      continue;
    }
    let j = i;
    while (j < source.length && source.charCodeAt(j) === 96) j++;
    const runLength = j - i;
    const known = noCloserAfter.get(runLength);
    if (known !== undefined && known <= j) {
      i = j;
      continue;
    }
    let closeAt = -1;
    let search = j;
    for (;;) {
      const k = source.indexOf('`', search);
      if (k < 0) break;
      let l = k;
      while (l < source.length && source.charCodeAt(l) === 96) l++;
      if (l - k === runLength) {
        closeAt = k;
        break;
      }
      search = l;
    }
    if (closeAt < 0) {
      noCloserAfter.set(runLength, j);
      i = j;
      continue;
    }
    mask.blank(i, closeAt + runLength);
    i = closeAt + runLength;
  }
}

const AUTOLINK_OR_TAG = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?)>/g;

function maskAutolinksAndTags(source: string, mask: Mask): void {
  AUTOLINK_OR_TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AUTOLINK_OR_TAG.exec(source)) !== null) mask.blank(m.index, m.index + m[0].length);
}

// `](target "title")` and `][ref]`; the brackets themselves are masked separately.
const LINK_TARGET = /\]\((?:<[^<>\n]*>|[^()\s]*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)|\]\[[^\][\n]*\]/g;

function maskLinks(source: string, mask: Mask): void {
  LINK_TARGET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK_TARGET.exec(source)) !== null) mask.blank(m.index, m.index + m[0].length);
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 91 /* [ */ || c === 93 /* ] */) mask.blank(i, i + 1);
    else if (c === 33 /* ! */ && source.charCodeAt(i + 1) === 91) mask.blank(i, i + 1);
  }
  // Footnote markers such as [^1] leave "^1" behind once brackets are gone.
  for (let i = source.indexOf('[^'); i >= 0; i = source.indexOf('[^', i + 2)) {
    let j = i + 2;
    while (j < source.length && /[A-Za-z0-9_-]/.test(source[j]!)) j++;
    if (source[j] === ']') mask.blank(i, j + 1);
  }
}

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;

function maskUrls(source: string, mask: Mask): void {
  BARE_URL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_URL.exec(source)) !== null) mask.blank(m.index, m.index + m[0].length);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function maskEmphasisAndEscapes(source: string, mask: Mask): void {
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 42 /* * */ || c === 126 /* ~ */) {
      mask.blank(i, i + 1);
    } else if (c === 95 /* _ */) {
      // snake_case stays; _emphasis_ goes.
      if (!(isAlnum(source.charCodeAt(i - 1)) && isAlnum(source.charCodeAt(i + 1)))) mask.blank(i, i + 1);
    } else if (c === 92 /* \ */ && /[!-/:-@[-`{-~]/.test(source[i + 1] ?? '')) {
      mask.blank(i, i + 1);
      i++;
    }
  }
}
