import MarkdownIt from 'markdown-it';
import { endsLineAt, LineIndex } from '../text/lineIndex';
import { Span } from '../text/span';
import { matchCcarLabel, matchEcqHeading, matchExampleLabel, matchTqHeading } from '../domain/headings';
import { InlineComment, maskInline, MaskOptions, MaskResult } from './inlineMask';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'quote' | 'code' | 'html' | 'rule';

/**
 * One block of the document: a heading, paragraph, list item, quotation, code, HTML or
 * horizontal rule, with its exact source span and its prose (see inlineMask.ts).
 */
export interface Block {
  readonly index: number;
  readonly kind: BlockKind;
  readonly span: Span;
  /** The source slice with markup masked by spaces; `prose.length === span.end - span.start`. */
  readonly prose: string;
  /** Heading level 1–6; 7 for a pseudo-heading (a bold-only line, or a title line in plain text). */
  readonly level: number;
  readonly startLine: number;
  /** Exclusive. */
  readonly endLine: number;
  /** HTML comments inside or making up the block, offsets into the document. */
  readonly comments: readonly InlineComment[];
}

export type SourceFormat = 'markdown' | 'plaintext';

const PSEUDO_HEADING_LEVEL = 7;

type MarkdownParser = ReturnType<typeof MarkdownIt>;

let markdownParser: MarkdownParser | undefined;
let markdownParserNoNormalize: MarkdownParser | undefined;

function createParser(): MarkdownParser {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  // Block structure only: inline parsing would cost 4× the time (measured 165 vs 37 MB/s)
  // and cannot give offsets; inlineMask.ts handles inline markup with exact positions.
  md.core.ruler.disable(['inline', 'text_join', 'linkify', 'replacements', 'smartquotes']);
  return md;
}

/**
 * markdown-it's `normalize` rule rewrites the whole text to turn CR LF into LF and NUL into
 * U+FFFD; without either character it only copies the text, so it is skipped then.
 */
function parser(text: string): MarkdownParser {
  if (text.includes('\r') || text.includes('\0')) return (markdownParser ??= createParser());
  if (!markdownParserNoNormalize) {
    markdownParserNoNormalize = createParser();
    markdownParserNoNormalize.core.ruler.disable('normalize');
  }
  return markdownParserNoNormalize;
}

/**
 * Masked prose by block source, kept between analyses of the same document (FactsCache
 * implements it), so unchanged blocks are not masked again after an edit.
 */
export interface MaskCache {
  mask(source: string, options: MaskOptions): MaskResult;
}

const NO_CACHE: MaskCache = { mask: maskInline };

export function parseBlocks(text: string, format: SourceFormat, lines: LineIndex, skip?: Span, cache: MaskCache = NO_CACHE, chunkChars = CHUNK_CHARS): Block[] {
  const blocks: Block[] = [];
  for (const block of iterateBlocks(text, format, lines, skip, cache, chunkChars)) if (block) blocks.push(block);
  return blocks;
}

/**
 * The blocks one at a time: the block structure is read first (cheap), then each block is
 * masked as it is asked for, so a host can spread the work over several steps. After each
 * piece of the text it yields `undefined` as well, so that a long run of text with no
 * block in it (blank lines) is still read a piece at a time.
 */
export function* iterateBlocks(text: string, format: SourceFormat, lines: LineIndex, skip?: Span, cache: MaskCache = NO_CACHE, chunkChars = CHUNK_CHARS, titleLine?: (line: string) => boolean): Generator<Block | undefined, void, void> {
  // Front matter is blanked, not removed, so that offsets and line numbers stay true.
  const source = skip && skip.end > skip.start ? blankRange(text, skip) : text;
  const chunks = format === 'markdown' ? markdownChunks(source, chunkChars) : [plainTextBlocks(source, lines, titleLine)];
  let index = 0;
  for (const descriptors of chunks) {
    for (const d of descriptors) {
      const start = lines.lineStart(d.startLine);
      const end = lines.lineEnd(Math.max(d.startLine, d.endLine - 1));
      if (end < start) continue;
      if (end - start <= MAX_BLOCK_CHARS || !(d.kind === 'paragraph' || d.kind === 'listItem' || d.kind === 'quote')) {
        yield buildBlock(d, text, index++, start, end, cache);
        continue;
      }
      for (const piece of pieces(text, start, end, MAX_BLOCK_CHARS)) {
        const startLine = lines.positionAt(piece.start).line;
        const endLine = lines.positionAt(piece.end).line + 1;
        yield buildBlock({ ...d, startLine, endLine }, text, index++, piece.start, piece.end, cache);
      }
    }
    yield undefined;
  }
}

