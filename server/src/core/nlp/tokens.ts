/**
 * Word tokens of a block's prose. Offsets are relative to the prose string, which has the
 * same length as the block's source (markup is masked with spaces), so `start` maps
 * straight back to the source.
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly text: string;
  /** Lower-case, with typographic apostrophes folded to ASCII. */
  readonly lower: string;
}

// Letters and digits, joined by apostrophes, periods (U.S, 4.3), hyphens, slashes and ampersands.
const WORD = /[\p{L}\p{N}]+(?:['’.&\-/][\p{L}\p{N}]+)*/gu;

export function tokenize(prose: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(prose)) !== null) {
    const text = m[0];
    tokens.push({ start: m.index, end: m.index + text.length, text, lower: text.toLowerCase().replace(/’/g, "'") });
  }
  return tokens;
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
