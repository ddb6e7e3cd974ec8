import { tokenAt, Tokens, WordMemo } from './tokens';
import { DURATION_UNITS, MONTH_NAMES, NUMBER_WORDS } from './lexicon';
import { Scratch } from '../text/scratch';

/**
 * Which tokens state a quantity: a number, a percentage, a sum of money, a count, a
 * duration or a multiplier ("doubled", "half"). Years, dates and codes are not
 * quantities: "in 2024" says when, not how much, and "GS-15" or "FY2024" are labels.
 */

const YEAR = /^(?:19|20)\d\d$/;
const HAS_DIGIT = /\d/;
const CODE_LIKE = /[A-Za-z]/; // digits mixed with letters: GS-15, FY2024, COVID-19
const DATE_LIKE = /^\d{1,2}\/(?:\d{1,2}\/)?\d{2,4}$/;

/** "12-member", "5-state", "10-year": a count joined to its noun. Codes start with letters ("GS-15", "F-35"). */
const COUNTED_COMPOUND = /^\d+(?:\.\d+)?-[a-z]+$/;
/** "$4M", "$1.2B", "$500K": a sum with its scale as a letter. */
const SCALED_SUM = /^\d+(?:\.\d+)?(?:k|m|mm|b|bn|t)$/i;

/** "five-state", "three-county": a number word joined to its noun ("one-time" and "one-on-one" are no count). */
function spelledCompound(word: string): boolean {
  const dash = word.indexOf('-');
  if (dash <= 0) return false;
  const head = word.slice(0, dash);
  return head !== 'one' && head !== 'none' && head !== 'zero' && NUMBER_WORDS.has(head);
}

/** Words that can state a quantity without a digit. */
const canCount = new WordMemo((word) => NUMBER_WORDS.has(word) || word === 'percent' || word === 'percentage' || word === 'a' || word === 'one' || spelledCompound(word));

/** Words before a number that make it a name: "Section 508", "Title 38", "Public Law 117". None is also a verb ("order 500 laptops"). */
const PROVISIONS = new Set(['section', 'title', 'chapter', 'article', 'law', 'directive', 'circular', 'subpart', 'appendix', 'annex', 'interstate', 'highway', 'suite', 'docket']);

const FRACTIONS = new Set(['third', 'quarter', 'fifth', 'tenth', 'half']);

const flagsScratch = new Scratch((n) => new Uint8Array(n));

/** Words after "zero" that make a name rather than a figure: "zero trust", "zero tolerance". */
const ZERO_TERMS = new Set(['trust', 'tolerance', 'sum']);

/**
 * One flag per token. The array is reused by the next call: read it only below
 * `tokens.length`, and before calling again.
 */
export function quantityFlags(tokens: Tokens, prose: string, plural: (word: string) => boolean): Uint8Array {
  const flags = flagsScratch.zeroed(tokens.length);
  const words = tokens.lower;
  for (let i = 0; i < tokens.length; i++) {
    const word = words[i]!;
    const first = word.charCodeAt(0);
    const digit = first >= 48 && first <= 57;
    // Only digits and a few words can state a quantity; most tokens leave here.
    if (!digit && !canCount.get(tokens, i)) continue;
    // "a" counts only before a fraction ("a third"): the commonest word, so decide it here.
    if (word === 'a' && !FRACTIONS.has(tokens.word(i + 1))) continue;
    const t = tokenAt(tokens, i);
    const before = prose[t.start - 1];
    const after = prose[t.end];
    const next = tokens.word(i + 1);
    if (digit || HAS_DIGIT.test(t.text)) {
      if ((before === '$' && SCALED_SUM.test(t.text)) || COUNTED_COMPOUND.test(t.lower)) {
        flags[i] = 1;
        continue;
      }
      if (CODE_LIKE.test(t.text) || DATE_LIKE.test(t.text)) continue;
      if (before === '$' || after === '%' || next === 'percent') {
        flags[i] = 1;
        continue;
      }
      if (YEAR.test(t.text)) {
        // "2000 employees" counts; "in 2024" does not.
        if (plural(next) || DURATION_UNITS.has(next)) flags[i] = 1;
        continue;
      }
      if (MONTH_NAMES.has(tokens.word(i - 1)) && Number(t.text) <= 31) continue; // "September 28"
      if (PROVISIONS.has(tokens.word(i - 1))) continue; // "Section 508", "Title 38"
      flags[i] = 1;
      continue;
    }
    if (t.lower === 'percent' || t.lower === 'percentage' || spelledCompound(t.lower)) {
      flags[i] = 1;
    } else if (NUMBER_WORDS.has(t.lower)) {
      if (t.lower === 'none' || t.lower === 'zero') {
        // "zero trust architecture", "zero tolerance": the name of an approach, not a count.
        flags[i] = next === 'of' || ZERO_TERMS.has(next) ? 0 : 1;
      } else {
        flags[i] = 1;
      }
    } else if ((t.lower === 'a' || t.lower === 'one') && /^(?:third|quarter|fifth|tenth|half)$/.test(next)) {
      flags[i] = 1;
    } else if (t.lower === 'one' && (DURATION_UNITS.has(next) || plural(next))) {
      flags[i] = 1;
    }
  }
  return flags;
}
