import { stemmer } from 'stemmer';
import { tokenize, Tokens, WordMemo } from '../nlp/tokens';

/**
 * Words as the posting comparison sees them: stemmed (Porter, through the `stemmer`
 * package) so that "modernize", "modernized" and "modernization" are one term, and with
 * hyphenated words split ("zero-trust" is "zero trust"). Words with digits are kept as
 * written, lower-cased; acronyms are kept in capitals, so that "IT" never meets the
 * pronoun "it".
 */

export interface TermWord {
  /** Offsets in the text the words were read from. */
  readonly start: number;
  readonly end: number;
  /** Lower-case, as written. */
  readonly lower: string;
  /** The stem; an acronym's is its capitals ("FISMA", "M&O"). */
  readonly stem: string;
  /** Starts with a capital letter. */
  readonly capitalised: boolean;
  /** Two or more capitals: an acronym such as FISMA or M&O. */
  readonly acronym: boolean;
  /** Where the word sits in a hyphenated compound ("mission-critical"): a phrase never starts or ends inside one. */
  readonly compound: 'none' | 'first' | 'middle' | 'last';
}

/** The stem of one lower-case word. */
export function stemWord(lower: string): string {
  if (lower.length <= 2 || /[^a-z']/.test(lower)) return lower;
  return stemmer(lower.replace(/'s$|'$/, ''));
}

const stemOf = new WordMemo(stemWord);

/** Reused between calls: the words of one block at a time. */
const buffer = new Tokens(256);

/** The words of `prose`, hyphenated words split into their parts. */
export function termWords(prose: string): TermWord[] {
  const tokens = tokenize(prose, buffer);
  const out: TermWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens.lower[i]!;
    const start = tokens.start[i]!;
    const caps = tokens.caps[i]!;
    const first = prose.charCodeAt(start);
    const capitalised = first >= 65 && first <= 90;
    if (lower.includes('-') && !/\d/.test(lower)) {
      const parts = lower.split('-');
      let offset = 0;
      parts.forEach((part, k) => {
        if (part !== '') {
          const s = start + offset;
          const partFirst = prose.charCodeAt(s);
          const compound = k === 0 ? 'first' : k === parts.length - 1 ? 'last' : 'middle';
          out.push({ start: s, end: s + part.length, lower: part, stem: stemWord(part), capitalised: partFirst >= 65 && partFirst <= 90, acronym: false, compound });
        }
        offset += part.length + 1;
      });
      continue;
    }
    const acronym = caps >= 2 && caps >= lower.replace(/[^a-z]/g, '').length - caps;
    out.push({ start, end: tokens.end[i]!, lower, stem: acronym ? prose.slice(start, tokens.end[i]!) : stemOf.get(tokens, i), capitalised, acronym, compound: 'none' });
  }
  return out;
}

/** The stems of a phrase written in words, e.g. a variant from the lexicon. */
export function stemsOf(phrase: string): string[] {
  return termWords(phrase).map((w) => w.stem);
}

export function termKey(stems: readonly string[]): string {
  return stems.join(' ');
}
