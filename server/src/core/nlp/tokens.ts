/**
 * The word tokens of a block's prose, as parallel arrays. Offsets are relative to the
 * prose string, which has the same length as the block's source (markup is masked with
 * spaces), so `start[i]` maps straight back to the source.
 *
 * Arrays rather than an object per word, and a buffer that can be reused from one block
 * to the next: a cold analysis of a 2 MB package meets about 350,000 words, and making and
 * collecting an object (or fresh arrays) for each block was the largest cost in the
 * benchmark's profile. Entries at `length` and beyond are stale: read only below `length`.
 */
export class Tokens {
  start: Int32Array;
  end: Int32Array;
  /** How many ASCII capitals each word has; acronym and pronoun checks start here. */
  caps: Uint8Array;
  /** As written. */
  readonly text: string[] = [];
  /** Lower-case, with typographic apostrophes folded to ASCII. */
  readonly lower: string[] = [];
  length = 0;
  /** Characters as the reader sees them: runs of white space count as one, leading and trailing none. */
  visibleLength = 0;
  /** Positions of straight (") and curly (“ ”) double quotes, for finding quotations. */
  readonly quoteMarks: number[] = [];

  constructor(capacity = 64) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.caps = new Uint8Array(capacity);
  }

  /** Empties the buffer for the next block, keeping its memory. */
  clear(): void {
    this.length = 0;
    this.visibleLength = 0;
    this.quoteMarks.length = 0;
  }

  /** The lower-case word at `i`, or '' past the end: for look-ahead without stale reads. */
  word(i: number): string {
    return i >= 0 && i < this.length ? this.lower[i]! : '';
  }

  push(start: number, end: number, text: string, lower: string, caps: number): void {
    const i = this.length;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.caps[i] = caps > 255 ? 255 : caps;
    this.text[i] = text;
    this.lower[i] = lower;
    this.length = i + 1;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const caps = new Uint8Array(size);
    start.set(this.start);
    end.set(this.end);
    caps.set(this.caps);
    this.start = start;
    this.end = end;
    this.caps = caps;
  }
}

/** One token read out of `Tokens`, for the few places that want an object. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly caps: number;
}

export function tokenAt(tokens: Tokens, i: number): Token {
  return { start: tokens.start[i]!, end: tokens.end[i]!, text: tokens.text[i]!, lower: tokens.lower[i]!, caps: tokens.caps[i]! };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // Non-ASCII: letters and digits of any script; surrogate pairs are checked whole.
  return LETTER_OR_DIGIT.test(code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text[i]!);
}

/** Characters that join word parts: U.S, 4.3, re-engineer, and/or, AT&T, don't. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 38 || code === 45 || code === 47;
}

/**
 * Interned words. A draft's vocabulary is small and its words repeat, so each distinct
 * word is allocated once and shared; the garbage collector then has almost nothing to do
 * for a cold analysis. Lookups hash the characters in place, so no string is made to
 * find one.
 */
const MAX_INTERNED = 200_000;
let internedCount = 0;
const lowerTable = new Map<number, string | string[]>();
const rawTable = new Map<number, string | string[]>();

function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  return code === 0x2019 ? 39 : code;
}

/** Does `candidate` equal prose[start, end) lower-cased? ASCII only; other words are not interned. */
function sameLowerWord(candidate: string, prose: string, start: number, end: number): boolean {
  if (candidate.length !== end - start) return false;
  for (let k = 0; k < candidate.length; k++) {
    let c = prose.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (candidate.charCodeAt(k) !== c) return false;
  }
  return true;
}

function sameWord(candidate: string, prose: string, start: number, end: number): boolean {
  if (candidate.length !== end - start) return false;
  for (let k = 0; k < candidate.length; k++) if (candidate.charCodeAt(k) !== prose.charCodeAt(start + k)) return false;
  return true;
}

function intern(table: Map<number, string | string[]>, hash: number, prose: string, start: number, end: number, fold: boolean): string {
  const bucket = table.get(hash);
  if (typeof bucket === 'string') {
    if (fold ? sameLowerWord(bucket, prose, start, end) : sameWord(bucket, prose, start, end)) return bucket;
  } else if (bucket) {
    for (const w of bucket) if (fold ? sameLowerWord(w, prose, start, end) : sameWord(w, prose, start, end)) return w;
  }
  if (internedCount >= MAX_INTERNED) {
    lowerTable.clear();
    rawTable.clear();
    internedCount = 0;
  }
  let word = prose.slice(start, end);
  if (fold) word = word.toLowerCase();
  internedCount++;
  const current = table.get(hash);
  if (current === undefined) table.set(hash, word);
  else if (typeof current === 'string') table.set(hash, [current, word]);
  else current.push(word);
  return word;
}

function rawHash(prose: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + prose.charCodeAt(k)) | 0;
  return h;
}

/** ASCII letters and digits. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Splits prose into word tokens: runs of letters and digits, joined by apostrophes,
 * periods, hyphens, slashes and ampersands when a letter or digit follows. Written as a
 * scanner rather than a regex because it hashes each word as it reads it, for interning.
 * Pass `into` to reuse a buffer; it is cleared first.
 */
export function tokenize(prose: string, into: Tokens = new Tokens()): Tokens {
  const n = prose.length;
  const tokens = into;
  tokens.clear();
  let i = 0;
  // The visible length is counted here too, since this loop visits every character.
  let visible = 0;
  let pendingSpace = false;
  while (i < n) {
    let code = prose.charCodeAt(i);
    if (code < 128 ? !isAsciiWordChar(code) : !isWordChar(code, prose, i)) {
      if (code === 32 || code === 10 || code === 13 || code === 9) {
        pendingSpace = visible > 0;
      } else {
        if (pendingSpace) visible++;
        pendingSpace = false;
        visible++;
        if (code === 34 || code === 0x201c || code === 0x201d) tokens.quoteMarks.push(i);
      }
      i++;
      continue;
    }
    if (pendingSpace) visible++;
    pendingSpace = false;
    const start = i;
    let caps = 0;
    let ascii = true;
    let hash = 0;
    for (;;) {
      // The hot loop: ASCII letters and digits.
      while (i < n) {
        code = prose.charCodeAt(i);
        if (code >= 97 && code <= 122) hash = (Math.imul(hash, 31) + code) | 0;
        else if (code >= 65 && code <= 90) {
          caps++;
          hash = (Math.imul(hash, 31) + code + 32) | 0;
        } else if (code >= 48 && code <= 57) hash = (Math.imul(hash, 31) + code) | 0;
        else break;
        i++;
      }
      if (i >= n) break;
      if (code >= 128 && isWordChar(code, prose, i)) {
        ascii = false;
        i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
        continue;
      }
      if (isJoiner(code) && i + 1 < n && isWordChar(prose.charCodeAt(i + 1), prose, i + 1)) {
        hash = (Math.imul(hash, 31) + lowerCode(code)) | 0;
        if (code === 0x2019) ascii = false;
        i++;
        continue;
      }
      break;
    }
    let text: string;
    let lower: string;
    if (!ascii) {
      // Other scripts, accents and typographic apostrophes: the full Unicode rules apply.
      text = prose.slice(start, i);
      lower = text.toLowerCase().replace(/’/g, "'");
    } else {
      lower = intern(lowerTable, hash, prose, start, i, true);
      text = caps === 0 ? lower : intern(rawTable, rawHash(prose, start, i), prose, start, i, false);
    }
    tokens.push(start, i, text, lower, caps);
    visible += i - start;
  }
  tokens.visibleLength = visible;
  return tokens;
}
