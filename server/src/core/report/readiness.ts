import { AnalyzerConfig } from '../config';
import { ECQ_SETS, EcqDefinition, EcqSetId } from '../domain/ecqSets';
import { evidenceSet } from '../evidence/competencies';
import { competencyGrid, evidenceItems, EvidenceItem, evidenceItemsInSteps } from '../evidence/grid';
import { runToEnd, Steps } from '../steps';
import { DocumentModel } from '../parse/document';
import { PostingAnalysis } from '../posting/posting';
import { PostingCoverage } from '../posting/coverage';
import { readResume } from '../resume/resume';
import { getRule } from '../rules/registry';
import { Finding, isCounted, RuleId, Severity } from '../rules/types';
import { readStories } from '../stories/stories';
import { Span, spansOverlap } from '../text/span';
import { CalendarDate } from '../rules/context';
import { isStale } from '../rules/checks/recency';

/**
 * The readiness report: one page that tells an applicant (and a coach) how ready the
 * whole package is. For each ECQ of the set, a score from 0 to 100, the mean of five parts,
 * each the share of the ECQ's evidence (ECQ examples, stories, resume bullets) that passes:
 *
 * - **CCAR**: examples and stories with all four parts (resume bullets are not stories);
 * - **quantified**: evidence with a figure in its result (a bullet: anywhere);
 * - **recency**: evidence not older than the recency limit;
 * - **voice**: evidence without "we" or "I" where it does not belong (voice.we, resume.first-person);
 * - **coverage**: half for having two pieces of evidence, half for the share of the ECQ's
 *   competencies shown.
 *
 * A part with nothing to judge (no stories or examples for CCAR) is left out of the mean
 * and shown as "n/a". The report is plain data, so the editor's webview, `ecq report
 * --format json` and the HTML export show the same thing.
 */

export interface ReportFile {
  readonly path: string;
  readonly document: DocumentModel;
  readonly findings: readonly Finding[];
}

export type ScorePartName = 'ccar' | 'quantified' | 'recency' | 'voice' | 'coverage';

export interface ScorePart {
  readonly name: ScorePartName;
  readonly label: string;
  /** 0–1, or null when there is nothing to judge. */
  readonly score: number | null;
  readonly detail: string;
}

export interface EcqScore {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  /** 0–100. */
  readonly score: number;
  readonly evidence: number;
  readonly parts: readonly ScorePart[];
  /** The findings in this ECQ's evidence that lower a part of its score, in draft order. */
  readonly findings: readonly ReportFinding[];
}

/** A finding, where it is, and which part of a score it lowers (if any). */
export interface ReportFinding {
  readonly path: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly rule: RuleId;
  readonly title: string;
  readonly severity: Severity;
  readonly message: string;
  readonly part?: ScorePartName;
}

export interface ReportEvidence {
  readonly path: string;
  /** 1-based. */
  readonly line: number;
  readonly label: string;
}

export interface ReportCompetency {
  readonly name: string;
  readonly count: number;
  readonly evidence: readonly ReportEvidence[];
}

export interface ReportGridRow {
  /** "ECQ 2: Driving Efficiency", or "Fundamental competencies". */
  readonly label: string;
  readonly ecqId: string | null;
  readonly evidence: number;
  readonly thin: boolean;
  readonly competencies: readonly ReportCompetency[];
}

export interface RuleCount {
  readonly rule: RuleId;
  readonly title: string;
  readonly severity: Severity;
  readonly count: number;
}

export interface ReportPosting {
  readonly path: string;
  readonly title: string;
  /** 0–1. */
  readonly overall: number;
  readonly tqs: readonly { readonly label: string; readonly score: number; readonly addressed: boolean; readonly text: string }[];
  readonly keyTerms: { readonly covered: number; readonly total: number; readonly missing: readonly string[] };
}

export interface ReadinessReport {
  readonly version: 1;
  readonly project?: ReportProject;
  /** YYYY-MM-DD: the day recency was judged against. */
  readonly date: string;
  readonly set: EcqSetId;
  readonly setLabel: string;
  /** 0–100: the mean of the ECQ scores. */
  readonly overall: number;
  readonly files: readonly { readonly path: string; readonly kind: string; readonly findings: number; readonly pages?: number }[];
  readonly ecqs: readonly EcqScore[];
  readonly findingsByRule: readonly RuleCount[];
  readonly findingsBySeverity: Readonly<Record<Severity, number>>;
  /** Every finding of the drafts that counts (isCounted: hints are left out), file by file in draft order: what to fix. */
  readonly findings: readonly ReportFinding[];
  readonly grid: readonly ReportGridRow[];
  readonly posting: ReportPosting | undefined;
}