/**
 * Longest piece of a Markdown document parsed at once. markdown-it parses a whole string in
 * one call, which for 1 MB holds the event loop for 25 ms and keeps 300,000 tokens alive;
 * pieces of this size parse in a millisecond or two, and a host steps between them.
 */
const CHUNK_CHARS = 64 * 1024;

/**
 * The block descriptors of a Markdown document, piece by piece: the text is cut only at
 * lines where no block can continue from the line before (see `safeCuts`), so each piece
 * parses as it would within the whole.
 */
function* markdownChunks(source: string, chunkChars: number): Generator<Descriptor[], void, void> {
  if (source.length <= chunkChars) {
    yield markdownBlocks(source);
    return;
  }
  let startOffset = 0;
  let startLine = 0;
  // Cuts inside a block only where the whole would be too long to parse in one step, so a
  // test's tiny pieces still give exactly the blocks of the whole.
  for (const cut of safeCuts(source, chunkChars, Math.max(chunkChars, CHUNK_CHARS))) {
    // The scan reports its progress so that a host may step between pieces of it.
    if (!cut) {
      yield [];
      continue;
    }
    if (cut.offset - startOffset < chunkChars) continue;
    const piece = source.slice(startOffset, cut.offset);
    const parsed = markdownBlocks(piece);
    // The line scan cannot know every HTML block's kind: if the piece ends inside a fence or
    // an HTML block by markdown-it's own reading, the cut was not safe; go on to a later one.
    if (endsInsideBlock(parsed, piece)) continue;
    yield shifted(parsed, startLine);
    startOffset = cut.offset;
    startLine = cut.line;
  }
  yield shifted(markdownBlocks(source.slice(startOffset)), startLine);
}

/** Whether a fence or an HTML block of the piece runs to its last line, so may go on past it. */
function endsInsideBlock(descriptors: readonly Descriptor[], piece: string): boolean {
  const trimmed = piece.trimEnd();
  let lastLine = 0;
  for (let i = 0; i < trimmed.length; i++) if (endsLineAt(trimmed, i)) lastLine++;
  return descriptors.some((d) => (d.kind === 'code' || d.kind === 'html') && d.endLine > lastLine);
}

function shifted(descriptors: Descriptor[], lines: number): Descriptor[] {
  return lines === 0 ? descriptors : descriptors.map((d) => ({ ...d, startLine: d.startLine + lines, endLine: d.endLine + lines }));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that opens with a tag: an HTML block of type 6 (a block-level tag) or 7 (any tag, after a blank line). */
const HTML_TAG_LINE = /^ {0,3}<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s/>]|$)/;
/** CommonMark's type-6 tags, which start an HTML block even right after a paragraph. */
const HTML_BLOCK_TAGS = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(' '),
);
/** HTML that may run over blank lines, and what ends it: a comment, CDATA, an instruction, a declaration. */
const HTML_SPANS: readonly (readonly [open: string, close: string])[] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
];

/** The closing text of an HTML span opened on this line and not closed after it, if any. */
function unclosedHtml(text: string): string | undefined {
  for (const [open, close] of HTML_SPANS) {
    const at = text.lastIndexOf(open);
    if (at >= 0 && text.indexOf(close, at + open.length) < 0) return close;
  }
  return undefined;
}
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)\b/i;
const LIST_OR_INDENT = /^(?:[ \t]|[-*+][ \t]|[-*+]$|\d{1,9}[.)](?:[ \t]|$))/;
/**
 * A line inside a block before which a piece may begin when no blank line comes for a whole
 * piece's length (a table of thousands of rows, a list with no blank line): an item of a
 * list at the margin, or a line of text at the margin that cannot be read as anything else
 * on its own (not a quotation, fence, HTML, rule or setext underline). The blocks on either
 * side of such a cut keep their kind (a table is read as a paragraph), so only the parse
 * of one megabyte-long block is spread over steps.
 */
