import { AnalyzerConfig, DEFAULT_CONFIG, severityOf } from './config';
import { FactsCache } from './analysis/facts';
import { DocumentModel, parseDocumentInSteps, ParseOptions } from './parse/document';
import { runToEnd, Steps } from './steps';
import { PostingAnalysis } from './posting/posting';
import { buildSuppressions, isSuppressed } from './parse/suppressions';
import { ignoreMatcher } from './ignores';
import { Block } from './parse/blocks';
import { Span } from './text/span';
import { CalendarDate, narrativeBlocksOf, Report, RuleContext } from './rules/context';
import { CODE_RULES, getRule } from './rules/registry';
import { runPhraseRules } from './rules/phrases/runPhraseRules';
import { Finding, RuleId, Severity } from './rules/types';

export interface AnalyzeOptions extends ParseOptions {
  readonly config?: AnalyzerConfig;
  /** The date recency is judged against; adapters pass today, tests and `--today` a fixed date. */
  readonly today: CalendarDate;
  /** Reuse across analyses of the same document, so unchanged paragraphs are not analysed again. */
  readonly cache?: FactsCache;
  /** The linked job posting, for the posting rules. */
  readonly posting?: PostingAnalysis;
}

export interface AnalysisResult {
  readonly document: DocumentModel;
  /** Sorted by position; suppressed and disabled findings removed. */
  readonly findings: readonly Finding[];
}

export function calendarDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** Parses `YYYY-MM-DD`; undefined when it is not a real date. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Analyses one document: parse, run every enabled rule, drop suppressed findings, sort. */
export function analyze(text: string, options: AnalyzeOptions): AnalysisResult {
  return runToEnd(analyzeInSteps(text, options));
}

/** `analyze` in small steps (see steps.ts). */
export function* analyzeInSteps(text: string, options: AnalyzeOptions): Steps<AnalysisResult> {
  const config = options.config ?? DEFAULT_CONFIG;
  const document = yield* parseDocumentInSteps(text, { ...options, ecqSet: options.ecqSet ?? config.ecqSet }, options.cache);
  return { document, findings: yield* runRulesInSteps(document, config, options.today, options.posting) };
}

export function runRules(document: DocumentModel, config: AnalyzerConfig, today: CalendarDate, posting?: PostingAnalysis): Finding[] {
  return runToEnd(runRulesInSteps(document, config, today, posting));
}

/**
 * The most findings one rule lists in one file. A real package has tens; a pasted 10 MB of
 * the same sentence would have hundreds of thousands, each an object with its message and
 * fixes (about 650 bytes), and hold a gigabyte for a list nobody reads.
 */
export const MAX_FINDINGS_PER_RULE = 2000;

/** Runs the enabled rules, yielding after each one. */
export function* runRulesInSteps(document: DocumentModel, config: AnalyzerConfig, today: CalendarDate, posting?: PostingAnalysis): Steps<Finding[]> {
  const findings: Finding[] = [];
  // A draft with nothing written in it yet (a new file, blank lines) is not missing its
  // ECQs or its CCAR parts: it has not started. Findings begin with the first word.
  if (isBlank(document.text)) return findings;
  const severities = new Map<RuleId, Severity | 'off'>();
  const severity = (id: RuleId): Severity | 'off' => {
    let s = severities.get(id);
    if (s === undefined) {
      s = severityOf(config, id, getRule(id).defaultSeverity);
      severities.set(id, s);
    }
    return s;
  };
  const enabled = (id: RuleId): boolean => severity(id) !== 'off' && getRule(id).appliesTo.includes(document.kind);

  // Suppressed findings are dropped as they are reported, so they count toward no cap.
  const suppressions = buildSuppressions(document.directives, document.blocks, document.lines, document.text);
  // Ignored findings (ecq-ignore.json) are dropped the same way: the writer's judgment, kept outside the draft.
  const isIgnored = ignoreMatcher(config.ignored, document.text);
  const perRule = new Map<RuleId, number>();
  const lastShown = new Map<RuleId, Finding>();

  function reportLazily(ruleId: RuleId, span: Span, details: () => Omit<Report, 'ruleId' | 'span'>): void {
    const s = severity(ruleId);
    if (s === 'off') return;
    if (suppressions.length > 0 && isSuppressed(suppressions, ruleId, document.lines.positionAt(span.start).line)) return;
    if (isIgnored(ruleId, span)) return;
    const count = (perRule.get(ruleId) ?? 0) + 1;
    perRule.set(ruleId, count);
    if (count > MAX_FINDINGS_PER_RULE) return;
    const r = details();
    const finding: Finding = { ruleId, severity: s, message: r.message, span, fixes: r.fixes ?? [], ...(r.data ? { data: r.data } : {}) };
    if (count === MAX_FINDINGS_PER_RULE) lastShown.set(ruleId, finding);
    findings.push(finding);
  }

  // Quotations per block, sorted: a binary search answers "is this offset quoted?".
  const narrative = narrativeBlocksOf(document);
  const ctx: RuleContext = {
    doc: document,
    config,
    today,
    eol: eolOf(document.text),
    narrativeBlocks: narrative,
    posting,
    facts: (block: Block) => document.facts.get(block.index)!,
    inQuote: (block: Block, offset: number) => {
      const quotes = document.facts.get(block.index)?.quotes;
      if (!quotes || quotes.length === 0) return false;
      let low = 0;
      let high = quotes.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const q = quotes[mid]!;
        if (offset < q.start) high = mid - 1;
        else if (offset >= q.end) low = mid + 1;
        else return true;
      }
      return false;
    },
    report: (r: Report) => reportLazily(r.ruleId, r.span, () => r),
    reportLazily,
  };

  yield* runPhraseRules(ctx, enabled);
  for (const rule of CODE_RULES) {
    if (!enabled(rule.meta.id)) continue;
    yield;
    const steps = rule.check(ctx);
    if (steps) yield* steps;
  }
  yield;

  // Past the cap, the last finding shown says how many more there are.
  for (const [rule, last] of lastShown) {
    const more = perRule.get(rule)! - MAX_FINDINGS_PER_RULE;
    if (more > 0) (last as { message: string }).message += ` (${MAX_FINDINGS_PER_RULE.toLocaleString('en-US')} ${rule} findings are listed in this file; ${more.toLocaleString('en-US')} more are not)`;
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** Only whitespace: no character outside spaces, tabs, line breaks and a byte-order mark. */
function isBlank(text: string): boolean {
  return !/[^\s\uFEFF]/.test(text);
}
