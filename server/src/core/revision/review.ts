import { analyze } from '../analyze';
import { FactsCache } from '../analysis/facts';
import { AnalyzerConfig } from '../config';
import { CCAR_PARTS, CcarPartKind } from '../domain/headings';
import { DocumentModel, Example } from '../parse/document';
import { DocumentKind } from '../parse/kind';
import { crossFileFindings, withCrossFileFindings } from '../project';
import { buildReadinessReport, ReadinessReport, ScorePartName } from '../report/readiness';
import { sectionCharacters } from '../rules/checks/package';
import { CalendarDate } from '../rules/context';
import { Finding } from '../rules/types';
import { anchorFindings, AnchoredFinding, contentWords, FindingGroup, groupAt, normalise, overlap } from './anchors';
import { matchFindings } from './match';

/**
 * Revision review: what changed between two versions of a draft or a package, per ECQ. The
 * findings fixed, new and still open (matched by `match.ts`), the readiness score before and
 * after with its parts, the length, and the examples rewritten, added or dropped with the CCAR
 * parts each gained or lost. Sections are matched by their ECQ, never by their place in a file,
 * so a section moved, or a package split into files, compares with itself.
 *
 * Pure: the caller reads the files (from disk or from git) and passes their text.
 */

export interface VersionFile {
  /** Relative to the version's root, the same way in both versions, so a file is known by its path. */
  readonly path: string;
  readonly text: string;
}

export interface RevisionOptions {
  readonly config: AnalyzerConfig;
  readonly today: CalendarDate;
  /** Treat every file as this kind (`--kind`). */
  readonly kind?: DocumentKind;
}

export interface AnalysedFile {
  readonly path: string;
  readonly document: DocumentModel;
  readonly findings: readonly Finding[];
}

/** A finding in one version, with the words it is on. */
export interface RevisionFinding {
  readonly path: string;
  readonly document: DocumentModel;
  readonly finding: Finding;
  readonly quote: string;
}

/** A finding in both versions: where it is now, and where it was. */
export interface OpenFinding extends RevisionFinding {
  readonly before: RevisionFinding;
}

export interface Length {
  readonly characters: number;
  readonly pages: number;
}

export type ExampleChange = 'unchanged' | 'rewritten' | 'added' | 'dropped';

export interface ExampleReview {
  /** The example's heading or opening words, in the new version (the old one when dropped). */
  readonly label: string;
  readonly change: ExampleChange;
  /** CCAR parts present before and after; empty for the side it is not on. */
  readonly partsBefore: readonly CcarPartKind[];
  readonly partsAfter: readonly CcarPartKind[];
  readonly gained: readonly CcarPartKind[];
  readonly lost: readonly CcarPartKind[];
}

export interface ScoreChange {
  /** 0–100; null when the version has no report for the ECQ (a TQ, the package). */
  readonly before: number | null;
  readonly after: number | null;
  readonly parts: readonly { readonly name: ScorePartName; readonly label: string; readonly before: number | null; readonly after: number | null }[];
}

export interface SectionReview {
  readonly group: FindingGroup;
  /** In the old version only, the new only, or both. */
  readonly presence: 'both' | 'old' | 'new';
  readonly fixed: readonly RevisionFinding[];
  readonly added: readonly RevisionFinding[];
  readonly open: readonly OpenFinding[];
  readonly score: ScoreChange | undefined;
  readonly length: { readonly before: Length; readonly after: Length };
  readonly examples: readonly ExampleReview[];
}

export interface RevisionReview {
  readonly sections: readonly SectionReview[];
  readonly totals: { readonly fixed: number; readonly added: number; readonly open: number };
  readonly score: { readonly before: number; readonly after: number };
  readonly length: { readonly before: Length; readonly after: Length };
  readonly before: readonly AnalysedFile[];
  readonly after: readonly AnalysedFile[];
}

/** Analyses one version as `ecq lint` would: each file, then the findings across its files. */
export function analyseVersion(files: readonly VersionFile[], options: RevisionOptions): AnalysedFile[] {
  const analysed = files.map((f) => {
    const result = analyze(f.text, { path: f.path, config: options.config, today: options.today, cache: new FactsCache(), ...(options.kind ? { kind: options.kind } : {}) });
    return { path: f.path, document: result.document, findings: result.findings };
  });
  const drafts = analysed.filter((f) => f.document.kind !== 'posting');
  const { findings } = crossFileFindings({ members: drafts.map((d) => ({ path: d.path, document: d.document })), config: options.config });
  return drafts.map((d) => {
    const more = findings.get(d.path);
    return more ? { ...d, findings: withCrossFileFindings(d.findings, more) } : d;
  });
}

