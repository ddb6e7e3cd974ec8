import { Span } from '../text/span';
import { DocumentKind } from '../parse/kind';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/**
 * Whether a finding counts in a total: errors, warnings and info, which the Problems panel
 * lists. Hints are faded in the editor and absent from the Problems panel, so every count
 * (status bar, overview, readiness report, `ecq lint`) leaves them out and names them apart.
 */
export function isCounted(finding: { readonly severity: Severity }): boolean {
  return finding.severity !== 'hint';
}

/**
 * The rule ids are a public contract: settings, suppression comments, the CLI's output
 * and users' CI scripts name them. Never rename one; retire it and add a new id.
 */
export const RULE_IDS = [
  'ccar.missing-challenge',
  'ccar.missing-context',
  'ccar.missing-action',
  'ccar.missing-result',
  'result.unquantified',
  'claim.vague-quantifier',
  'phrase.weak',
  'voice.we',
  'voice.passive',
  'claim.philosophy',
  'acronym.undefined',
  'recency.stale',
  'length.over-limit',
  'ecq.missing',
  'ecq.too-many-examples',
  'plain.wordy',
  'plain.filler',
  'suppression.unknown-rule',
  'posting.tq-uncovered',
  'posting.ecq-set-mismatch',
  'resume.first-person',
  'resume.weak-start',
  'resume.unquantified',
  'resume.over-length',
  'resume.stale',
  'resume.ecq-uncovered',
  'story.length',
  'story.coverage',
  'story.reused',
  'answer.part-unanswered',
  'answer.keywords-missing',
  'answer.scope-unquantified',
  'answer.length',
  'interview.panel-questions',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** A text fixture: `[[...]]` marks where a finding is expected; the markers are removed before analysis. */
export interface RuleExample {
  readonly text: string;
  /** The document kind to analyse the example as; `ecq` when absent. */
  readonly kind?: DocumentKind;
  /** What the example shows, for the docs page. */
  readonly note?: string;
  /** The job posting the example is compared with, for the posting rules. */
  readonly posting?: string;
  /**
   * For a reported example whose findings have a preferred fix: the text, without markers,
   * once every finding of the rule has its preferred fix applied. The examples test
   * requires it exactly when such a fix exists, and the docs page shows it.
   */
  readonly fixed?: string;
}

export type RuleCategory = 'structure' | 'evidence' | 'voice' | 'clarity' | 'length' | 'recency' | 'plain-language' | 'posting' | 'meta';

/** Everything the editor, the CLI and the docs need to know about a rule. */
export interface RuleMeta {
  readonly id: RuleId;
  readonly title: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  /** Document kinds the rule runs on. */
  readonly appliesTo: readonly DocumentKind[];
  /** One sentence: what the rule finds. */
  readonly summary: string;
  /** Why reviewers care; shown on hover and on the docs page. */
  readonly why: string;
  /** What to do about a finding. */
  readonly howToFix: string;
  /** What the rule deliberately leaves alone, and why. */
  readonly exemptions: readonly string[];
  /** Where the rule comes from: a section of ses-domain.md or a named source. */
  readonly source: string;
  /** Run as tests: every `bad` example must produce findings exactly at its markers; every `good` one none. */
  readonly examples: { readonly bad: readonly RuleExample[]; readonly good: readonly RuleExample[] };
}

/** A text replacement; an empty span inserts, empty `newText` deletes. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The one fix that can be applied without choosing ("fix all" applies these, unless they insert placeholders). */
  readonly preferred?: boolean;
  /**
   * The fix inserts text for the writer to fill in (a CCAR or ECQ skeleton with bracketed
   * prompts): offered when the writer picks it, never applied by a fix-all, which must
   * change only what a mechanical rewrite can change safely.
   */
  readonly insertsPlaceholder?: boolean;
}

/** The fix a fix-all may apply to this finding unattended: its preferred fix, when that inserts no placeholder. */
export function unattendedFix(finding: Finding): Fix | undefined {
  return finding.fixes.find((x) => x.preferred && !x.insertsPlaceholder);
}

/** One problem in one document: plain data, converted to diagnostics or CLI output at the edge. */
export interface Finding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  /** What is wrong and what to do. */
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
  /** Extra facts adapters may use, e.g. the acronym for "add to vocabulary". */
  readonly data?: Readonly<Record<string, string | number | boolean>>;
}

export function docsPath(id: RuleId): string {
  return `docs/rules/${id}.md`;
}
