/**
 * A job posting saved from USAJOBS as HTML, turned into Markdown-like text that the
 * posting parser reads like any other: headings become `#` lines, list items `- ` lines,
 * other blocks paragraphs; scripts, styles and the page head are dropped and character
 * references decoded. Every character of the result remembers where it came from in the
 * HTML, so that findings and highlights land on the source the user opened.
 *
 * This is not a full HTML parser: a saved posting is well-formed enough, and the text is
 * all the analyser needs.
 */

export interface ConvertedText {
  readonly text: string;
  /** The source offset of text offset `i` (`i` may equal `text.length`). */
  toSource(offset: number): number;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'thead', 'tbody',
  'blockquote', 'pre', 'form', 'fieldset', 'figure', 'figcaption', 'hr', 'address',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'noscript', 'svg', 'template', 'iframe', 'button', 'select']);

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”',
  bull: '•', middot: '·', hellip: '…', copy: '©', reg: '®', trade: '™', sect: '§', para: '¶', deg: '°', eacute: 'é', times: '×',
};

function decodeReference(body: string): string | undefined {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const code = Number.parseInt(body.slice(2), 16);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  if (body.startsWith('#')) {
    const code = Number.parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_REFERENCES[body.toLowerCase()];
}

export function htmlToText(html: string): ConvertedText {
  const out: string[] = [];
  const offsets: number[] = [];
  let pendingSpace = -1;
  let atLineStart = true;
  let skipping: string | undefined;

  const emit = (text: string, source: number): void => {
    for (const ch of text) {
      out.push(ch);
      offsets.push(source);
      if (ch.length > 1) offsets.push(source);
    }
    atLineStart = text.endsWith('\n');
  };
  const breakBlock = (source: number): void => {
    pendingSpace = -1;
    if (out.length === 0) return;
    // Trailing spaces before a break carry nothing.
    while (out.length > 0 && out[out.length - 1] === ' ') {
      out.pop();
      offsets.pop();
    }
    const tail = out.slice(-2).join('');
    if (tail === '\n\n') return;
    emit(tail.endsWith('\n') ? '\n' : '\n\n', source);
  };
  const text = (chunk: string, source: number): void => {
    for (let k = 0; k < chunk.length; k++) {
      const ch = chunk[k]!;
      if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f') {
        if (!atLineStart) pendingSpace = source + k;
        continue;
      }
      if (pendingSpace >= 0) {
        emit(' ', pendingSpace);
        pendingSpace = -1;
      }
      emit(ch, source + k);
    }
  };

  // Numbered lists keep their numbers, so that "1." items read as numbered in the text.
  const lists: { ordered: boolean; next: number }[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (!skipping && end > i) {
      // Character references inside the run.
      let j = i;
      while (j < end) {
        const amp = html.indexOf('&', j);
        if (amp < 0 || amp >= end) {
          text(html.slice(j, end), j);
          break;
        }
        text(html.slice(j, amp), j);
        const semi = html.indexOf(';', amp);
        const decoded = semi > amp && semi - amp <= 10 ? decodeReference(html.slice(amp + 1, semi)) : undefined;
        if (decoded !== undefined) {
          text(decoded === ' ' ? ' ' : decoded, amp);
          j = semi + 1;
        } else {
          text('&', amp);
          j = amp + 1;
        }
      }
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) {
      if (!skipping) text(html.slice(lt), lt);
      break;
    }
    const tag = /^<\s*(\/)?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 40)));
    i = gt + 1;
    if (!tag) continue; // <!DOCTYPE …>, stray "<"
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (skipping) {
      if (closing && name === skipping) skipping = undefined;
      continue;
    }
    if (SKIPPED_TAGS.has(name)) {
      if (!closing && !html.slice(lt, gt).endsWith('/')) skipping = name;
      continue;
    }
    if (/^h[1-6]$/.test(name)) {
      breakBlock(lt);
      if (!closing) emit(`${'#'.repeat(Number(name[1]))} `, lt);
    } else if (name === 'ol' || name === 'ul') {
      breakBlock(lt);
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', next: 1 });
    } else if (name === 'li') {
      breakBlock(lt);
      const list = lists[lists.length - 1];
      if (!closing) emit(list?.ordered ? `${list.next++}. ` : '- ', lt);
    } else if (name === 'br') {
      pendingSpace = -1;
      emit('\n', lt);
    } else if (name === 'td' || name === 'th') {
      if (!closing) pendingSpace = lt;
    } else if (BLOCK_TAGS.has(name)) {
      breakBlock(lt);
    }
  }
  while (out.length > 0 && (out[out.length - 1] === ' ' || out[out.length - 1] === '\n')) {
    out.pop();
    offsets.pop();
  }
  const result = out.join('');
  offsets.push(n);
  return { text: result, toSource: (offset) => offsets[Math.max(0, Math.min(offset, offsets.length - 1))]! };
}