/** Compares two versions of a package. */
export function reviewRevision(before: readonly VersionFile[], after: readonly VersionFile[], options: RevisionOptions): RevisionReview {
  return reviewAnalysed(analyseVersion(before, options), analyseVersion(after, options), options);
}

/** Compares two analysed versions (for a caller that already has the analyses). */
export function reviewAnalysed(before: readonly AnalysedFile[], after: readonly AnalysedFile[], options: RevisionOptions): RevisionReview {
  const anchorsBefore = before.flatMap((f) => anchorFindings(f.path, f.document, f.findings));
  const anchorsAfter = after.flatMap((f) => anchorFindings(f.path, f.document, f.findings));
  const match = matchFindings(anchorsBefore, anchorsAfter);
  const reportBefore = scoreReport(before, options);
  const reportAfter = scoreReport(after, options);

  const groups = new Map<string, { group: FindingGroup; fixed: RevisionFinding[]; added: RevisionFinding[]; open: OpenFinding[]; inBefore: boolean; inAfter: boolean }>();
  const entry = (group: FindingGroup) => {
    let e = groups.get(group.key);
    if (!e) {
      e = { group, fixed: [], added: [], open: [], inBefore: false, inAfter: false };
      groups.set(group.key, e);
    }
    return e;
  };
  for (const f of before) for (const s of f.document.sections) entry(groupAt(f.path, f.document, s.span.start)).inBefore = true;
  for (const f of after) for (const s of f.document.sections) entry(groupAt(f.path, f.document, s.span.start)).inAfter = true;
  for (const f of match.fixed) entry(f.group).fixed.push(shown(f));
  for (const f of match.added) entry(f.group).added.push(shown(f));
  // An open finding is listed where it is now: a paragraph moved to another ECQ takes it along.
  for (const { before: b, after: a } of match.open) entry(a.group).open.push({ ...shown(a), before: shown(b) });

  const sections = [...groups.values()].sort((a, b) => groupOrder(a.group) - groupOrder(b.group) || (a.group.label < b.group.label ? -1 : a.group.label > b.group.label ? 1 : 0));
  const perPage = options.config.limits.charactersPerPage;
  const lengthOf = (files: readonly AnalysedFile[], key?: string): Length => {
    let characters = 0;
    for (const f of files) for (const s of f.document.sections) if (key === undefined || groupAt(f.path, f.document, s.span.start).key === key) characters += sectionCharacters(f.document, s);
    return { characters, pages: Math.round((characters / perPage) * 100) / 100 };
  };

  const reviewed: SectionReview[] = sections.map((s) => ({
    group: s.group,
    presence: s.inBefore === s.inAfter ? 'both' : s.inBefore ? 'old' : 'new',
    fixed: s.fixed,
    added: s.added,
    open: s.open,
    score: scoreChange(s.group, reportBefore, reportAfter),
    length: { before: lengthOf(before, s.group.key), after: lengthOf(after, s.group.key) },
    examples: reviewExamples(examplesOf(before, s.group.key), examplesOf(after, s.group.key)),
  }));

  return {
    sections: reviewed,
    totals: { fixed: match.fixed.length, added: match.added.length, open: match.open.length },
    score: { before: reportBefore?.overall ?? 0, after: reportAfter?.overall ?? 0 },
    length: { before: lengthOf(before), after: lengthOf(after) },
    before,
    after,
  };
}

function shown(f: AnchoredFinding): RevisionFinding {
  return { path: f.path, document: f.document, finding: f.finding, quote: f.quote };
}

/** ECQs in their set's order, then TQs, then the package, then other files. */
function groupOrder(g: FindingGroup): number {
  if (g.ecqNumber !== null) return g.ecqNumber;
  if (g.key.startsWith('tq:')) return 100;
  if (g.key === 'package') return 200;
  return 300;
}

function scoreReport(files: readonly AnalysedFile[], options: RevisionOptions): ReadinessReport | undefined {
  if (files.length === 0) return undefined;
  return buildReadinessReport(files, { config: options.config, today: options.today });
}