const FORCED_CUT_LINE = /^(?:(?:[-*+]|\d{1,9}[.)])[ \t]+[^\s*+-]|[^\s>=\-_*+`~<])/;

/**
 * Lines where a piece may begin: a line at the left margin after a blank line that does not
 * continue a list (no bullet, number or indent), outside fenced code and the HTML blocks
 * that may hold blank lines (comments, processing instructions, declarations, CDATA, and
 * pre, script, style and textarea). A blank line ends every other block. Offsets are of the
 * line's first character. When no such line comes for `forcedSpacing` characters, a line of
 * FORCED_CUT_LINE will do. Every `spacing` characters scanned, `undefined` marks progress.
 */
function* safeCuts(source: string, spacing: number, forcedSpacing: number): Generator<{ offset: number; line: number } | undefined, void, void> {
  let offset = 0;
  let line = 0;
  let fence: string | undefined;
  let rawHtml: string | undefined;
  let htmlEnd: string | undefined;
  let untilBlank = false;
  let previousBlank = true;
  let runCuts: { offset: number; line: number }[] | undefined;
  let lastCut = 0;
  let lastProgress = 0;
  // A lone CR ends a line, as it does for markdown-it and the line index, so line numbers
  // here must count it. Where the next CR is, found again only once passed: a search per line
  // would read the rest of a text without one every time.
  let nextCr = source.indexOf('\r');
  while (offset < source.length) {
    if (offset - lastProgress >= spacing) {
      lastProgress = offset;
      yield undefined;
    }
    const newline = source.indexOf('\n', offset);
    let end = newline < 0 ? source.length : newline;
    let next = end + 1;
    if (nextCr >= 0 && nextCr < offset) nextCr = source.indexOf('\r', offset);
    if (nextCr >= 0 && nextCr < end) {
      end = nextCr;
      next = source.charCodeAt(nextCr + 1) === 10 /* \n */ ? nextCr + 2 : nextCr + 1;
    }
    const text = source.slice(offset, end);
    if (fence !== undefined) {
      const close = FENCE.exec(text);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && text.trim() === close[0].trim()) fence = undefined;
    } else if (htmlEnd !== undefined) {
      if (text.includes(htmlEnd)) htmlEnd = undefined;
    } else if (rawHtml !== undefined) {
      if (text.toLowerCase().includes(`</${rawHtml}>`)) rawHtml = undefined;
    } else {
      const blank = text.trim() === '';
      // An HTML block of CommonMark's types 6 and 7 runs to the next blank line; no piece
      // begins inside it, though a fence or comment opened in it is still followed, as a
      // line misread as such a block may in fact be a paragraph that one interrupts.
      if (untilBlank && blank) untilBlank = false;
      const cut =
        !untilBlank && line > 0 && !blank && (previousBlank ? !LIST_OR_INDENT.test(text) : offset - lastCut >= forcedSpacing && runCuts === undefined && FORCED_CUT_LINE.test(text));
      // Inside a long run of blank lines a piece may begin too, as markdown-it skips blank
      // lines; but only where the line after the run may begin one ("- a" after blank lines
      // still continues a list).
      if (blank && !untilBlank) {
        if (runCuts === undefined) runCuts = [];
        if (runCuts.length === 0 ? offset - lastCut >= spacing : offset - runCuts[runCuts.length - 1]!.offset >= spacing) runCuts.push({ offset, line });
      } else if (runCuts !== undefined) {
        if (cut) yield* runCuts;
        runCuts = undefined;
      }
      if (cut) {
        lastCut = offset;
        yield { offset, line };
      }
      // Most lines hold no "<" and open no fence: the patterns below run only on those that may.
      const hasTag = text.includes('<');
      const first = text.trimStart().charCodeAt(0);
      const tag = hasTag ? HTML_TAG_LINE.exec(text) : null;
      if (tag && (previousBlank || HTML_BLOCK_TAGS.has(tag[1]!.toLowerCase()))) untilBlank = true;
      const open = first === 96 /* ` */ || first === 126 /* ~ */ ? FENCE.exec(text) : null;
      const html = hasTag ? RAW_HTML_OPEN.exec(text) : null;
      if (open) fence = open[1]!;
      else if (html && !text.toLowerCase().includes(`</${html[1]!.toLowerCase()}>`)) rawHtml = html[1]!.toLowerCase();
      else htmlEnd = hasTag ? unclosedHtml(text) : undefined;
      previousBlank = blank;
    }
    offset = next;
    line++;
  }
  // Blank lines to the end of the text: nothing after them can continue a block.
  if (runCuts !== undefined) yield* runCuts;
}

