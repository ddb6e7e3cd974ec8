import { tokenAt, Tokens } from './tokens';

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/**
 * Year mentions and whether each dates the story.
 *
 * A year dates the story unless its context says otherwise (ses-domain.md §2.2: nothing
 * older than ten years). These mentions do not date the story, and recency.stale's docs
 * list them:
 * - law names: "Privacy Act of 1974", "Federal Information Security Modernization Act of 2014";
 * - baselines: "since 2016", "the first time since 2016", "compared with 2015";
 * - the age of a thing, not of the story: "a 1987-era mainframe", "built in 1987",
 *   "dating from 1998", "in service since 1995", "software from 1999";
 * - the start of a range that ends later: "2014–2019", "from 2013 to 2021" (the end counts).
 */

export interface YearMention {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  /** 1–12 when the text gives the month ("September 2012", "09/2012"). */
  readonly month: number | undefined;
  /** True when the mention does not date the story. */
  readonly exempt: boolean;
}

const FOUR_DIGIT = /^(?:19|20)\d\d$/;
const FISCAL = /^fy(?:-)?(\d{2}|\d{4})$/i;

const BASELINE_BEFORE = new Set(['since', 'than']);
const AGE_BEFORE = /(?:built|installed|created|founded|established|enacted|passed|written|designed|dating|dates|dated)\s+(?:back\s+)?(?:in|from|to)\s*$|\b(?:in service|in use|in place|around) since\s*$|\bcompared (?:with|to)\s*$|\bvintage\s*$/i;
/** "software from 1999", "a system from the 1980s": the age of a thing, not of the story. */
const THING_FROM = /\b(?:system|systems|software|equipment|code|platform|platforms|mainframe|application|applications|hardware|technology|building|buildings|facility|facilities|network|infrastructure|servers?|computers?)\s+(?:dating\s+)?from\s*$/i;
/** "the 1944 Water Treaty", "the 2018 Farm Bill": a year that names an agreement or a law. */
const LAW_AFTER = /^\s+(?:[A-Z][\w-]*\s+){0,3}(?:Treaty|Act|Accords?|Agreement|Compact|Convention|Protocol|Amendments?|Bill|Law|Plan)\b/;
const LAW_BEFORE = /\b(?:Act|Amendments?|Law|Code|Regulation|Order|Statute|Resolution)\s+of\s*$/;

const PRESENT = new Set(['present', 'today', 'now', 'current']);
const RANGE_WORDS = new Set(['to', 'through', 'until', 'and']);

export function readYears(tokens: Tokens, prose: string): YearMention[] {
  const out: YearMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Years start with 1 or 2, fiscal years with F, dates with a digit and a slash: skip every other token cheaply.
    const text = tokens.text[i]!;
    const first = text.charCodeAt(0);
    if (first !== 49 && first !== 50 && first !== 70 && first !== 102 && !(first >= 48 && first <= 57 && text.includes('/'))) continue;
    // A year is four digits, or two joined by a dash ("2014-2019"); "14" and "240" are counts.
    if ((first === 49 || first === 50) && text.length !== 4 && text.length !== 9 && !text.includes('/')) continue;
    // A fiscal year is "FY24" or "FY2024"; "for", "from" and "federal" are not.
    if ((first === 70 || first === 102) && (text.length < 4 || (text.charCodeAt(1) | 32) !== 121)) continue;
    const t = tokenAt(tokens, i);
    // "2014-2019" is one token: the start of a range that ends later does not date the story.
    const joined = /^((?:19|20)\d\d)-((?:19|20)\d\d)$/.exec(t.text);
    if (joined) {
      const first = Number(joined[1]);
      const second = Number(joined[2]);
      out.push({ start: t.start, end: t.start + 4, year: first, month: undefined, exempt: second > first });
      out.push({ start: t.end - 4, end: t.end, year: second, month: undefined, exempt: false });
      continue;
    }
    let year: number | undefined;
    let month: number | undefined;
    if (FOUR_DIGIT.test(t.text)) {
      year = Number(t.text);
      // "September 2012", "September 28, 2012"
      const prev1 = tokens.word(i - 1);
      const prev2w = tokens.word(i - 2);
      month = MONTHS[prev1] ?? (/^\d{1,2}$/.test(prev1) ? MONTHS[prev2w] : undefined);
    } else {
      const fy = FISCAL.exec(t.text);
      if (fy) year = fy[1]!.length === 2 ? 2000 + Number(fy[1]) : Number(fy[1]);
      // "09/2012", "9/30/2012"
      const slash = /^(\d{1,2})\/(?:\d{1,2}\/)?((?:19|20)\d\d)$/.exec(t.text);
      if (slash) {
        year = Number(slash[2]);
        const m = Number(slash[1]);
        if (m >= 1 && m <= 12) month = m;
      }
    }
    if (year === undefined) continue;
    // Money and percentages are amounts, not years: "$2010", "2015%".
    if (prose[t.start - 1] === '$' || prose[t.end] === '%') continue;
    const before = prose.slice(Math.max(0, t.start - 40), t.start);
    const after = prose.slice(t.end, t.end + 12);
    const prev = tokens.word(i - 1);
    const prev2 = tokens.word(i - 2);
    let exempt =
      LAW_BEFORE.test(before) ||
      LAW_AFTER.test(prose.slice(t.end, t.end + 60)) ||
      BASELINE_BEFORE.has(prev) ||
      (prev === 'time' && prev2 === 'first') ||
      /^(?:-|\s+)(?:era|vintage)\b/.test(after) ||
      AGE_BEFORE.test(before) ||
      THING_FROM.test(before);
    const next = i + 1 < tokens.length ? tokenAt(tokens, i + 1) : undefined;
    if (!exempt && next) {
      const gap = prose.slice(t.end, next.start);
      if (/^\s*[-–—]\s*$/.test(gap)) {
        // "2014–2019", "2014 – present"
        exempt = (FOUR_DIGIT.test(next.text) && Number(next.text) > year) || PRESENT.has(next.lower);
      } else if (RANGE_WORDS.has(next.lower)) {
        // "2014 to 2019", "from 2014 through the present"
        const thirdIndex = tokens.word(i + 2) === 'the' ? i + 3 : i + 2;
        const third = thirdIndex < tokens.length ? tokenAt(tokens, thirdIndex) : undefined;
        exempt = !!third && ((FOUR_DIGIT.test(third.text) && Number(third.text) > year) || PRESENT.has(third.lower));
      }
    }
    out.push({ start: t.start, end: t.end, year, month, exempt });
  }
  return out;
}