function scoreChange(group: FindingGroup, before: ReadinessReport | undefined, after: ReadinessReport | undefined): ScoreChange | undefined {
  if (group.ecqId === null) return undefined;
  const was = before?.ecqs.find((e) => e.id === group.ecqId);
  const is = after?.ecqs.find((e) => e.id === group.ecqId);
  if (!was && !is) return undefined;
  const names = (was ?? is)!.parts.map((p) => ({ name: p.name, label: p.label }));
  const partScore = (report: typeof was, name: ScorePartName): number | null => {
    const s = report?.parts.find((p) => p.name === name)?.score;
    return s === undefined || s === null ? null : Math.round(s * 100);
  };
  return {
    before: was?.score ?? null,
    after: is?.score ?? null,
    parts: names.map(({ name, label }) => ({ name, label, before: partScore(was, name), after: partScore(is, name) })),
  };
}

interface ExampleInVersion {
  readonly example: Example;
  readonly label: string;
  readonly text: string;
  readonly words: ReadonlySet<string>;
}

function examplesOf(files: readonly AnalysedFile[], key: string): ExampleInVersion[] {
  const out: ExampleInVersion[] = [];
  for (const f of files) {
    for (const s of f.document.sections) {
      if (groupAt(f.path, f.document, s.span.start).key !== key) continue;
      for (const example of s.examples) {
        const text = f.document.text.slice(example.span.start, example.span.end);
        if (text.trim() === '') continue;
        out.push({ example, label: exampleLabel(example, s.examples.length), text: normalise(text), words: contentWords(text) });
      }
    }
  }
  return out;
}

/** How many words of an example's opening name it when it has no heading. */
const OPENING_WORDS = 8;

function exampleLabel(example: Example, total: number): string {
  // The opening words as well as the heading: a dropped "Example 2" and an added one are told apart by their story.
  const heading = example.heading?.prose.trim();
  const first = example.blocks.find((b) => b.kind !== 'heading')?.prose.trim().split(/\s+/).slice(0, OPENING_WORDS).join(' ') ?? '';
  return `${heading || (total > 1 ? `Example ${example.index + 1}` : 'Example')}: ${first}…`;
}

/**
 * Two versions of an example are the same story when at least this share of their content
 * words are the same (Dice): a rewritten example keeps its names, figures and places, while
 * another story of the same ECQ shares a few of the ECQ's words at most.
 */
const SAME_STORY_MIN = 0.4;

function presentParts(example: Example): CcarPartKind[] {
  return CCAR_PARTS.filter((k) => example.ccar.present[k]);
}

function reviewExamples(before: readonly ExampleInVersion[], after: readonly ExampleInVersion[]): ExampleReview[] {
  const pairs: { i: number; j: number; score: number }[] = [];
  before.forEach((b, i) =>
    after.forEach((a, j) => {
      const score = b.text === a.text ? 2 : overlap(b.words, a.words);
      if (score >= SAME_STORY_MIN) pairs.push({ i, j, score });
    }),
  );
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const pairOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (pairOf.has(p.i) || taken.has(p.j)) continue;
    pairOf.set(p.i, p.j);
    taken.add(p.j);
  }
  const out: ExampleReview[] = [];
  const beforeOf = new Map([...pairOf].map(([i, j]) => [j, i]));
  after.forEach((a, j) => {
    const i = beforeOf.get(j);
    const partsAfter = presentParts(a.example);
    if (i === undefined) {
      out.push({ label: a.label, change: 'added', partsBefore: [], partsAfter, gained: partsAfter, lost: [] });
      return;
    }
    const b = before[i]!;
    const partsBefore = presentParts(b.example);
    out.push({
      label: a.label,
      change: b.text === a.text ? 'unchanged' : 'rewritten',
      partsBefore,
      partsAfter,
      gained: partsAfter.filter((p) => !partsBefore.includes(p)),
      lost: partsBefore.filter((p) => !partsAfter.includes(p)),
    });
  });
  before.forEach((b, i) => {
    if (pairOf.has(i)) return;
    const partsBefore = presentParts(b.example);
    out.push({ label: b.label, change: 'dropped', partsBefore, partsAfter: [], gained: [], lost: partsBefore });
  });
  return out;
}
