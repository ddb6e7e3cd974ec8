import { Tokens, WordMemo } from './tokens';

/**
 * Matches many word patterns against a token stream in one pass, with a trie keyed by
 * lower-case tokens: O(tokens × longest pattern), whatever the number of patterns.
 * One regex alternation of hundreds of phrases would backtrack at every position.
 *
 * Pattern syntax (written in the rule tables):
 * - words separated by spaces: `was responsible for`
 * - alternatives with `|`: `was|were responsible for`
 * - an optional word with a trailing `?`: `have? always believed`
 * - `#` for any number after the first word: `throughout my # year? career` ("my 30 year career", "my 30-year career")
 *
 * Alternatives are per word: `i am|i'm` means "i am" or "i i'm". Write phrases of
 * different shapes as separate entries.
 */

export interface PhraseMatch<T> {
  /** Token index of the first and one past the last matched token. */
  readonly firstToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
  readonly entry: T;
}

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  entries: T[];
}

function node<T>(): TrieNode<T> {
  return { next: new Map(), entries: [] };
}

/** Expands a pattern into the literal token sequences it stands for. */
export function expandPattern(pattern: string): string[][] {
  const slots = pattern
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((slot) => {
      const optional = slot.endsWith('?');
      const alternatives = (optional ? slot.slice(0, -1) : slot).split('|').filter(Boolean);
      return optional ? [...alternatives, ''] : alternatives;
    });
  let sequences: string[][] = [[]];
  for (const alternatives of slots) {
    sequences = sequences.flatMap((seq) => alternatives.map((alt) => (alt === '' ? seq : [...seq, alt])));
  }
  return sequences.filter((s) => s.length > 0);
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = node();
  /** The trie node a token's word starts, by word: most tokens start none. */
  private starts = this.newStarts();

  private newStarts(): WordMemo<TrieNode<T> | null> {
    return new WordMemo((word) => this.root.next.get(word) ?? null);
  }

  add(pattern: string, entry: T): this {
    this.starts = this.newStarts();
    for (const sequence of expandPattern(pattern)) {
      let current = this.root;
      for (const word of sequence) {
        let child = current.next.get(word);
        if (!child) {
          child = node();
          current.next.set(word, child);
        }
        current = child;
      }
      current.entries.push(entry);
    }
    return this;
  }

  /**
   * All longest matches, left to right, not overlapping: at each token the longest
   * pattern that starts there wins, and matching resumes after it.
   */
  match(tokens: Tokens): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    this.forEachMatch(tokens, (firstToken, endToken, entry) => {
      out.push({ firstToken, endToken, start: tokens.start[firstToken]!, end: tokens.end[endToken - 1]!, entry });
    });
    return out;
  }

  /** The same matches as `match`, without allocating a result per match. */
  forEachMatch(tokens: Tokens, onMatch: (firstToken: number, endToken: number, entry: T) => void): void {
    const starts = this.starts;
    const words = tokens.lower;
    const n = tokens.length;
    for (let i = 0; i < n; ) {
      const start = starts.get(tokens, i);
      if (!start) {
        i++;
        continue;
      }
      let current: TrieNode<T> | undefined = start;
      let bestEnd = start.entries.length > 0 ? i + 1 : -1;
      let bestEntries = start.entries;
      for (let j = i + 1; j < n; j++) {
        current = current.next.get(words[j]!) ?? (startsWithDigit(words[j]!) ? current.next.get(NUMBER_SLOT) : undefined);
        if (!current) break;
        if (current.entries.length > 0) {
          bestEnd = j + 1;
          bestEntries = current.entries;
        }
      }
      if (bestEnd > 0) {
        for (const entry of bestEntries) onMatch(i, bestEnd, entry);
        i = bestEnd;
      } else {
        i++;
      }
    }
  }

  /** The first entry of the longest pattern that starts at token `at` and ends by `end`. */
  longestAt(tokens: Tokens, at: number, end: number): T | undefined {
    if (at >= end) return undefined;
    let current: TrieNode<T> | null | undefined = this.starts.get(tokens, at);
    let best: T | undefined;
    for (let j = at + 1; current; j++) {
      if (current.entries.length > 0) best = current.entries[0];
      if (j >= end) break;
      current = current.next.get(tokens.lower[j]!) ?? (startsWithDigit(tokens.lower[j]!) ? current.next.get(NUMBER_SLOT) : undefined);
    }
    return best;
  }
}

/** The pattern word that stands for any number. */
const NUMBER_SLOT = '#';

function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}