function blankRange(text: string, range: Span): string {
  return text.slice(0, range.start) + text.slice(range.start, range.end).replace(/[^\r\n]/g, ' ') + text.slice(range.end);
}

/** Where a block is and what kind it is, before its text is masked. */
interface Descriptor {
  readonly kind: BlockKind;
  readonly startLine: number;
  readonly endLine: number;
  readonly level: number;
  readonly markdown: boolean;
}

/**
 * Longest prose block read as one. A paragraph of a real draft is a few thousand
 * characters; a longer one (a pasted table of thousands of rows, a megabyte on one line)
 * is read in pieces of at most this size, each a block of its own, because masking a block
 * and finding its facts are single steps that a host cannot interrupt (issue 12: no step
 * may hold the language server for 50 ms). At about 1 ms per 8 KB, a piece costs a few ms.
 * Headings, code and HTML are never cut: a heading is one line, and code and HTML are not read.
 */
export const MAX_BLOCK_CHARS = 16 * 1024;

/**
 * Cuts text[start, end) into pieces of at most `size`: at the last line end within reach,
 * else after the last sentence end, else at the last space, else at `size` (never between
 * the halves of a surrogate pair). A line end is left out of both pieces, as it is between
 * blocks. Each cut is looked for only in the second half of the reach, so that pieces stay
 * large and few.
 */
