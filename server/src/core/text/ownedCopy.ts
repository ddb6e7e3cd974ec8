/**
 * A copy of `text` that refers to no other string.
 *
 * V8 represents `s.slice(a, b)` (13 characters or more) as a pointer into `s`, and `a + b` as
 * a pair of pointers, so a string kept from a document keeps the whole document alive. A
 * cache that outlives documents (FactsCache, over thousands of edits) must store owned
 * copies: otherwise every entry pins an old version of the whole draft (254 MiB after 2,000
 * edits of a 200 KB draft, issue 12).
 *
 * Prepending one character makes a pair whose slice V8 cannot take without first flattening
 * the pair into a new string; the slice then points into that new string, which holds only
 * this text and one extra character.
 */
export function ownedCopy(text: string): string {
  return (' ' + text).slice(1);
}
