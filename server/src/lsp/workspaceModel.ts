import * as path from 'node:path';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisResult, analyzeInSteps } from '../core/analyze';
import { FactsCache } from '../core/analysis/facts';
import { AnalyzerConfig } from '../core/config';
import { isFolderPackageMember, PackageMember } from '../core/package';
import { DocumentModel } from '../core/parse/document';
import { PostingCoverage } from '../core/posting/coverage';
import { PostingAnalysis } from '../core/posting/posting';
import { Project, withCrossFileFindings } from '../core/project';
import { CalendarDate } from '../core/rules/context';
import { Finding } from '../core/rules/types';
import { Steps } from '../core/steps';
import { Analysis, AnalysisStore, FileAnalysis, isDraft } from './analysisStore';
import { LinkedPosting, PostingService } from './postingService';
import { runSliced as runStepsSliced } from './scheduler';
import { EditorSettings, ResolvedSettings, SettingsCache } from './settings';
import { HandlerTimings } from './timing';
import { URI } from './uri';
import { frontMatterPosting, interviewProjectFolder, isInterviewFile } from '../node/interviewPosting';

/** The linked posting's coverage by the drafts of a project, as the core computes it. */
export interface ProjectCoverage {
  readonly linked: LinkedPosting;
  readonly coverage: PostingCoverage;
  readonly members: readonly PackageMember[];
}

/**
 * The documents and projects every handler shares: the open documents, their settings and
 * analyses, the workspace folders, the linked posting, and the projects whose files are
 * checked together. The handlers ask it; only server.ts changes what it holds.
 */
export interface WorkspaceModel {
  readonly documents: TextDocuments<TextDocument>;
  readonly store: AnalysisStore;
  readonly settings: SettingsCache;
  /** The version at which each open document was last saved, for linting on save. */
  readonly savedVersions: Map<string, number>;
  readonly today: () => CalendarDate;
  workspaceRoots(): readonly string[];
  setWorkspaceRoots(roots: string[]): void;
  /** The text of every open document, by file path. */
  openFiles(): Map<string, string>;
  /** The innermost workspace folder holding the document. */
  workspaceFolderOf(uri: string): string | undefined;
  /** What a project-wide request is about: the document it names, else the first workspace folder. */
  requestAnchor(uri: string | undefined): string | undefined;
  /** The folder of the project config, else the workspace folder. */
  projectRootOf(uri: string, configFile: string | undefined): string | undefined;
  /** The posting linked for a resource, reporting once when it cannot be read. */
  linkedPosting(resolved: ResolvedSettings): LinkedPosting | undefined;
  /** The posting a document is read against: an interview file's own link, else the project's. */
  documentPosting(uri: string, text: string, resolved: ResolvedSettings): LinkedPosting | undefined;
  /** The document's own analysis of its current text; undefined when it is not a draft or closes meanwhile. */
  analysisOf(document: TextDocument, handler: string): Promise<FileAnalysis | undefined>;
  /** The analysis of the document's current text, with its project's findings: what its diagnostics show. */
  shownAnalysisOf(document: TextDocument, handler: string): Promise<Analysis | undefined>;
  /** A whole-file analysis: an open draft's from the store, a closed one's from a cache or sliced. */
  analyseWorkspaceFile(handler: string, file: string, text: string, config: AnalyzerConfig): Promise<AnalysisResult>;
  /** A file's findings with its project's cross-file findings: what its diagnostics show. */
  shownFindingsOf(file: string, result: { readonly document: DocumentModel; readonly findings: readonly Finding[] }): Promise<readonly Finding[]>;
  /** Coverage of the linked posting by the drafts of the project of `uri`, or why the posting cannot be read. */
  postingCoverage(uri: string | undefined): Promise<ProjectCoverage | { error: string } | undefined>;
  /** Drops the analyses of closed files, after a change of settings or of files on disk. */
  forgetClosedFiles(): void;
  /** Runs synchronous work, timed under the handler's name. */
  busy<T>(name: string, fn: () => T, step?: string): T;
  /** Runs the engine's steps a slice at a time. */
  runSliced<T>(handler: string, steps: Steps<T>): Promise<{ value: T }>;
}

export interface WorkspaceModelOptions {
  readonly documents: TextDocuments<TextDocument>;
  readonly today: () => CalendarDate;
  readonly timings: HandlerTimings;
  /** The client's `ecq` settings for a resource, when it can be asked for them. */
  readonly editorSettings: (uri: string) => Promise<EditorSettings | undefined>;
  /** Shows problems with the project config or the linked posting to the writer. */
  readonly reportConfigMessages: (messages: readonly string[]) => void;
}