export function* pieces(text: string, start: number, end: number, size: number): Generator<{ start: number; end: number }, void, void> {
  let from = start;
  while (end - from > size) {
    const reach = from + size;
    const floor = from + (size >> 1);
    let cut: number;
    let next: number;
    const newline = lastBetween(floor, reach, (i) => text.charCodeAt(i) === 10 /* \n */);
    if (newline >= 0) {
      cut = newline > from && text.charCodeAt(newline - 1) === 13 /* \r */ ? newline - 1 : newline;
      next = newline + 1;
    } else {
      const sentence = lastBetween(floor, reach - 1, (i) => text.charCodeAt(i) === 46 /* . */ && text.charCodeAt(i + 1) === 32);
      const space = sentence >= 0 ? -1 : lastBetween(floor, reach, (i) => text.charCodeAt(i) === 32 /* space */);
      if (sentence >= 0) cut = sentence + 2;
      else if (space >= 0) cut = space + 1;
      else cut = isHighSurrogate(text.charCodeAt(reach - 1)) ? reach - 1 : reach;
      next = cut;
    }
    yield { start: from, end: cut };
    from = next;
  }
  if (end > from) yield { start: from, end };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * The last index in [floor, to) where `is` holds, or -1. A bounded scan: `lastIndexOf` would
 * search on to the start of the text when the character is not there, which made cutting a
 * 10 MB line without a newline quadratic (7 s).
 */
function lastBetween(floor: number, to: number, is: (index: number) => boolean): number {
  for (let i = to - 1; i >= floor; i--) if (is(i)) return i;
  return -1;
}

function buildBlock(d: Descriptor, text: string, index: number, start: number, end: number, cache: MaskCache): Block {
  const { startLine, endLine, markdown } = d;
  let { kind, level } = d;
  const source = text.slice(start, end);
  let prose: string;
  let comments: readonly InlineComment[] = [];
  if (kind === 'code' || kind === 'rule') {
    prose = ' '.repeat(source.length);
  } else if (kind === 'html') {
    comments = cache.mask(source, { markdown: false }).comments;
    prose = ' '.repeat(source.length);
  } else {
    const masked = cache.mask(source, { markdown, heading: kind === 'heading' });
    prose = masked.prose;
    comments = masked.comments;
  }
  if (kind === 'paragraph' && isPseudoHeading(prose)) {
    kind = 'heading';
    level = PSEUDO_HEADING_LEVEL;
  }
  return {
    index,
    kind,
    span: { start, end },
    prose,
    level,
    startLine,
    endLine,
    comments: comments.length === 0 ? comments : comments.map((c) => ({ start: c.start + start, end: c.end + start, body: c.body })),
  };
}

/**
 * Word-processor drafts pasted into Markdown often mark headings with bold alone
 * ("**ECQ 1: Leading Change**"). A one-line paragraph that names an ECQ, a TQ or an
 * example, and is not a CCAR label followed by prose, is treated as a heading.
 */
function isPseudoHeading(prose: string): boolean {
  const text = prose.trim();
  if (text.length === 0 || text.length > 120 || text.includes('\n')) return false;
  const label = matchCcarLabel(text);
  if (label && text.length > label.length + 2) return false;
  if (/[.!?]$/.test(text) && !/^(?:ecq|m?tq|example|story)\b/i.test(text)) return false;
  // "ECQs: Driving Efficiency, Leading People" tags a story or bullet; it does not open a section.
  if (/^(?:ECQs|Competenc(?:y|ies)|Tags?)\s*:/i.test(text)) return false;
  return !!(matchEcqHeading(text) || matchTqHeading(text) || matchExampleLabel(text) || label);
}

/** markdown-it's default `maxNesting`: tokens deeper than this are never made. */
const NESTING_LIMIT = 100;
/** How close to the limit a document must come before its uncovered lines are looked for: a list level costs two. */
const NESTING_MARGIN = 4;

function markdownBlocks(source: string): Descriptor[] {
  // A long line of one thematic-break mark ("****…"): markdown-it's rule for it reads the line
  // a character at a time, 15 ms for a megabyte in one step (issue 12). What it decides is known.
  if (source.length > LONG_LINE && isThematicBreakLine(source)) return [{ kind: 'rule', startLine: 0, endLine: 1, level: 0, markdown: true }];
  // markdown-it keeps five numbers a line for the whole of what it parses, blank lines
  // included; leading blank lines begin no block, so a piece of them is never handed to it
  // (10 MB of blank lines made 1.4 GB of those arrays).
  const { skippedLines, rest } = withoutLeadingBlankLines(source);
  if (rest === '') return [];
  if (skippedLines > 0) return shifted(markdownBlocks(rest), skippedLines);
  const out: Descriptor[] = [];
  const add = (kind: BlockKind, map: [number, number] | null, level = 0): void => {
    if (map) out.push({ kind, startLine: map[0], endLine: map[1], level, markdown: true });
  };
  const tokens = parser(source).parse(source, {});
  let deepest = 0;
  let quoteDepth = 0;
  let listDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'list_item_open':
        listDepth++;
        break;
      case 'list_item_close':
        listDepth--;
        break;
      case 'heading_open':
        add('heading', t.map, Number(t.tag.slice(1)));
        break;
      case 'paragraph_open':
        add(quoteDepth > 0 ? 'quote' : listDepth > 0 ? 'listItem' : 'paragraph', t.map);
        break;
      case 'table_open':
        add(quoteDepth > 0 ? 'quote' : 'paragraph', t.map);
        while (i < tokens.length && tokens[i]!.type !== 'table_close') i++;
        break;
      case 'fence':
      case 'code_block':
        add('code', t.map);
        break;
      case 'html_block':
        add('html', t.map);
        break;
      case 'hr':
        add('rule', t.map);
        break;
      default:
        break;
    }
    if (t.level > deepest) deepest = t.level;
  }
  return deepest >= NESTING_LIMIT - NESTING_MARGIN ? withUnparsedLines(out, source) : out;
}

/** The source from its first line that is not blank (only spaces and tabs), and how many lines came before it. */
function withoutLeadingBlankLines(source: string): { skippedLines: number; rest: string } {
  let skippedLines = 0;
  let lineStart = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (endsLineAt(source, i)) {
      skippedLines++;
      lineStart = i + 1;
    } else if (c !== 32 && c !== 9 && c !== 13) {
      return { skippedLines, rest: lineStart === 0 ? source : source.slice(lineStart) };
    }
  }
  return { skippedLines, rest: '' };
}

/** A line this long is read by the shortcut above when it can be; shorter ones are markdown-it's alone. */
const LONG_LINE = 16 * 1024;

/**
 * Whether the source is one line that CommonMark reads as a thematic break: up to three
 * spaces, then three or more of one of "*", "-", "_", with only blanks between and after.
 */
