/**
 * A posting read as lines. Announcements reach us as Markdown, as text copied from a
 * browser (one paragraph a line, headings as plain lines, list markers often lost) or as
 * HTML turned into text (html.ts). Their structure is in the lines, not in a Markdown
 * block tree: an indented line is not code, and a heading needs no `#`. So the reader
 * works on lines, each with its list marker, heading marker and bold markers read off and
 * its text kept at its offsets.
 */

export type LineMarker = 'bullet' | 'number' | 'letter' | undefined;

export interface PostingLine {
  readonly index: number;
  /** Where the line's text starts and ends in the posting text (markers and edges trimmed). */
  readonly start: number;
  readonly end: number;
  /** The text with inline markup (`**`, `__`, link targets) blanked: same length as the span. */
  readonly text: string;
  /** Columns of indentation before the marker or text. */
  readonly indent: number;
  readonly marker: LineMarker;
  /** The number of a numbered item ("3." is 3). */
  readonly listNumber: number | undefined;
  /** `#` count of a Markdown heading line. */
  readonly atxLevel: number | undefined;
  /** The whole line is bold (`**Duties**`, `**Technical Qualifications:**`). */
  readonly bold: boolean;
  /** A blank line (or the start of the text) comes before this one. */
  readonly blankBefore: boolean;
}

/**
 * Bullets as pasted from USAJOBS, Word and PDFs: the Markdown ones, "•", "◦", "▪", "·",
 * and Word's "o" for a second level. The marker must be followed by a space.
 */
const BULLET = /^(?:[-*+•◦▪▫‣○●·–—]|o(?=\s))\s+/;
/** "1." "1)" "(1)"; a number alone before a capital, as PDFs lose the dot ("1 Demonstrated"). */
const NUMBER = /^(?:\(?(\d{1,2})[.)]|\((\d{1,2})\))\s+/;
/** "a." "(b)": a lettered sub-item. Capitals are left alone: "A. Lincoln" is rarer in postings than sentences starting "A". */
const LETTER = /^\(?[a-h][.)]\s+/;
const ATX = /^(#{1,6})\s+/;
const QUOTE = /^(?:>\s?)+/;

/** Blanks inline Markdown that is not text: emphasis markers, backslash escapes, link targets. */
function maskInline(line: string): string {
  if (!/[*_\\[`]/.test(line)) return line;
  return line
    .replace(/\*\*|__|`/g, (m) => ' '.repeat(m.length))
    .replace(/\\(?=[\\`*_{}[\]()#+\-.!|])/g, ' ')
    // Neither the label nor the target holds a "[": else each "[" of a long run scanned the
    // whole bound again (300 or 500 characters per "[").
    .replace(/\[([^\][\n]{0,300})\]\([^)\s[]{0,500}(?:\s+"[^"\n]{0,200}")?\)/g, (m, label: string) => ` ${label}${' '.repeat(m.length - label.length - 1)}`)
    .replace(/(^|[\s(])\*(?=\S)|(?<=\S)\*(?=$|[\s).,;:])/g, (m) => m.replace('*', ' '));
}

export function postingLines(text: string): PostingLine[] {
  const out: PostingLine[] = [];
  let blankBefore = true;
  let at = 0;
  while (at <= text.length) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    const raw = text.slice(at, next).replace(/\r$/, '');
    if (raw.trim() === '') {
      blankBefore = true;
    } else {
      const expanded = raw.replace(/\t/g, '    ');
      let offset = raw.length - raw.trimStart().length;
      const indent = expanded.length - expanded.trimStart().length;
      let rest = raw.slice(offset);
      const quote = QUOTE.exec(rest);
      if (quote) {
        offset += quote[0].length;
        rest = rest.slice(quote[0].length);
      }
      let marker: LineMarker;
      let listNumber: number | undefined;
      let atxLevel: number | undefined;
      const atx = ATX.exec(rest);
      const bullet = atx ? null : BULLET.exec(rest);
      const number = atx || bullet ? null : NUMBER.exec(rest);
      const letter = atx || bullet || number ? null : LETTER.exec(rest);
      const consumed = atx ?? bullet ?? number ?? letter;
      if (atx) atxLevel = atx[1]!.length;
      else if (bullet) marker = 'bullet';
      else if (number) {
        marker = 'number';
        listNumber = Number(number[1] ?? number[2]);
      } else if (letter) marker = 'letter';
      if (consumed) {
        offset += consumed[0].length;
        rest = rest.slice(consumed[0].length);
      }
      // A closing run of #s on a heading line is markup too.
      let body = atxLevel !== undefined ? rest.replace(/(?:^|\s)#+\s*$/, (m) => ' '.repeat(m.length)) : rest;
      const trimmedBody = body.trimEnd();
      const boldRun = /^(\*\*|__)(.+)\1:?$/.exec(trimmedBody);
      const bold = boldRun !== null && !boldRun[2]!.includes(boldRun[1]!);
      body = maskInline(body);
      const lead = body.length - body.trimStart().length;
      const content = body.trim();
      if (content !== '') {
        const start = at + offset + lead;
        out.push({ index: out.length, start, end: start + content.length, text: content, indent, marker, listNumber, atxLevel, bold, blankBefore });
        blankBefore = false;
      } else {
        blankBefore = true;
      }
    }
    at = next + 1;
  }
  return out;
}

/** Collapses runs of white space, as TQs and titles are compared word for word. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
