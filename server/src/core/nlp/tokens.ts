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
  /** The interned lower-case word's number (see WordMemo), or -1 for a word that is not interned. */
  id: Int32Array;
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
    this.id = new Int32Array(capacity);
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

  push(start: number, end: number, text: string, lower: string, caps: number, id: number): void {
    const i = this.length;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.caps[i] = caps > 255 ? 255 : caps;
    this.id[i] = id;
    this.text[i] = text;
    this.lower[i] = lower;
    this.length = i + 1;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const caps = new Uint8Array(size);
    const id = new Int32Array(size);
    start.set(this.start);
    end.set(this.end);
    caps.set(this.caps);
    id.set(this.id);
    this.start = start;
    this.end = end;
    this.caps = caps;
    this.id = id;
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
 *
 * An open-addressing table over typed arrays rather than a Map: a 2 MB draft has about
 * 350,000 words, each looked up once or twice, and the Map's lookups were most of the
 * tokenizer's time.
 */
class InternTable {
  private hashes = new Int32Array(1 << 12);
  private words: (string | undefined)[] = new Array<string | undefined>(1 << 12);
  private ids = new Int32Array(1 << 12);
  size = 0;
  /** The word found or added by the last `get`. */
  lastId = 0;

  /** The interned word prose[start, end), lower-cased when `fold`; `hash` is the caller's hash of it. */
  get(hash: number, prose: string, start: number, end: number, fold: boolean): string {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    for (;;) {
      const word = this.words[slot];
      if (word === undefined) break;
      if (this.hashes[slot] === hash && (fold ? sameLowerWord(word, prose, start, end) : sameWord(word, prose, start, end))) {
        this.lastId = this.ids[slot]!;
        return word;
      }
      slot = (slot + 1) & mask;
    }
    let word = prose.slice(start, end);
    if (fold) word = word.toLowerCase();
    this.hashes[slot] = hash;
    this.words[slot] = word;
    this.ids[slot] = this.lastId = this.size;
    if (++this.size * 2 > this.hashes.length) this.grow();
    return word;
  }

  clear(): void {
    this.hashes = new Int32Array(1 << 12);
    this.words = new Array<string | undefined>(1 << 12);
    this.ids = new Int32Array(1 << 12);
    this.size = 0;
  }

  private grow(): void {
    const { hashes, words, ids } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.words = new Array<string | undefined>(hashes.length * 2);
    this.ids = new Int32Array(hashes.length * 2);
    const mask = this.hashes.length - 1;
    for (let k = 0; k < hashes.length; k++) {
      const word = words[k];
      if (word === undefined) continue;
      let slot = hashes[k]! & mask;
      while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[k]!;
      this.words[slot] = word;
      this.ids[slot] = ids[k]!;
    }
  }
}

const MAX_INTERNED = 100_000;
const lowerTable = new InternTable();
const rawTable = new InternTable();
/** Changes when the tables are emptied and word numbers start again; WordMemo checks it. */
let internEpoch = 0;

/**
 * A value computed once per distinct word rather than once per token: whether a word is a
 * number word, which trie node a phrase starting with it reaches, and the like. Interned
 * words carry a number (`Tokens.id`), so a lookup is an array read instead of a hash
 * lookup; other words are computed each time. Values must not be `undefined`.
 */
export class WordMemo<T> {
  private values: (T | undefined)[] = [];
  private epoch = -1;

  constructor(private readonly compute: (lower: string) => T) {}

  get(tokens: Tokens, i: number): T {
    const id = tokens.id[i]!;
    if (id < 0) return this.compute(tokens.lower[i]!);
    if (this.epoch !== internEpoch) {
      this.values = [];
      this.epoch = internEpoch;
    }
    const values = this.values;
    let value = id < values.length ? values[id] : undefined;
    if (value === undefined) {
      value = this.compute(tokens.lower[i]!);
      // Filled in order, so the array stays packed rather than turning into a dictionary.
      while (values.length < id) values.push(undefined);
      values[id] = value;
    }
    return value;
  }
}

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

function rawHash(prose: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + prose.charCodeAt(k)) | 0;
  return h;
}

/** ASCII letters and digits. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

const isSpaceCode = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

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
  // Memory follows the drafts seen lately, not every word ever seen. The tables are emptied
  // only between blocks, so that every word number in one Tokens belongs to one epoch.
  if (lowerTable.size >= MAX_INTERNED || rawTable.size >= MAX_INTERNED) {
    lowerTable.clear();
    rawTable.clear();
    internEpoch++;
  }
  let i = 0;
  // The visible length is counted here too, since this loop visits every character.
  let visible = 0;
  let pendingSpace = false;
  while (i < n) {
    let code = prose.charCodeAt(i);
    if (code < 128 ? !isAsciiWordChar(code) : !isWordChar(code, prose, i)) {
      if (isSpaceCode(code)) {
        pendingSpace = visible > 0;
        // A run of blanks in one tight loop: a pasted megabyte of spaces is one step (issue 12).
        while (i + 1 < n && isSpaceCode(prose.charCodeAt(i + 1))) i++;
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
    let id = -1;
    if (!ascii) {
      // Other scripts, accents and typographic apostrophes: the full Unicode rules apply.
      text = prose.slice(start, i);
      lower = text.toLowerCase().replace(/’/g, "'");
    } else {
      lower = lowerTable.get(hash, prose, start, i, true);
      id = lowerTable.lastId;
      text = caps === 0 ? lower : rawTable.get(rawHash(prose, start, i), prose, start, i, false);
    }
    tokens.push(start, i, text, lower, caps, id);
    visible += i - start;
  }
  tokens.visibleLength = visible;
  return tokens;
}