export function createWorkspaceModel({ documents, today, timings, editorSettings, reportConfigMessages }: WorkspaceModelOptions): WorkspaceModel {
  const store = new AnalysisStore(today);
  const savedVersions = new Map<string, number>();
  let workspaceRoots: string[] = [];
  const busy = <T>(name: string, fn: () => T, step?: string): T => timings.busy(name, fn, step);

  const workspaceFolderOf = (uri: string): string | undefined => {
    const file = URI.toFsPath(uri);
    if (!file) return undefined;
    return workspaceRoots.filter((r) => file === r || file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
  };

  const settings = new SettingsCache(editorSettings, workspaceFolderOf, reportConfigMessages);

  const documentAt = (file: string): TextDocument | undefined => documents.get(URI.fromFsPath(file)) ?? documents.all().find((d) => URI.toFsPath(d.uri) === file);
  const postings = new PostingService((file) => {
    const d = documentAt(file);
    return d ? { text: d.getText(), version: d.version } : undefined;
  });

  function linkedPosting(resolved: ResolvedSettings): LinkedPosting | undefined {
    const state = postings.get(resolved.postingFile);
    if (!state) return undefined;
    if (!state.ok) {
      reportConfigMessages([`${path.basename(state.file)}: ${state.error} (the job posting linked in ${resolved.configFile ? path.basename(resolved.configFile) : 'the project config'})`]);
      return undefined;
    }
    return state.linked;
  }

  /**
   * The posting a document is read against: for an interview file, the one its front matter
   * links (`posting: ../job.posting.md`, confined to the project folder), else the project's.
   */
  function documentPosting(uri: string, text: string, resolved: ResolvedSettings): LinkedPosting | undefined {
    const file = URI.toFsPath(uri);
    if (file && isInterviewFile(file, text)) {
      const linked = frontMatterPosting(file, text, interviewProjectFolder(file, resolved.configFile ? resolved.projectFolder : undefined, workspaceFolderOf(uri) ?? path.dirname(file)));
      if (linked && !linked.ok) reportConfigMessages([`${path.basename(file)}: ${linked.message}`]);
      if (linked?.ok) {
        const state = postings.get(linked.file);
        if (state && !state.ok) reportConfigMessages([`${path.basename(state.file)}: ${state.error} (the job posting linked in ${path.basename(file)})`]);
        return state?.ok ? state.linked : undefined;
      }
      if (linked) return undefined;
    }
    return linkedPosting(resolved);
  }

  const openFiles = (): Map<string, string> => {
    const map = new Map<string, string>();
    for (const d of documents.all()) {
      const file = URI.toFsPath(d.uri);
      if (file) map.set(file, d.getText());
    }
    return map;
  };

  function projectRootOf(uri: string, configFile: string | undefined): string | undefined {
    return configFile ? path.dirname(configFile) : workspaceFolderOf(uri);
  }

  function requestAnchor(uri: string | undefined): string | undefined {
    return uri ?? (workspaceRoots[0] ? URI.fromFsPath(path.join(workspaceRoots[0], 'ecq.config.json')) : undefined);
  }

  /**
   * The project of a document: the drafts checked with it, its config and its linked
   * posting. The drafts are those under the folder of the project config (else the
   * workspace folder), or, for a file outside both, those of its own folder. One workspace
   * can hold several applications, each with its config. `key` names the project for the
   * memo of its cross-file findings.
   */
  function projectOf(uri: string, config: AnalyzerConfig, configFile: string | undefined, linked: LinkedPosting | undefined): { key: string; project: Project } | undefined {
    const posting = linked ? { analysis: linked.posting, matcher: linked.matcher } : undefined;
    const root = projectRootOf(uri, configFile);
    if (root) return { key: root, project: { members: store.workspaceMembers([root], openFiles(), config), config, posting } };
    const file = URI.toFsPath(uri);
    if (!file) return undefined;
    const folder = path.dirname(file);
    return { key: folder, project: { members: store.folderMembers(folder, openFiles(), config), config, posting } };
  }

  /**
   * The findings that span a file's project (folder packages, the posting's uncovered TQs):
   * see core/project.ts. Only an ECQ file of a folder package, or a draft compared with a
   * posting, can carry them: the project's files are not listed for any other document.
   */
  function crossFileFindingsOf(uri: string, doc: DocumentModel, config: AnalyzerConfig, resolved: ResolvedSettings): readonly Finding[] {
    const file = URI.toFsPath(uri);
    const linked = linkedPosting(resolved);
    // A blank new draft carries no project finding either (core/analyze.ts gives it none of its own).
    if (!file || doc.kind === 'posting' || (!linked && !isFolderPackageMember(doc)) || doc.text.trim() === '') return [];
    const found = projectOf(uri, config, resolved.configFile, linked);
    return (found && store.crossFile(found.key, found.project).findings.get(file)) ?? [];
  }

  /** A document's own analysis with its project's cross-file findings, combined into a new value. */
  function withProjectFindings(analysis: FileAnalysis, resolved: ResolvedSettings): Analysis {
    return store.withCrossFile(analysis, crossFileFindingsOf(analysis.uri, analysis.result.document, analysis.config, resolved));
  }

  /**
   * A workspace file's findings with its project's cross-file findings: what its diagnostics
   * show, so the overview, the report and Lint Workspace count what the Problems panel does.
   */
  async function shownFindingsOf(file: string, result: { readonly document: DocumentModel; readonly findings: readonly Finding[] }): Promise<readonly Finding[]> {
    const uri = URI.fromFsPath(file);
    const resolved = await settings.get(uri);
    return withCrossFileFindings(result.findings, crossFileFindingsOf(uri, result.document, resolved.config, resolved));
  }

  async function shownAnalysisOf(document: TextDocument, handler: string): Promise<Analysis | undefined> {
    const analysis = await analysisOf(document, handler);
    if (!analysis) return undefined;
    // The settings the analysis was made with, from the cache; a newer version typed
    // meanwhile gets its own pull, as it did before cross-file findings were added.
    const resolved = await settings.get(document.uri);
    return busy(handler, () => withProjectFindings(analysis, resolved), 'cross-file findings');
  }

  function runSliced<T>(handler: string, steps: Steps<T>): Promise<{ value: T }>;
  function runSliced<T>(handler: string, steps: Steps<T>, stale: () => boolean): Promise<{ value: T } | undefined>;
  function runSliced<T>(handler: string, steps: Steps<T>, stale?: () => boolean): Promise<{ value: T } | undefined> {
    return stale ? runStepsSliced(timings, handler, steps, stale) : runStepsSliced(timings, handler, steps);
  }

  /** Analyses of closed files for the workspace requests, kept while the file and its config stay the same. */
  const closedFiles = new Map<string, { text: string; config: AnalyzerConfig; posting: PostingAnalysis | undefined; result: AnalysisResult }>();

  /**
   * A whole-file analysis for the workspace requests: an open draft's comes from the store
   * (the one its diagnostics use), a closed file's from a cache, and anything new is
   * analysed in slices like an open document.
   */
  async function analyseWorkspaceFile(handler: string, file: string, text: string, config: AnalyzerConfig): Promise<AnalysisResult> {
    const open = documentAt(file);
    if (open) {
      const analysis = await analysisOf(open, handler);
      if (analysis) return analysis.result;
    }
    // Read against the posting its open document would be: an interview file's questions are
    // classified by the posting's TQs, so the overview and the Problems panel count alike.
    const posting = documentPosting(URI.fromFsPath(file), text, await settings.get(URI.fromFsPath(file)))?.posting;
    const known = closedFiles.get(file);
    if (known && known.text === text && known.config === config && known.posting === posting) return known.result;
    const { value: result } = await runSliced(handler, analyzeInSteps(text, { path: file, config, today: today(), cache: new FactsCache(), ...(posting ? { posting } : {}) }));
    closedFiles.set(file, { text, config, posting, result });
    return result;
  }

  /**
   * The analysis of the document's current text. A large document's first analysis is
   * spread over several turns of the event loop, and restarted on the newest text when the
   * writer types meanwhile, so no handler holds the loop for long and no stale text is
   * finished.
   */
  async function analysisOf(document: TextDocument, handler: string): Promise<FileAnalysis | undefined> {
    // The loop ends when an analysis finishes on the current text or the document closes.
    while (documents.get(document.uri) === document) {
      const { uri, version } = document;
      const text = document.getText();
      if (!isDraft(uri, text)) return undefined;
      const resolved = await settings.get(uri);
      if (document.version !== version) continue;
      const steps = store.analyseInSteps(uri, version, text, resolved.config, documentPosting(uri, text, resolved)?.posting);
      const done = await runSliced(handler, steps, () => document.version !== version || documents.get(uri) !== document);
      if (done) return done.value;
    }
    return undefined;
  }

  /** Open drafts of the project are analysed first, in slices, so the coverage counts their current text. */
  async function postingCoverage(uri: string | undefined): Promise<ProjectCoverage | { error: string } | undefined> {
    const anchor = requestAnchor(uri);
    if (!anchor) return undefined;
    const resolved = await settings.get(anchor);
    const state = postings.get(resolved.postingFile);
    if (!state) return undefined;
    if (!state.ok) return { error: `${path.basename(state.file)}: ${state.error}` };
    const project = projectRootOf(anchor, resolved.configFile);
    for (const d of documents.all()) {
      const file = URI.toFsPath(d.uri);
      if (file && project && file.startsWith(project + path.sep) && file !== state.linked.file) await analysisOf(d, 'postingCoverage');
    }
    const linked = state.linked;
    return busy(
      'postingCoverage',
      () => {
        const found = projectOf(anchor, resolved.config, resolved.configFile, linked);
        if (!found) return undefined;
        const { coverage } = store.crossFile(found.key, found.project);
        return coverage ? { linked, coverage, members: found.project.members } : undefined;
      },
      'posting coverage',
    );
  }

  return {
    documents,
    store,
    settings,
    savedVersions,
    today,
    workspaceRoots: () => workspaceRoots,
    setWorkspaceRoots: (roots) => {
      workspaceRoots = roots;
    },
    openFiles,
    workspaceFolderOf,
    requestAnchor,
    projectRootOf,
    linkedPosting,
    documentPosting,
    analysisOf,
    shownAnalysisOf,
    analyseWorkspaceFile,
    shownFindingsOf,
    postingCoverage,
    forgetClosedFiles: () => closedFiles.clear(),
    busy,
    runSliced: (handler, steps) => runSliced(handler, steps),
  };
}
