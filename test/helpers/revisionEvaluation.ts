import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { CalendarDate } from '../../server/src/core/rules/context';
import { RevisionFinding, reviewRevision, RevisionReview, VersionFile } from '../../server/src/core/revision/review';

/**
 * Scores revision review against the hand-written sidecars of `test/fixtures/revisions/`
 * (see its README): how many findings that did not change are reported as still open, and
 * how many of those reported fixed and new are right.
 */

export const REVISIONS_DIR = path.resolve(__dirname, '../../../test/fixtures/revisions');

/** The date the sidecars were written against: the 2012 example is stale, the rest recent. */
export const REVISIONS_TODAY: CalendarDate = { year: 2026, month: 12, day: 7 };

interface ExpectedFinding {
  readonly ecq: string | null;
  readonly rule: string;
  readonly quote: string;
  readonly near: string;
}

interface Sidecar {
  readonly open: readonly ExpectedFinding[];
  readonly fixed: readonly ExpectedFinding[];
  readonly new: readonly ExpectedFinding[];
}

export interface PairScore {
  readonly name: string;
  readonly expectedOpen: number;
  /** Expected open findings reported as open. */
  readonly openFound: number;
  readonly reportedFixed: number;
  readonly rightFixed: number;
  readonly expectedFixed: number;
  readonly reportedNew: number;
  readonly rightNew: number;
  readonly expectedNew: number;
  /** What went wrong, one line each, for the failure message. */
  readonly misses: readonly string[];
}

function readVersion(folder: string): VersionFile[] {
  const out: VersionFile[] = [];
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else out.push({ path: path.relative(folder, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(folder);
  return out;
}

/** The blind pairs (written by someone who never saw the matcher; see its README). */
export const REVISIONS_HOLDOUT_DIR = path.join(REVISIONS_DIR, 'holdout');

export function revisionPairs(root = REVISIONS_DIR): string[] {
  return fs
    .readdirSync(root)
    .filter((name) => fs.existsSync(path.join(root, name, 'expected.json')))
    .sort();
}

export function reviewPair(name: string, root = REVISIONS_DIR): RevisionReview {
  const dir = path.join(root, name);
  return reviewRevision(readVersion(path.join(dir, 'old')), readVersion(path.join(dir, 'new')), { config: DEFAULT_CONFIG, today: REVISIONS_TODAY });
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

function fits(expected: ExpectedFinding, ecq: string | null, f: RevisionFinding): boolean {
  if (expected.rule !== f.finding.ruleId || expected.ecq !== ecq) return false;
  if (!f.quote.includes(expected.quote.toLowerCase())) return false;
  return lineAt(f.document.text, f.finding.span.start).toLowerCase().includes(expected.near.toLowerCase());
}

/** Pairs reported findings with expected entries one to one; returns how many reported ones found an entry, and the leftovers. */
type Reported = { ecq: string | null; finding: RevisionFinding };
function pairUp(expected: readonly ExpectedFinding[], reported: readonly Reported[]): { right: number; unexpected: Reported[]; unreported: ExpectedFinding[] } {
  const used = new Set<number>();
  const unexpected: Reported[] = [];
  for (const r of reported) {
    const i = expected.findIndex((e, k) => !used.has(k) && fits(e, r.ecq, r.finding));
    if (i < 0) unexpected.push(r);
    else used.add(i);
  }
  return { right: used.size, unexpected, unreported: expected.filter((_, k) => !used.has(k)) };
}

export function scorePair(name: string, root = REVISIONS_DIR): PairScore {
  const sidecar = JSON.parse(fs.readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as Sidecar;
  const review = reviewPair(name, root);
  const flat = (pick: (s: RevisionReview['sections'][number]) => readonly RevisionFinding[]) => review.sections.flatMap((s) => pick(s).map((finding) => ({ ecq: s.group.ecq, finding })));
  const open = pairUp(sidecar.open, flat((s) => s.open));
  const fixed = pairUp(sidecar.fixed, flat((s) => s.fixed));
  const added = pairUp(sidecar.new, flat((s) => s.added));
  const describe = (what: string, r: { ecq: string | null; finding: RevisionFinding }): string => `${name}: ${what} ${r.finding.finding.ruleId} "${r.finding.quote.slice(0, 40)}" in ${r.ecq ?? r.finding.path} (line ${lineAt(r.finding.document.text, r.finding.finding.span.start).slice(0, 60)}…)`;
  const misses = [
    ...open.unreported.map((e) => `${name}: expected open, not reported open: ${e.rule} "${e.quote}" near "${e.near}"`),
    ...fixed.unexpected.map((r) => describe('reported fixed, not expected fixed:', r)),
    ...added.unexpected.map((r) => describe('reported new, not expected new:', r)),
    ...fixed.unreported.map((e) => `${name}: expected fixed, not reported fixed: ${e.rule} "${e.quote}" near "${e.near}"`),
    ...added.unreported.map((e) => `${name}: expected new, not reported new: ${e.rule} "${e.quote}" near "${e.near}"`),
  ];
  return {
    name,
    expectedOpen: sidecar.open.length,
    openFound: open.right,
    reportedFixed: flat((s) => s.fixed).length,
    rightFixed: fixed.right,
    expectedFixed: sidecar.fixed.length,
    reportedNew: flat((s) => s.added).length,
    rightNew: added.right,
    expectedNew: sidecar.new.length,
    misses,
  };
}

/** The figures the README records: open kept, and fixed/new precision and recall, over all pairs. */
export function summarise(scores: readonly PairScore[]): { openKept: number; fixedPrecision: number; fixedRecall: number; newPrecision: number; newRecall: number } {
  const sum = (f: (s: PairScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    openKept: ratio(sum((s) => s.openFound), sum((s) => s.expectedOpen)),
    fixedPrecision: ratio(sum((s) => s.rightFixed), sum((s) => s.reportedFixed)),
    fixedRecall: ratio(sum((s) => s.rightFixed), sum((s) => s.expectedFixed)),
    newPrecision: ratio(sum((s) => s.rightNew), sum((s) => s.reportedNew)),
    newRecall: ratio(sum((s) => s.rightNew), sum((s) => s.expectedNew)),
  };
}
