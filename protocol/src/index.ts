import { Diagnostic, NotificationType, NotificationType0, Range, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { ReadinessReport } from '../../server/src/core/report/readiness';
import type { EcqSetId } from '../../server/src/core/domain/ecqSets';

// Engine types the client reads in results, re-exported so it needs no path into the engine.
export type { ReadinessReport, ReportCompetency, ReportEvidence, ReportGridRow } from '../../server/src/core/report/readiness';
export type { EcqSetId } from '../../server/src/core/domain/ecqSets';

/**
 * Every custom request between the extension and the language server, in one place: the
 * package `@ecq-writer/protocol`, which the client and the server both import by its name.
 * It depends only on the LSP protocol library, and on the engine's report types, which the
 * report request carries as plain data.
 */

// ── To the server ───────────────────────────────────────────────────────────────────

export interface DocumentStatsParams {
  readonly uri: string;
}

export interface DocumentStatsResult {
  /** False when the document is not a draft the server checks. */
  readonly isDraft: boolean;
  readonly kind?: string;
  readonly ecqSet?: string;
  readonly characters?: number;
  readonly pages?: number;
  readonly measure?: 'characters' | 'pages' | 'stories';
  readonly limit?: number;
  /** A story bank's stories. */
  readonly stories?: number;
  /** Findings above hint severity, as the Problems panel lists them. */
  readonly findings?: number;
  readonly errors?: number;
  /** The `resubmitBy` date of the remarks file (this one, or one in the draft's folder), YYYY-MM-DD. */
  readonly resubmitBy?: string;
  /** Days from today to `resubmitBy`; negative once it has passed. */
  readonly resubmitDaysLeft?: number;
}

export interface ReadinessReportParams {
  /** A document of the project to report on; the first workspace folder when absent. */
  readonly uri?: string;
}

export interface ReadinessReportResult {
  /** Paths in the report are relative to `root`. */
  readonly report?: ReadinessReport;
  /** The project folder, as a URI. */
  readonly root?: string;
  /** Why there is no report: no workspace, no drafts. */
  readonly error?: string;
}

/** The readiness report of a project (the core's report, core/report/readiness.ts); its grid also feeds the Competencies view. */
export const ReadinessReportRequest = new RequestType<ReadinessReportParams, ReadinessReportResult, void>('ecq/readinessReport');

export interface ReadinessReportHtmlParams extends ReadinessReportParams {
  /** A fresh random value for the page's Content-Security-Policy. */
  readonly nonce: string;
  /** Where each finding links: a command the page may run (the webview), or a path relative to the folder the page is saved in. */
  readonly links: { readonly kind: 'command'; readonly command: string } | { readonly kind: 'relative'; readonly folder: string };
}

export interface ReadinessReportHtmlResult extends ReadinessReportResult {
  /** The whole page: the report, or the reason there is none. */
  readonly html: string;
}

/** The readiness report as one self-contained page (core/report/html.ts), rendered by the server. */
export const ReadinessReportHtmlRequest = new RequestType<ReadinessReportHtmlParams, ReadinessReportHtmlResult, void>('ecq/readinessReportHtml');

export interface NewPackageFilesParams {
  readonly set: EcqSetId;
}

export interface NewPackageFilesResult {
  /** One draft per ECQ of the set: its file name and its skeleton text. */
  readonly files: readonly { readonly name: string; readonly text: string }[];
}

/** The drafts "ECQ: New ECQ Package" writes: one skeleton per ECQ of a set (core/skeletons.ts). */
export const NewPackageFilesRequest = new RequestType<NewPackageFilesParams, NewPackageFilesResult, void>('ecq/newPackageFiles');

/** Figures for the status bar. */
export const DocumentStatsRequest = new RequestType<DocumentStatsParams, DocumentStatsResult, void>('ecq/documentStats');

export interface OverviewPart {
  readonly kind: string;
  readonly present: boolean;
}

export interface OverviewExample {
  readonly label: string;
  readonly line: number;
  readonly parts: readonly OverviewPart[];
}

export interface OverviewSection {
  readonly label: string;
  readonly line: number;
  readonly characters: number;
  readonly limit: number;
  readonly findings: number;
  readonly examples: readonly OverviewExample[];
}

export interface OverviewFile {
  readonly uri: string;
  /** Relative to the workspace folder. */
  readonly path: string;
  readonly kind: string;
  readonly ecqSet: string;
  readonly findings: number;
  readonly sections: readonly OverviewSection[];
}

export interface PackageOverviewResult {
  readonly files: readonly OverviewFile[];
}

/** Every draft in the workspace, for the package overview view. */
export const PackageOverviewRequest = new RequestType0<PackageOverviewResult, void>('ecq/packageOverview');

export interface WorkspaceDiagnostic {
  readonly uri: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface LintWorkspaceResult {
  readonly files: readonly WorkspaceDiagnostic[];
}

/** Findings for every draft in the workspace, for the Problems panel. */
export const LintWorkspaceRequest = new RequestType0<LintWorkspaceResult, void>('ecq/lintWorkspace');

export interface PostingCoverageParams {
  /** The draft the writer is looking at; its workspace folder's posting is used. */
  readonly uri?: string;
}

export interface TermUseLocation {
  readonly uri: string;
  readonly range: Range;
}

export interface PostingTermCoverage {
  /** The term's identity (its stems). */
  readonly key: string;
  readonly term: string;
  /** 0 to 1: how much the term says about the posting. */
  readonly score: number;
  readonly uses: readonly TermUseLocation[];
  /** Where the posting itself uses the term. */
  readonly postingRanges: readonly Range[];
}

export interface PostingTqCoverage {
  readonly label: string;
  readonly text: string;
  /** The TQ's text in the posting. */
  readonly range: Range;
  /** 0 to 1: the share of its wording the drafts use. */
  readonly score: number;
  readonly addressed: boolean;
  /** The draft with a section of its own for this TQ, if any. */
  readonly byHeading: string | null;
  /** Keys into `terms`. */
  readonly covered: readonly string[];
  readonly missing: readonly string[];
}

export interface PostingCoverageResult {
  /** Undefined when no posting is linked. */
  readonly posting?: {
    readonly uri: string;
    readonly title: string | null;
    readonly agency: string | null;
    readonly ecqSet: '2025' | 'legacy' | 'none';
  };
  /** Why the linked posting could not be read. */
  readonly error?: string;
  /** The drafts compared, as URIs. */
  readonly drafts: readonly string[];
  readonly overall: number;
  readonly termScore: number;
  readonly tqScore: number | null;
  readonly tqs: readonly PostingTqCoverage[];
  /** Best first. */
  readonly terms: readonly PostingTermCoverage[];
}

/** The extension changed the project config (Set Job Posting): read it again and re-check. */
export const ProjectConfigChangedNotification = new NotificationType0('ecq/projectConfigChanged');

/** How well the workspace's drafts cover the linked job posting: the keyword sidebar and the side-by-side review. */
export const PostingCoverageRequest = new RequestType<PostingCoverageParams, PostingCoverageResult, void>('ecq/postingCoverage');

// ── To the client ───────────────────────────────────────────────────────────────────

export interface PostingCoverageChangedParams {
  /** What changed: text typed in an open file, or files, settings or the project config. */
  readonly reason: 'edit' | 'files';
}

/**
 * The drafts or the posting changed: coverage views should ask again. It carries one
 * parameter because the language server's connection always sends one (a null when none
 * is given): declared without, the client logged "defines 0 params but received 1
 * arguments" on every edit.
 */
export const PostingCoverageChangedNotification = new NotificationType<PostingCoverageChangedParams>('ecq/postingCoverageChanged');

/** How long one handler held the server, over all its runs; a run is one synchronous stretch. */
export interface HandlerTiming {
  /** The longest run by the wall clock, in milliseconds, not counting the debounce wait. */
  readonly wallMs: number;
  /** Which step that run was. */
  readonly step: string;
  /**
   * The most CPU time of the server's main thread that one run used (see threadClock.ts).
   * Absent where the operating system does not report it.
   */
  readonly threadCpuMs?: number;
}

export interface ServerStatsResult {
  readonly handlers: Readonly<Record<string, HandlerTiming>>;
  /** The longest garbage-collection pause seen, in milliseconds. */
  readonly longestGcMs: number;
  /** Node's kind of that collection: 1 minor, 2 major, 4 incremental, 8 weak callbacks. */
  readonly longestGcKind: number;
  readonly heapUsedMb: number;
  readonly analyses: number;
}

/** How long handlers took: the tests print it to show that typing never waits on the server. */
export const ServerStatsRequest = new RequestType0<ServerStatsResult, void>('ecq/serverStats');

// ── Interview practice ─────────────────────────────────────────────────────────────

export interface PracticeQuestion {
  readonly text: string;
  /** Where it came from: the open interview file, the linked posting's TQs, or the built-in bank. */
  readonly source: 'file' | 'posting' | 'bank';
}

export interface PracticeSetParams {
  /** The active document: an interview file gives its own questions; any draft names its project's posting. */
  readonly uri?: string;
  /** How many questions of a practice set built from the bank; the server's default when absent. */
  readonly count?: number;
}

export interface PracticeSetResult {
  readonly ecqSet?: EcqSetId;
  readonly questions: readonly PracticeQuestion[];
  /** Why there are no questions. */
  readonly error?: string;
}

/** The questions to practise, one at a time (ECQ: Practice Interview). */
export const PracticeSetRequest = new RequestType<PracticeSetParams, PracticeSetResult, void>('ecq/practiceSet');

export interface PracticeAnalysisParams {
  readonly uri?: string;
  readonly ecqSet?: EcqSetId;
  readonly question: string;
  readonly answer: string;
}

/** A practised answer, analysed as an answer of an interview file is. */
export interface PracticeAnalysisResult {
  readonly category: 'ecq' | 'tq' | 'general';
  readonly ecq: { readonly number: number; readonly name: string } | null;
  readonly tq: string | null;
  readonly competencies: readonly string[];
  readonly keyWords: readonly string[];
  readonly keyWordsUsed: readonly string[];
  readonly parts: readonly { readonly text: string; readonly answered: boolean }[];
  readonly ccar: { readonly challenge: boolean; readonly context: boolean; readonly action: boolean; readonly result: boolean };
  /** The figures of scope and result the answer gives ("40 staff", "$12M", "30%"). */
  readonly figures: readonly string[];
  readonly words: number;
  readonly minutes: number;
  readonly paceWpm: number;
  /** What to work on: the findings an interview file would show on this answer. */
  readonly findings: readonly { readonly rule: string; readonly message: string }[];
}

export const PracticeAnalysisRequest = new RequestType<PracticeAnalysisParams, PracticeAnalysisResult, void>('ecq/practiceAnalysis');

// ── Revision review ───────────────────────────────────────────────────────────────

export interface RevisionReviewParams {
  /** A document of the project to review; the first workspace folder when absent. */
  readonly uri?: string;
  /** The earlier version: a git revision of the project folder, or a folder inside the workspace. */
  readonly against: { readonly kind: 'git'; readonly revision: string } | { readonly kind: 'folder'; readonly path: string };
}

export interface RevisionFindingItem {
  readonly rule: string;
  readonly message: string;
  /** The words it is (or was) on. */
  readonly quote: string;
  /** Where it is in the current draft; absent for a fixed finding, which is only in the old version. */
  readonly uri?: string;
  readonly range?: Range;
}

export interface RevisionSectionItem {
  /** "ECQ 2: Leading People", a TQ, or a file. */
  readonly label: string;
  readonly presence: 'both' | 'old' | 'new';
  readonly score: { readonly before: number | null; readonly after: number | null } | null;
  readonly fixed: readonly RevisionFindingItem[];
  readonly added: readonly RevisionFindingItem[];
  readonly open: readonly RevisionFindingItem[];
}

export interface RevisionReviewResult {
  /** What was compared: "HEAD", "old/". */
  readonly label?: string;
  readonly sections: readonly RevisionSectionItem[];
  readonly totals: { readonly fixed: number; readonly added: number; readonly open: number };
  /** The board's or coach's remarks of the project's remarks file, each with its state against this revision. */
  readonly remarks?: readonly { readonly text: string; readonly section: string; readonly state: 'open' | 'addressed' | 'check'; readonly reason: string; readonly uri: string; readonly line: number }[];
  /** Why there is no review: not a git work tree, no such revision, not a package. */
  readonly error?: string;
}

/** The current drafts against an earlier version (ECQ: Review Revision); `ecq diff` on the command line. */
export const RevisionReviewRequest = new RequestType<RevisionReviewParams, RevisionReviewResult, void>('ecq/revisionReview');

// ── Re-aiming at a new posting ─────────────────────────────────────────────────────

export interface RetargetPlanParams {
  /** A document of the package to copy; the first workspace folder when absent. */
  readonly uri?: string;
  /** The new posting, a file inside the workspace. */
  readonly posting: string;
  /** The new project folder, inside the workspace; it may exist, but no file of the copy may. */
  readonly folder: string;
}

export interface RetargetPlanResult {
  /** The files to create, absolute paths: none exists yet. The client writes them; the server writes nothing. */
  readonly files: readonly { readonly path: string; readonly text: string }[];
  /** How the package covers the new posting: each TQ with the stories and examples that best cover it, and the key terms. */
  readonly report: string;
  /** Why there is no plan: not a package, a posting that cannot be read, a file that would be overwritten. */
  readonly error?: string;
}

/** Apply to Another Posting: the copy of a package for a new posting, planned (`ecq retarget` on the command line). */
export const RetargetPlanRequest = new RequestType<RetargetPlanParams, RetargetPlanResult, void>('ecq/retargetPlan');

// ── Commands the server executes (workspace/executeCommand) ─────────────────────────

export const Commands = {
  /** Arguments: `{ uri: string, term: string }`. Appends the term to the project vocabulary file. */
  addToVocabulary: 'ecq.server.addToVocabulary',
  /** Arguments: `{ uri: string, rule: string, text: string, context: string, message?: string }`. Adds the finding to the project's `ecq-ignore.json`. */
  ignoreFinding: 'ecq.server.ignoreFinding',
  /** Arguments: `{ uri: string }`. Returns `IgnoredFindingsResult`; reads only. */
  ignoredFindings: 'ecq.server.ignoredFindings',
  /** Arguments: `{ uri: string }`. Empties the project's `ecq-ignore.json`; returns `IgnoredFindingsResult` as it was before. */
  clearIgnoredFindings: 'ecq.server.clearIgnoredFindings',
} as const;

/** The ignored findings of the project of a document, and the file that holds them. */
export interface IgnoredFindingsResult {
  /** The ignore file's path on disk (it may not exist yet). */
  readonly file: string;
  readonly ignored: readonly { readonly rule: string; readonly text: string; readonly context: string; readonly file?: string; readonly message?: string }[];
  /** What is wrong with the file, if anything. */
  readonly problems: readonly string[];
}
