import * as assert from 'node:assert/strict';
import { analyze, AnalysisResult } from '../../server/src/core/analyze';
import { AnalyzerConfig, DEFAULT_CONFIG } from '../../server/src/core/config';
import { DocumentKind } from '../../server/src/core/parse/kind';
import { CalendarDate } from '../../server/src/core/rules/context';
import { RuleId } from '../../server/src/core/rules/types';
import { analyzePosting } from '../../server/src/core/posting/posting';
import { PostingMatcher } from '../../server/src/core/posting/coverage';
import { crossFileFindings, withCrossFileFindings } from '../../server/src/core/project';
import { buildReadinessReport, ReadinessReport } from '../../server/src/core/report/readiness';

/** The date every test judges recency against, so results never change with the calendar. */
export const TODAY: CalendarDate = { year: 2026, month: 11, day: 22 };

export interface Marked {
  readonly text: string;
  /** Marked spans, in the text without markers. */
  readonly spans: readonly { start: number; end: number }[];
}

/** `"I [[was responsible for]] it"` → the text without markers and the span of each marked part. */
export function parseMarked(marked: string): Marked {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let i = 0;
  let open = -1;
  while (i < marked.length) {
    if (marked.startsWith('[[', i) && open < 0) {
      open = text.length;
      i += 2;
    } else if (marked.startsWith(']]', i) && open >= 0) {
      spans.push({ start: open, end: text.length });
      open = -1;
      i += 2;
    } else {
      text += marked[i];
      i++;
    }
  }
  if (open >= 0) throw new Error(`Unclosed [[ in fixture: ${marked}`);
  return { text, spans };
}

export interface LintOptions {
  readonly kind?: DocumentKind;
  readonly path?: string;
  readonly config?: Partial<AnalyzerConfig>;
  readonly today?: CalendarDate;
  /** A job posting's text: the draft is then also compared with it, as a package of one. */
  readonly posting?: string;
}

export function lint(text: string, options: LintOptions = {}): AnalysisResult {
  const config = { ...DEFAULT_CONFIG, ...options.config };
  const posting = options.posting !== undefined ? analyzePosting(options.posting) : undefined;
  const result = analyze(text, {
    kind: options.kind ?? (options.path ? undefined : 'ecq'),
    ...(options.path ? { path: options.path } : {}),
    config,
    today: options.today ?? TODAY,
    ...(posting ? { posting } : {}),
  });
  if (!posting) return result;
  const path = options.path ?? 'draft.md';
  const { findings } = crossFileFindings({ members: [{ path, document: result.document }], config, posting: { analysis: posting, matcher: new PostingMatcher(posting) } });
  return { ...result, findings: withCrossFileFindings(result.findings, findings.get(path) ?? []) };
}

/** The spans of one rule's findings, as `[start, end]` pairs, for readable assertion diffs. */
export function spansOf(result: AnalysisResult, rule: RuleId): [number, number][] {
  return result.findings.filter((f) => f.ruleId === rule).map((f) => [f.span.start, f.span.end]);
}

/** Asserts that `rule` reports exactly the marked spans of `marked`, shown as text on failure. */
export function expectFindings(rule: RuleId, marked: string, options: LintOptions = {}): AnalysisResult {
  const { text, spans } = parseMarked(marked);
  const result = lint(text, options);
  const actual = result.findings.filter((f) => f.ruleId === rule).map((f) => text.slice(f.span.start, f.span.end));
  const expected = spans.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(actual, expected, `${rule} on:\n${text}`);
  assert.deepEqual(spansOf(result, rule), spans.map((s) => [s.start, s.end]), `${rule} spans on:\n${text}`);
  return result;
}

export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** The readiness report of drafts given by path and text, with the default config and the test date. */
export function readinessReportOf(files: Record<string, string>): ReadinessReport {
  return buildReadinessReport(
    Object.entries(files).map(([p, text]) => {
      const r = lint(text, { path: p });
      return { path: p, document: r.document, findings: r.findings };
    }),
    { config: DEFAULT_CONFIG, today: TODAY },
  );
}