/** Whose application the report is about: a workspace may hold several. */
export interface ReportProject {
  /** The project folder's name. */
  readonly folder: string;
  readonly applicant?: string;
  /** How many other applicants' projects share the folder and are not in this report. */
  readonly others: number;
}

export interface ReportOptions {
  readonly config: AnalyzerConfig;
  readonly today: CalendarDate;
  readonly project?: ReportProject;
  readonly posting?: { readonly path: string; readonly analysis: PostingAnalysis; readonly coverage: PostingCoverage };
}

/** One piece of evidence for an ECQ, with what the parts need to know about it. */
interface Unit {
  readonly path: string;
  readonly span: Span;
  readonly story: boolean;
  readonly ccarComplete: boolean;
  readonly quantified: boolean;
  readonly recent: boolean;
  readonly voiceClean: boolean;
  readonly competencies: readonly string[];
}

const VOICE_RULES: ReadonlySet<RuleId> = new Set(['voice.we', 'resume.first-person']);

/** The part of an ECQ's score each rule's findings lower; other rules lower none. */
export function scorePartOf(rule: RuleId): ScorePartName | undefined {
  if (rule.startsWith('ccar.missing-')) return 'ccar';
  if (rule === 'result.unquantified' || rule === 'resume.unquantified') return 'quantified';
  if (rule === 'recency.stale') return 'recency';
  if (VOICE_RULES.has(rule)) return 'voice';
  return undefined;
}

function packageSet(files: readonly ReportFile[], config: AnalyzerConfig, posting: PostingAnalysis | undefined): EcqSetId {
  if (config.ecqSet !== 'auto') return config.ecqSet;
  const votes = { '2025': 0, legacy: 0 };
  for (const f of files) if (f.document.ecqSet !== 'unknown') votes[f.document.ecqSet]++;
  if (votes['2025'] !== votes.legacy) return votes['2025'] > votes.legacy ? '2025' : 'legacy';
  const resumeOrBank = files.find((f) => f.document.kind === 'resume' || f.document.kind === 'stories');
  return evidenceSet('auto', 'unknown', posting?.ecqSet, resumeOrBank?.document.text ?? '');
}

function unitsOf(file: ReportFile, set: EcqSetId, config: AnalyzerConfig, today: CalendarDate): Map<EcqDefinition, Unit[]> {
  const doc = file.document;
  const out = new Map<EcqDefinition, Unit[]>();
  const add = (ecqs: readonly EcqDefinition[], unit: Unit): void => {
    for (const ecq of ecqs) out.set(ecq, [...(out.get(ecq) ?? []), unit]);
  };
  // Only three rules matter here; filtering once keeps a long narrative's hundreds of units cheap.
  const relevant = file.findings.filter((f) => VOICE_RULES.has(f.ruleId) || f.ruleId === 'resume.unquantified' || f.ruleId === 'result.unquantified' || f.ruleId === 'recency.stale');
  const hasFinding = (span: Span, match: (id: RuleId) => boolean): boolean => relevant.some((f) => match(f.ruleId) && spansOverlap(f.span, span));
  const items = evidenceItems(doc, set, config);
  const byStart = new Map(items.map((i) => [i.span.start, i]));
  const itemAt = (span: Span): EvidenceItem | undefined => byStart.get(span.start);
  const yearsStale = (blocks: readonly { index: number }[]): boolean =>
    blocks.some((b) => (doc.facts.get(b.index)?.years ?? []).some((y) => !y.exempt && isStale(y, today, config.recencyYears)));

  if (doc.kind === 'resume') {
    const resume = readResume(doc, config.page);
    for (const item of items) {
      const bullet = resume.bullets.find((b) => b.block.span.start === item.span.start);
      const position = bullet?.position;
      const stale = !!position && !position.current && !!position.end && isStale(position.end, today, config.recencyYears);
      const quantified = (doc.facts.get(bullet?.block.index ?? -1)?.sentences ?? []).some((s) => s.quantity) || (!bullet && !hasFinding(item.span, (id) => id === 'resume.unquantified'));
      add(item.ecqs, { path: file.path, span: item.span, story: false, ccarComplete: false, quantified, recent: !stale, voiceClean: !hasFinding(item.span, (id) => VOICE_RULES.has(id)), competencies: item.competencies });
    }
  } else if (doc.kind === 'stories') {
    for (const story of readStories(doc, set, config.stories).stories) {
      const { present } = story.ccar;
      const result = story.ccar.parts.find((p) => p.kind === 'result');
      add(story.ecqs, {
        path: file.path,
        span: story.span,
        story: true,
        ccarComplete: present.challenge && present.context && present.action && present.result,
        quantified: !!result && result.sentences.some((s) => s.facts.measure),
        recent: !yearsStale(story.blocks),
        voiceClean: !story.blocks.some((b) => (doc.facts.get(b.index)?.sentences ?? []).some((s) => s.weActions.length > 0 && !s.iAction)),
        competencies: story.competencies,
      });
    }
  } else if (doc.kind === 'ecq' || doc.kind === 'tq') {
    for (const section of doc.sections) {
      for (const example of section.examples) {
        const item = itemAt(example.heading?.span ?? example.span);
        if (!item) continue;
        const { present } = example.ccar;
        add(item.ecqs, {
          path: file.path,
          span: example.span,
          story: true,
          ccarComplete: present.challenge && present.context && present.action && present.result,
          quantified: present.result && !hasFinding(example.span, (id) => id === 'result.unquantified'),
          recent: !hasFinding(example.span, (id) => id === 'recency.stale'),
          voiceClean: !hasFinding(example.span, (id) => VOICE_RULES.has(id)),
          competencies: item.competencies,
        });
      }
    }
  }
  return out;
}

