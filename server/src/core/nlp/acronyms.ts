import { Token, tokenAt, Tokens } from './tokens';

/**
 * Acronym uses and definitions in a block.
 *
 * An acronym is a word with at least two capitals and no more lower-case letters than
 * capitals: "USDA", "CIOs", "DoD", "FedRAMP", "U.S.". A definition is either
 * "Long Form (ACR)" or "ACR (Long Form)"; the long form, when it can be read, feeds the
 * quick fix that spells the acronym out where it is missing.
 */

export interface AcronymUse {
  readonly start: number;
  readonly end: number;
  /** Normalised: dots removed, plural "s" removed: "U.S." → "US", "CIOs" → "CIO". */
  readonly acronym: string;
}

export interface AcronymDefinition extends AcronymUse {
  readonly longForm: string | undefined;
}

const STOP = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', '&', 'a', 'an', 'at', 'by']);

function normalise(part: string): string | undefined {
  let p = part.replace(/\./g, '');
  if (p.length >= 3 && p.endsWith('s') && /[A-Z]$/.test(p.slice(0, -1))) p = p.slice(0, -1);
  // Leading letters of letter+digit codes: "FY2024" → "FY", "COVID-19" handled by split.
  const lead = /^([A-Za-z&]+)\d+$/.exec(p);
  if (lead) p = lead[1]!;
  const upper = p.replace(/[^A-Z]/g, '').length;
  const lower = p.replace(/[^a-z]/g, '').length;
  if (upper < 2 || lower > upper || !/^[A-Z]/.test(p)) return undefined;
  // CamelCase words ("McKinsey", "JavaScript") have long lower-case runs.
  if (/[a-z]{3,}/.test(p) && upper < 4) return undefined;
  // Roman numerals: "II", "IV", "XII".
  if (/^[IVXLC]+$/.test(p) && p.length <= 4) return undefined;
  return p;
}

const NONE: { acronym: string; start: number; end: number }[] = [];

/** The acronyms a token carries; "FAC-P/PM" carries "FAC" and "PM". */
export function acronymsInToken(token: Token): { acronym: string; start: number; end: number }[] {
  // Most words have at most one capital and cannot be acronyms; skip them cheaply.
  if (token.caps < 2) return NONE;
  // "FS-2026-0117", "GS-0301-15": a code with numbered parts, not an acronym.
  if (/[-/]\d{3,}/.test(token.text)) return NONE;
  // "MH-60T", "KC-46A", "F-35": a model's designation, its name rather than an acronym to spell out.
  if (/^[A-Z]{1,5}-\d{1,4}[A-Z]{0,2}$/.test(token.text)) return NONE;
  const out: { acronym: string; start: number; end: number }[] = [];
  const re = /[^\-/]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(token.text)) !== null) {
    // "DLA's" is a use of "DLA"; the possessive is not part of it.
    const part = m[0].replace(/['’]s$/, '');
    const acronym = normalise(part);
    if (acronym) out.push({ acronym, start: token.start + m.index, end: token.start + m.index + part.length });
  }
  return out;
}

/**
 * Reads a block's acronym uses and definitions. Blocks that are mostly capitals (titles,
 * shouted headings) are skipped: their capitals are not acronyms.
 */
export function readAcronyms(tokens: Tokens, prose: string): { uses: AcronymUse[]; definitions: AcronymDefinition[] } {
  const uses: AcronymUse[] = [];
  const definitions: AcronymDefinition[] = [];
  // Titles and shouted headings are mostly capitals; their capitals are not acronyms.
  let letters = 0;
  let upperLetters = 0;
  for (let i = 0; i < tokens.length; i++) {
    letters += tokens.end[i]! - tokens.start[i]!;
    upperLetters += tokens.caps[i]!;
  }
  if (letters >= 12 && upperLetters / letters > 0.6) return { uses, definitions };

  for (let i = 0; i < tokens.length; i++) {
    if (tokens.caps[i]! < 2) continue;
    const token = tokenAt(tokens, i);
    for (const found of acronymsInToken(token)) {
      uses.push(found);
      const openParen = prose[token.start - 1] === '(';
      // "(NAVFAC)", "(U.S.)", and "(PACT Act)": a name's short form may keep its last word.
      const closeParen = prose[token.end] === ')' || (prose[token.end] === '.' && prose[token.end + 1] === ')') || /^ [A-Z][a-z]{1,12}\)/.test(prose.slice(token.end, token.end + 15));
      if (openParen && closeParen && i > 0) {
        // "Long Form (ACR)"
        definitions.push({ ...found, longForm: longFormBefore(tokens, i, found.acronym) });
      } else if (prose[token.end] === ' ' && prose[token.end + 1] === '(' && i + 1 < tokens.length) {
        // "ACR (Long Form)": at least two words inside, whose initials include the acronym's.
        const close = prose.indexOf(')', token.end + 2);
        if (close > 0 && close - token.end < 120) {
          const inside = prose.slice(token.end + 2, close).trim();
          const initials = inside.split(/\s+/).filter((w) => w !== '' && !STOP.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
          if (inside.includes(' ') && initials.startsWith(found.acronym.replace(/[^A-Z]/g, '').slice(0, 2))) {
            definitions.push({ ...found, longForm: inside });
          }
        }
      }
    }
  }
  return { uses, definitions };
}

/** Words that may sit inside a name: "Office of Management and Budget". */
const NAME_JOINERS = new Set(['of', 'and', 'the', 'for', '&']);

/**
 * The words before "(ACR)" that it abbreviates: the shortest run whose initials spell the
 * acronym ("agency chief information officer (CIO)"); else the shortest whose initials
 * begin with it ("Centers for Disease Control and Prevention (CDC)"); else the run of
 * capitalised words ("Naval Facilities Engineering Systems Command (NAVFAC)").
 */
function longFormBefore(tokens: Tokens, index: number, acronym: string): string | undefined {
  const letters = acronym.replace(/[^A-Z]/g, '');
  const window: Token[] = [];
  for (let j = index - 1; j >= 0 && window.length < letters.length + 6; j--) window.unshift(tokenAt(tokens, j));
  const initialsOf = (run: Token[]): string => run.filter((w) => !STOP.has(w.lower)).map((w) => w.text[0]!.toUpperCase()).join('');
  const startsWithWord = (run: Token[]): boolean => run.length > 0 && !STOP.has(run[0]!.lower);
  let prefixMatch: Token[] | undefined;
  for (let startAt = window.length - 1; startAt >= 0; startAt--) {
    const run = window.slice(startAt);
    if (!startsWithWord(run)) continue;
    const initials = initialsOf(run);
    if (initials === letters) return run.map((w) => w.text).join(' ');
    if (!prefixMatch && initials.length > letters.length && initials.startsWith(letters) && /^[A-Z]/.test(run[0]!.text)) prefixMatch = run;
    if (initials.length > letters.length + 2) break;
  }
  if (prefixMatch) return prefixMatch.map((w) => w.text).join(' ');
  const capitalised: Token[] = [];
  for (let j = window.length - 1; j >= 0; j--) {
    const w = window[j]!;
    if (/^[A-Z]/.test(w.text)) capitalised.unshift(w);
    else if (NAME_JOINERS.has(w.lower) && capitalised.length > 0) capitalised.unshift(w);
    else break;
  }
  while (capitalised.length > 0 && NAME_JOINERS.has(capitalised[0]!.lower)) capitalised.shift();
  return capitalised.length > 0 ? capitalised.map((w) => w.text).join(' ') : undefined;
}
