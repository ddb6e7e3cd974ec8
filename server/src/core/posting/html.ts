import { Parser } from 'htmlparser2';

/**
 * A job posting saved from USAJOBS (or an agency page) as HTML, turned into Markdown-like
 * text that the posting reader reads like any other: headings become `#` lines, list items
 * `- ` or `1. ` lines, bold runs `**…**`, other blocks paragraphs. Scripts, styles, the page
 * head, navigation and hidden elements are dropped.
 *
 * The tokenising is htmlparser2's: it knows attribute quoting (so `<p title="a > b">` leaks
 * nothing), raw-text elements such as `<script>`, and decodes every character reference of
 * the HTML5 list, with the browser's rules for the legacy ones written without a semicolon.
 * It reports the source range of every tag and every text run or reference, so each
 * character of the result remembers where it came from in the HTML, and findings and
 * highlights land on the source the user opened.
 */

export interface ConvertedText {
  readonly text: string;
  /** The source offset of text offset `i` (`i` may equal `text.length`). */
  toSource(offset: number): number;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'header', 'main', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'thead', 'tbody',
  'blockquote', 'pre', 'form', 'fieldset', 'figure', 'figcaption', 'hr', 'address', 'details', 'summary', 'caption',
]);
/** Elements whose content is never posting text: code, controls, and page chrome (navigation, side panels of similar jobs, the footer). */
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'title', 'noscript', 'svg', 'template', 'iframe', 'button', 'select', 'nav', 'aside', 'footer', 'object', 'canvas', 'math']);
const BOLD_TAGS = new Set(['b', 'strong']);
/** Characters that carry no text: the soft hyphen would otherwise split "orga­nization" in two. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const SPACE = /\s/;

function hidden(attributes: Readonly<Record<string, string>>): boolean {
  if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
  const style = attributes['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function htmlToText(html: string): ConvertedText {
  const out: string[] = [];
  const offsets: number[] = [];
  let pendingSpace = -1;
  let atLineStart = true;
  /** Depth inside a skipped element; 0 outside. */
  let skipDepth = 0;
  /** An open bold run whose `**` is written only when text follows, so empty ones leave nothing. */
  let boldOpenAt = -1;
  let boldWritten = false;

  const push = (ch: string, at: number): void => {
    // Markup the converter writes (a space, "**") may be placed after text that comes later
    // in the source; offsets never go back, so that a range of the text is a range of the file.
    // At the end of the input the parser can report a position one past it.
    const source = Math.min(html.length, Math.max(at, offsets.length > 0 ? offsets[offsets.length - 1]! : 0));
    out.push(ch);
    offsets.push(source);
    // Astral characters take two UTF-16 units; each unit maps to the same source offset.
    if (ch.length > 1) offsets.push(source);
  };
  const emit = (text: string, source: number): void => {
    for (const ch of text) push(ch, source);
    atLineStart = text.endsWith('\n');
  };
  const dropTrailingSpaces = (): void => {
    while (out.length > 0 && out[out.length - 1] === ' ') {
      out.pop();
      offsets.pop();
    }
  };
  const breakBlock = (source: number): void => {
    closeBold(source);
    pendingSpace = -1;
    if (out.length === 0) return;
    dropTrailingSpaces();
    const tail = out.slice(-2).join('');
    if (tail === '\n\n') return;
    emit(tail.endsWith('\n') ? '\n' : '\n\n', source);
  };
  const closeBold = (source: number): void => {
    if (boldOpenAt < 0) return;
    if (boldWritten) {
      dropTrailingSpaces();
      emit('**', source);
    }
    boldOpenAt = -1;
    boldWritten = false;
  };
  /** A run of decoded text, every character of it at `source` … `source + length` in the HTML. */
  const text = (chunk: string, start: number, end: number): void => {
    // A character reference decodes to fewer characters than its source; all map to its start.
    const exact = end - start === chunk.length;
    for (let k = 0; k < chunk.length; k++) {
      const ch = chunk[k]!;
      const source = exact ? start + k : start;
      if (INVISIBLE.test(ch)) continue;
      if (SPACE.test(ch)) {
        if (!atLineStart) pendingSpace = source;
        continue;
      }
      if (boldOpenAt >= 0 && !boldWritten) {
        if (pendingSpace >= 0) emit(' ', pendingSpace);
        pendingSpace = -1;
        emit('**', boldOpenAt);
        boldWritten = true;
      }
      if (pendingSpace >= 0) {
        emit(' ', pendingSpace);
        pendingSpace = -1;
      }
      push(ch, source);
      atLineStart = false;
    }
  };

  // Numbered lists keep their numbers, so that "1." items read as numbered in the text.
  const lists: { ordered: boolean; next: number }[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const start = parser.startIndex;
        if (skipDepth > 0 || SKIPPED_TAGS.has(name) || hidden(attributes)) {
          skipDepth++;
          return;
        }
        if (/^h[1-6]$/.test(name)) {
          breakBlock(start);
          emit(`${'#'.repeat(Number(name[1]))} `, start);
        } else if (name === 'ol' || name === 'ul') {
          breakBlock(start);
          const first = Number.parseInt(attributes['start'] ?? '1', 10);
          lists.push({ ordered: name === 'ol', next: Number.isFinite(first) ? first : 1 });
        } else if (name === 'li') {
          breakBlock(start);
          const list = lists[lists.length - 1];
          emit(list?.ordered ? `${list.next++}. ` : '- ', start);
        } else if (name === 'br') {
          closeBold(start);
          pendingSpace = -1;
          dropTrailingSpaces();
          emit('\n', start);
        } else if (name === 'td' || name === 'th') {
          if (!atLineStart) pendingSpace = start;
        } else if (BOLD_TAGS.has(name)) {
          if (boldOpenAt < 0) boldOpenAt = start;
        } else if (BLOCK_TAGS.has(name)) {
          breakBlock(start);
        }
      },
      onclosetag(name) {
        const start = parser.startIndex;
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (/^h[1-6]$/.test(name) || name === 'li' || BLOCK_TAGS.has(name)) breakBlock(start);
        if (name === 'ol' || name === 'ul') lists.pop();
        else if (BOLD_TAGS.has(name)) closeBold(start);
      },
      ontext(data) {
        if (skipDepth === 0) text(data, parser.startIndex, parser.endIndex + 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  closeBold(html.length);
  while (out.length > 0 && (out[out.length - 1] === ' ' || out[out.length - 1] === '\n')) {
    out.pop();
    offsets.pop();
  }
  const result = out.join('');
  offsets.push(html.length);
  return { text: result, toSource: (offset) => offsets[Math.max(0, Math.min(offset, offsets.length - 1))]! };
}