const share = (units: readonly Unit[], test: (u: Unit) => boolean): number | null => (units.length === 0 ? null : units.filter(test).length / units.length);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function scoreEcq(ecq: EcqDefinition, units: readonly Unit[], findingsIn: (unit: Unit) => readonly ReportFinding[]): EcqScore {
  const stories = units.filter((u) => u.story);
  const shown = ecq.competencies.filter((c) => units.some((u) => u.competencies.includes(c.name)));
  const ccar = share(stories, (u) => u.ccarComplete);
  const quantified = share(units, (u) => u.quantified);
  const recency = share(units, (u) => u.recent);
  const voice = share(units, (u) => u.voiceClean);
  const coverage = 0.5 * Math.min(1, units.length / 2) + 0.5 * (shown.length / ecq.competencies.length);
  const parts: ScorePart[] = [
    { name: 'ccar', label: 'CCAR completeness', score: ccar, detail: ccar === null ? 'no story or example for this ECQ' : `${stories.filter((u) => u.ccarComplete).length} of ${plural(stories.length, 'story or example', 'stories and examples')} complete` },
    { name: 'quantified', label: 'Quantified results', score: quantified, detail: quantified === null ? 'no evidence' : `${units.filter((u) => u.quantified).length} of ${units.length} with a figure` },
    { name: 'recency', label: 'Recency', score: recency, detail: recency === null ? 'no evidence' : `${units.filter((u) => u.recent).length} of ${units.length} within the recency limit` },
    { name: 'voice', label: 'Voice', score: voice, detail: voice === null ? 'no evidence' : `${units.filter((u) => u.voiceClean).length} of ${units.length} in the right voice` },
    { name: 'coverage', label: 'Coverage', score: coverage, detail: `${plural(units.length, 'piece')} of evidence; ${shown.length} of ${ecq.competencies.length} competencies shown` },
  ];
  const scored = parts.filter((p) => p.score !== null).map((p) => p.score!);
  const score = units.length === 0 ? 0 : Math.round((scored.reduce((a, b) => a + b, 0) / scored.length) * 100);
  // A finding in two pieces of evidence (a bullet inside a story's span) is listed once.
  const findings = [...new Set(units.flatMap((u) => findingsIn(u).filter((f) => f.part !== undefined)))];
  return { id: ecq.id, number: ecq.number, name: ecq.name, score, evidence: units.length, parts, findings };
}

function isoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function buildReadinessReport(files: readonly ReportFile[], options: ReportOptions): ReadinessReport {
  return runToEnd(buildReadinessReportInSteps(files, options));
}