function isThematicBreakLine(source: string): boolean {
  let end = source.length;
  if (source.charCodeAt(end - 1) === 10 /* \n */) end--;
  if (source.charCodeAt(end - 1) === 13 /* \r */) end--;
  let i = 0;
  while (i < end && i < 3 && source.charCodeAt(i) === 32) i++;
  const mark = source.charCodeAt(i);
  if (mark !== 42 /* * */ && mark !== 45 /* - */ && mark !== 95 /* _ */) return false;
  let marks = 0;
  for (; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === mark) marks++;
    else if (c !== 32 && c !== 9) return false;
  }
  return marks >= 3;
}

/**
 * markdown-it stops at `maxNesting` levels (a guard against deep recursion) and drops what
 * lies deeper: lists nested 50 deep would go unchecked. Near that depth, every non-blank
 * line no block covers becomes a block of its own, read as a bullet.
 */
function withUnparsedLines(blocks: Descriptor[], source: string): Descriptor[] {
  const lines = source.split('\n');
  const covered = new Uint8Array(lines.length);
  for (const b of blocks) covered.fill(1, b.startLine, Math.min(b.endLine, lines.length));
  const extra: Descriptor[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!covered[i] && lines[i]!.trim() !== '') extra.push({ kind: 'listItem', startLine: i, endLine: i + 1, level: 0, markdown: true });
  }
  return extra.length === 0 ? blocks : [...blocks, ...extra].sort((a, b) => a.startLine - b.startLine);
}

const BULLET_LINE = /^[ \t]*(?:[-*+•◦▪‣●○■□–]|\d{1,9}[.)])[ \t]+\S/;
const RULE_LINE = /^[ \t]*(?:[-*_=][ \t]*){3,}$/;
const COMMENT_LINE = /^[ \t]*<!--.*-->[ \t]*$/;

/**
 * Plain text: paragraphs are separated by blank lines; a bullet line starts its own block;
 * a short title line (an ECQ, TQ, example or CCAR label, or ALL CAPS) is a heading, also
 * when prose follows it on the next line without a blank line.
 */
/** `titleLine`: more lines that stand alone as headings, for a kind that has them (an interview's question lines). */
function plainTextBlocks(source: string, lines: LineIndex, titleLine?: (line: string) => boolean): Descriptor[] {
  const out: Descriptor[] = [];
  const add = (kind: BlockKind, startLine: number, endLine: number, level = 0): void => {
    out.push({ kind, startLine, endLine, level, markdown: false });
  };
  const count = lines.lineCount;
  const lineText = (n: number): string => source.slice(lines.lineStart(n), lines.lineEnd(n));
  let paragraphStart = -1;
  const flush = (end: number): void => {
    if (paragraphStart >= 0) add('paragraph', paragraphStart, end);
    paragraphStart = -1;
  };
  for (let n = 0; n < count; n++) {
    const line = lineText(n);
    if (line.trim() === '') {
      flush(n);
      continue;
    }
    if (COMMENT_LINE.test(line)) {
      flush(n);
      add('html', n, n + 1);
      continue;
    }
    if (RULE_LINE.test(line)) {
      flush(n);
      add('rule', n, n + 1);
      continue;
    }
    if (isTitleLine(line) || titleLine?.(line)) {
      flush(n);
      add('heading', n, n + 1, PSEUDO_HEADING_LEVEL);
      continue;
    }
    if (BULLET_LINE.test(line)) {
      flush(n);
      const first = n;
      // A bullet's wrapped continuation lines are indented or go on in lower case; the next
      // bullet, a blank line or a line that starts flush with a capital ends it (bullets
      // pasted from Word are one line each, and the paragraph after them is not part of them).
      while (n + 1 < count && lineText(n + 1).trim() !== '' && !BULLET_LINE.test(lineText(n + 1)) && !isTitleLine(lineText(n + 1)) && continuesBullet(lineText(n + 1))) n++;
      add('listItem', first, n + 1);
      continue;
    }
    if (paragraphStart < 0) paragraphStart = n;
  }
  flush(count);
  return out;
}

function continuesBullet(line: string): boolean {
  return /^[ \t]/.test(line) || !/^[A-Z]/.test(line);
}

function isTitleLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 100) return false;
  const label = matchCcarLabel(text);
  if (label) return text.length <= label.length + 1;
  if (/[.!?,;]$/.test(text)) return false;
  if (matchEcqHeading(text) || matchTqHeading(text) || matchExampleLabel(text)) return true;
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /\s/.test(text);
}
