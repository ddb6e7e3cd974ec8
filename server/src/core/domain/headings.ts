import { ALL_ECQS, ECQ_SETS, EcqDefinition, EcqSetId } from './ecqSets';

/**
 * Recognises ECQ, TQ, example and CCAR-label headings, tolerant of numbering
 * ("ECQ 1:", "1.", "ECQ #2 -"), case and small wording differences.
 */

const STOP_WORDS = new Set(['the', 'and', 'of', 'to', 'a', 'an', 'in', 'for', 'ecq', 'ecqs', 'executive', 'core', 'qualification', 'qualifications']);

/** Crude stem so that "Lead"/"Leading", "Result"/"Results" and "Drive"/"Driving" meet. */
function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function contentStems(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.filter((w) => !STOP_WORDS.has(w)).map(stem);
}

interface AliasKey {
  readonly ecq: EcqDefinition;
  readonly stems: readonly string[];
}

const aliasKeys: AliasKey[] = ALL_ECQS.flatMap((ecq) =>
  [ecq.name, ...ecq.aliases].map((alias) => ({ ecq, stems: contentStems(alias) })),
);

/** What a heading's leading number says, e.g. "ECQ 3" or "3.". */
// No two runs of blanks may meet (as in `\s*#?\s*`): when the match fails, a backtracking
// engine tries every way to split the run between them, quadratic in its length. Each
// second run is reachable only after the character that separates them (`(?:#\s*)?`).
const NUMBER_PREFIX = /^\s*(?:ecq\s*(?:#\s*)?(\d)|(\d)\s*[.):]|#\s*(\d))\s*(?:[-–—:.)]+\s*)?/i;
const ECQ_ONLY = /^\s*ecq\s*(?:#\s*)?(\d)\s*(?:[-–—:.)]+\s*)?$/i;

export interface EcqHeadingMatch {
  /** Candidates, one per set when the name exists in both ("Leading People"). */
  readonly candidates: readonly EcqDefinition[];
  /** The number written in the heading, if any. */
  readonly number: number | undefined;
}

/**
 * Whether every word is in the set. A loop, not `every` with a closure: this runs for each
 * alias of every ECQ on every heading, and 100,000 headings made a gigabyte of closures.
 */
function allIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (!set.has(w)) return false;
  return true;
}

/**
 * Matches a heading's text against both ECQ sets. A name matches when every content
 * word of one of its aliases appears in the heading, so "ECQ 2 – Leading People (Example)"
 * still matches. A heading that is only "ECQ 3" returns no candidates but a number,
 * which the caller resolves once the document's set is known.
 */
export function matchEcqHeading(headingText: string): EcqHeadingMatch | undefined {
  const numberMatch = NUMBER_PREFIX.exec(headingText);
  const number = numberMatch ? Number(numberMatch[1] ?? numberMatch[2] ?? numberMatch[3]) : undefined;
  if (ECQ_ONLY.test(headingText)) return { candidates: [], number };

  const text = headingText.replace(NUMBER_PREFIX, '');
  // Long headings are prose, not titles; the longest ECQ name has 11 content-bearing words.
  if (text.length > 140) return undefined;
  const stems = new Set(contentStems(text));
  if (stems.size === 0) return undefined;

  let best: { ecq: EcqDefinition; score: number }[] = [];
  for (const key of aliasKeys) {
    if (key.stems.length === 0 || !allIn(key.stems, stems)) continue;
    // Prefer the alias that explains the most of the heading.
    const score = key.stems.length;
    const existing = best.find((b) => b.ecq.id === key.ecq.id);
    if (existing) existing.score = Math.max(existing.score, score);
    else best.push({ ecq: key.ecq, score });
  }
  if (best.length === 0) return undefined;
  // A heading must be mostly the ECQ's name: "Leading people through the 2019 reorganization"
  // as an example title should not open a new ECQ. Allow a few extra words (labels such as
  // "narrative" or the applicant's name).
  const top = Math.max(...best.map((b) => b.score));
  best = best.filter((b) => b.score === top);
  const extra = stems.size - top;
  if (extra > 4 && !/^\s*ecq\b/i.test(headingText)) return undefined;
  // A name in both sets lists first the ECQ whose number was written with it: "ECQ 2:
  // Leading People" is the pre-2025 set's (the 2025 set numbers it 4).
  const fitsNumber = (e: EcqDefinition): number => (number !== undefined && e.number === number ? 0 : 1);
  return { candidates: best.map((b) => b.ecq).sort((a, b) => fitsNumber(a) - fitsNumber(b)), number };
}

/**
 * The ECQ set a heading points to, if only one: by its name, or, for a name in both sets
 * ("Leading People"), by the number written with it. Undefined when it could be either.
 */
export function setOfHeading(match: EcqHeadingMatch): EcqSetId | undefined {
  const sets = new Set(match.candidates.map((c) => c.set));
  if (sets.size === 1) return match.candidates[0]!.set;
  const numbered = match.candidates.filter((c) => c.number === match.number);
  return numbered.length > 0 && numbered.every((c) => c.set === numbered[0]!.set) ? numbered[0]!.set : undefined;
}

/** Resolves a match to one ECQ, given the set the document uses (or is configured to use). */
export function resolveEcq(match: EcqHeadingMatch, set: EcqSetId | undefined): EcqDefinition | undefined {
  if (match.candidates.length === 1) return match.candidates[0];
  if (match.candidates.length > 1) {
    return match.candidates.find((c) => c.set === set) ?? match.candidates[0];
  }
  if (match.number !== undefined && set) {
    return ECQ_SETS[set].ecqs.find((e) => e.number === match.number);
  }
  return undefined;
}

/**
 * TQ, MTQ, PTQ and "Technical Qualification N" headings. The number is required: a title
 * such as "Technical Qualifications: Jordan Ellison" names the document, not one TQ. Runs of
 * blanks never meet (see NUMBER_PREFIX), and the title starts at a non-blank so that it
 * cannot share the blanks before it either.
 */
const TQ_HEADING =
  /^\s*(?:(M|P)?TQ|(?:(?:mandatory|professional)\s*)?technical\s+qualifications?|(?:mandatory|professional)\s+technical\s+competenc(?:y|ies))\s*(?:#\s*)?(\d+)\b\s*(?:[-–—:.)]\s*)?(\S.*|)$/i;

export interface TqHeadingMatch {
  /** "MTQ 1", "TQ 2", "PTQ 3", as the posting would label it. */
  readonly label: string;
  readonly number: number;
  readonly title: string;
}

export function matchTqHeading(headingText: string): TqHeadingMatch | undefined {
  const m = TQ_HEADING.exec(headingText);
  if (!m) return undefined;
  const prefix = m[1] ? `${m[1].toUpperCase()}TQ` : 'TQ';
  const number = Number(m[2]);
  return { label: `${prefix} ${number}`, number, title: (m[3] ?? '').trim() };
}

/**
 * "Example 1", "Example 2: Title", "Story 3", "Second example". As in TQ_HEADING, runs of
 * blanks never meet, and the title starts at a non-blank, so a failed match backtracks
 * through each run once.
 */
const EXAMPLE_LABEL =
  /^\s*(?:example|story|accomplishment)\s*(?:#\s*)?(\d+|one|two|three|four|five|[ivx]+)?\b\s*(?:[-–—:.)]\s*)?(\S.*|)$|^\s*(?:first|second|third|fourth)\s+(?:example|story)\b/i;

export function matchExampleLabel(text: string): { title: string } | undefined {
  const m = EXAMPLE_LABEL.exec(text);
  if (!m) return undefined;
  return { title: (m[2] ?? '').trim() };
}

export type CcarPartKind = 'challenge' | 'context' | 'action' | 'result';

export const CCAR_PARTS: readonly CcarPartKind[] = ['challenge', 'context', 'action', 'result'];

export const CCAR_LABELS: Readonly<Record<CcarPartKind, string>> = {
  challenge: 'Challenge',
  context: 'Context',
  action: 'Action',
  result: 'Result',
};

/**
 * A CCAR label at the start of a line: "Challenge:", "Actions –", "Challenge/Context:".
 * STAR's "Situation" and "Task" map to context and challenge, so drafts written to that
 * formula still get credit for their parts.
 */
const CCAR_LABEL =
  /^(challenge|context|situation|task|actions?|results?)(?:\s*(?:\/|and|&)\s*(challenge|context|situation|task|actions?|results?))?\s*(?::|[-–—]\s|\.\s|$)/i;

export function matchCcarLabel(text: string): { parts: CcarPartKind[]; length: number } | undefined {
  const m = CCAR_LABEL.exec(text);
  if (!m) return undefined;
  const parts = [m[1]!, m[2]].filter((x): x is string => !!x).map(toPart);
  return { parts, length: m[0].length };
}

function toPart(label: string): CcarPartKind {
  const l = label.toLowerCase();
  if (l === 'challenge' || l === 'task') return 'challenge';
  if (l === 'context' || l === 'situation') return 'context';
  if (l.startsWith('action')) return 'action';
  return 'result';
}