/** `buildReadinessReport` in steps: the evidence of each file is gathered a few items at a time (see steps.ts). */
export function* buildReadinessReportInSteps(files: readonly ReportFile[], options: ReportOptions): Steps<ReadinessReport> {
  const { config, today } = options;
  const drafts = files.filter((f) => f.document.kind !== 'posting');
  const set = packageSet(drafts, config, options.posting?.analysis);
  const byEcq = new Map<EcqDefinition, Unit[]>();
  for (const f of drafts) {
    yield* evidenceItemsInSteps(f.document, set, config);
    for (const [ecq, units] of unitsOf(f, set, config, today)) byEcq.set(ecq, [...(byEcq.get(ecq) ?? []), ...units]);
    yield;
  }
  const lineOf = (path: string, offset: number): number => (drafts.find((f) => f.path === path)?.document.lines.positionAt(offset).line ?? 0) + 1;
  const reported = new Map<string, { finding: Finding; entry: ReportFinding }[]>();
  for (const f of drafts) {
    const position = (offset: number): { line: number; column: number } => {
      const p = f.document.lines.positionAt(offset);
      return { line: p.line + 1, column: p.character + 1 };
    };
    const entries = f.findings
      .filter(isCounted)
      .sort((a, b) => a.span.start - b.span.start)
      .map((finding) => {
        const part = scorePartOf(finding.ruleId);
        const entry: ReportFinding = { path: f.path, ...position(finding.span.start), rule: finding.ruleId, title: getRule(finding.ruleId).title, severity: finding.severity, message: finding.message, ...(part ? { part } : {}) };
        return { finding, entry };
      });
    reported.set(f.path, entries);
  }
  const findingsIn = (unit: Unit): readonly ReportFinding[] =>
    (reported.get(unit.path) ?? []).filter(({ finding }) => spansOverlap(finding.span, unit.span) || (finding.span.start === unit.span.start && finding.span.end === finding.span.start)).map(({ entry }) => entry);
  const ecqs = ECQ_SETS[set].ecqs.map((ecq) => scoreEcq(ecq, byEcq.get(ecq) ?? [], findingsIn));

  const counts = new Map<RuleId, number>();
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const entries of reported.values()) {
    for (const { entry } of entries) {
      counts.set(entry.rule, (counts.get(entry.rule) ?? 0) + 1);
      bySeverity[entry.severity]++;
    }
  }
  const severityOfRule = (id: RuleId): Severity => drafts.flatMap((f) => f.findings).find((x) => x.ruleId === id)?.severity ?? getRule(id).defaultSeverity;
  const findingsByRule = [...counts]
    .map(([rule, count]) => ({ rule, title: getRule(rule).title, severity: severityOfRule(rule), count }))
    .sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1));

  const grid = competencyGrid(
    drafts.map((f) => ({ path: f.path, items: evidenceItems(f.document, set, config) })),
    set,
  );
  const gridRows: ReportGridRow[] = grid.rows.map((row) => ({
    label: row.ecq ? `ECQ ${row.ecq.number}: ${row.ecq.name}` : 'Fundamental competencies',
    ecqId: row.ecq?.id ?? null,
    evidence: row.evidence.length,
    thin: row.thin,
    competencies: row.competencies.map((c) => ({ name: c.name, count: c.evidence.length, evidence: c.evidence.map((e) => ({ path: e.path, line: lineOf(e.path, e.item.span.start), label: e.item.label })) })),
  }));

  let posting: ReportPosting | undefined;
  if (options.posting) {
    const { analysis, coverage, path } = options.posting;
    const covered = coverage.terms.filter((t) => t.uses.length > 0);
    posting = {
      path,
      title: analysis.title?.text ?? path,
      overall: coverage.overall,
      tqs: coverage.tqs.map((t) => ({ label: t.tq.label, score: t.score, addressed: t.addressed, text: t.tq.text })),
      keyTerms: { covered: covered.length, total: coverage.terms.length, missing: coverage.terms.filter((t) => t.uses.length === 0).map((t) => t.term) },
    };
  }

  return {
    version: 1,
    ...(options.project ? { project: options.project } : {}),
    date: isoDate(today),
    set,
    setLabel: ECQ_SETS[set].label,
    overall: ecqs.length === 0 ? 0 : Math.round(ecqs.reduce((a, e) => a + e.score, 0) / ecqs.length),
    files: drafts.map((f) => ({
      path: f.path,
      kind: f.document.kind,
      findings: f.findings.filter(isCounted).length,
      ...(f.document.kind === 'resume' ? { pages: readResume(f.document, config.page).estimate.pages } : {}),
    })),
    ecqs,
    findingsByRule,
    findingsBySeverity: bySeverity,
    findings: [...reported.values()].flatMap((entries) => entries.map(({ entry }) => entry)),
    grid: gridRows,
    posting,
  };
}

