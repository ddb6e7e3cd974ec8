import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as path from 'node:path';
import {
  CancellationToken,
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  FullDocumentDiagnosticReport,
  InitializeParams,
  InitializeResult,
  CodeLens,
  CodeLensRefreshRequest,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisResult, analyzeInSteps, calendarDate } from '../core/analyze';
import { CalendarDate } from '../core/rules/context';
import { documentStats } from '../core/outline';
import { addVocabularyTerm, DEFAULT_VOCABULARY_FILE } from '../node/projectConfig';
import { Analysis, AnalysisStore, FileAnalysis, isDraft } from './analysisStore';
import { Steps } from '../core/steps';
import { FactsCache } from '../core/analysis/facts';
import { AnalyzerConfig } from '../core/config';
import { ALL_RULES } from '../core/rules/registry';
import { toDiagnostic } from './convert';
import { codeActions, completion, documentSymbols, FIX_ALL_KIND, foldingRanges, hover } from './features';
import {
  Commands,
  DocumentStatsRequest,
  DocumentStatsResult,
  PostingCoverageChangedNotification,
  PostingCoverageChangedParams,
  PostingCoverageRequest,
  PostingCoverageResult,
  ProjectConfigChangedNotification,
  ServerStatsRequest,
} from '@ecq-writer/protocol';
import { LinkedPosting, PostingService } from './postingService';
import { coverageResult, postingCodeLenses } from './postingFeatures';
import { isFolderPackageMember } from '../core/package';
import { Project, withCrossFileFindings } from '../core/project';
import { ServerContext } from './features/context';
import { registerReportRequests } from './features/report';
import { registerWorkspaceRequests } from './features/workspace';
import { DocumentModel } from '../core/parse/document';
import { Finding, isCounted } from '../core/rules/types';
import { ResolvedSettings } from './settings';
import { EditorSettings, SettingsCache } from './settings';
import { URI } from './uri';
import { HandlerTimings } from './timing';
import { nextTurn, runSliced as runStepsSliced } from './scheduler';

export interface ServerOptions {
  /** The date recency is judged against; tests fix it. */
  readonly today?: () => CalendarDate;
  /** How long to wait for typing to pause before analysing, in milliseconds. */
  readonly debounceMs?: number;
  /** Where docs/rules lives, as a URI, for the links in diagnostics. */
  readonly docsRoot?: string;
}

/** The extension's root: the nearest folder above this file that holds docs/rules. */
function findDocsRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'docs', 'rules'))) return URI.fromFsPath(dir).replace(/\/$/, '');
    dir = path.dirname(dir);
  }
  return URI.fromFsPath(path.dirname(__dirname)).replace(/\/$/, '');
}

const EMPTY_REPORT: FullDocumentDiagnosticReport = Object.freeze({ kind: DocumentDiagnosticReportKind.Full, items: [] });

function emptyCoverage(): PostingCoverageResult {
  return { drafts: [], overall: 0, termScore: 0, tqScore: null, tqs: [], terms: [] };
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const today = options.today ?? (() => calendarDate(new Date()));
  // Long enough to let a burst of keystrokes settle, short enough to stay far inside the
  // half second in which a writer expects to see a finding appear.
  const debounceMs = options.debounceMs ?? 75;
  const docsRoot = options.docsRoot ?? findDocsRoot();
  const store = new AnalysisStore(today);
  const timings = new HandlerTimings();
  const busy = <T>(name: string, fn: () => T, step?: string): T => timings.busy(name, fn, step);
  const savedVersions = new Map<string, number>();
  let workspaceRoots: string[] = [];
  let canPullConfiguration = false;
  let canRefreshCodeLenses = false;
  // Asking for folder changes from a client that does not send them throws (issue 12).
  let canWatchFolders = false;
  const reported = new Set<string>();

  const log = (message: string): void => connection.console.log(message);
  const reportConfigMessages = (messages: readonly string[]): void => {
    for (const m of messages) {
      if (reported.has(m)) continue;
      reported.add(m);
      connection.console.warn(m);
      void connection.window.showWarningMessage(`ECQ Writer: ${m}`);
    }
  };

  const workspaceFolderOf = (uri: string): string | undefined => {
    const file = URI.toFsPath(uri);
    if (!file) return undefined;
    return workspaceRoots.filter((r) => file === r || file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
  };

  const settings = new SettingsCache(
    async (uri) => (canPullConfiguration ? ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'ecq' })) as EditorSettings | undefined) : undefined),
    workspaceFolderOf,
    reportConfigMessages,
  );

  const documentAt = (file: string): TextDocument | undefined => documents.get(URI.fromFsPath(file)) ?? documents.all().find((d) => URI.toFsPath(d.uri) === file);
  const postings = new PostingService((file) => {
    const d = documentAt(file);
    return d ? { text: d.getText(), version: d.version } : undefined;
  });

  /** The posting linked for a resource, reporting once when it cannot be read. */
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
    if (!file || doc.kind === 'posting' || (!linked && !isFolderPackageMember(doc))) return [];
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

  /** The analysis of the document's current text, with its project's findings: what its diagnostics show. */
  async function shownAnalysisOf(document: TextDocument, handler: string): Promise<Analysis | undefined> {
    const analysis = await analysisOf(document, handler);
    if (!analysis) return undefined;
    // The settings the analysis was made with, from the cache; a newer version typed
    // meanwhile gets its own pull, as it did before cross-file findings were added.
    const resolved = await settings.get(document.uri);
    return busy(handler, () => withProjectFindings(analysis, resolved), 'cross-file findings');
  }

  /**
   * Runs a handler and turns an exception into a log line and an empty result. Handlers
   * record how long they hold the event loop (`busy`), which is what typing waits on.
   */
  async function guarded<T>(name: string, empty: T, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      connection.console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return empty;
    }
  }

  const openFiles = (): Map<string, string> => {
    const map = new Map<string, string>();
    for (const d of documents.all()) {
      const file = URI.toFsPath(d.uri);
      if (file) map.set(file, d.getText());
    }
    return map;
  };

  function runSliced<T>(handler: string, steps: Steps<T>): Promise<{ value: T }>;
  function runSliced<T>(handler: string, steps: Steps<T>, stale: () => boolean): Promise<{ value: T } | undefined>;
  function runSliced<T>(handler: string, steps: Steps<T>, stale?: () => boolean): Promise<{ value: T } | undefined> {
    return stale ? runStepsSliced(timings, handler, steps, stale) : runStepsSliced(timings, handler, steps);
  }

  /** Analyses of closed files for the workspace requests, kept while the file and its config stay the same. */
  const closedFiles = new Map<string, { text: string; config: AnalyzerConfig; result: AnalysisResult }>();

  /**
   * A whole-file analysis for the workspace requests: an open draft's comes from the store
   * (the one its diagnostics use), a closed file's from a cache, and anything new is
   * analysed in slices like an open document.
   */
  async function analyseWorkspaceFile(handler: string, file: string, text: string, config: AnalyzerConfig) {
    const open = documents.get(URI.fromFsPath(file)) ?? documents.all().find((d) => URI.toFsPath(d.uri) === file);
    if (open) {
      const analysis = await analysisOf(open, handler);
      if (analysis) return analysis.result;
    }
    const known = closedFiles.get(file);
    if (known && known.text === text && known.config === config) return known.result;
    const { value: result } = await runSliced(handler, analyzeInSteps(text, { path: file, config, today: today(), cache: new FactsCache() }));
    closedFiles.set(file, { text, config, result });
    return result;
  }

  /**
   * The analysis of the document's current text. A large document's first analysis is
   * spread over several turns of the event loop, and restarted on the newest text when the
   * writer types meanwhile, so no handler holds the loop for long and no stale text is
   * finished.
   */
  async function analysisOf(document: TextDocument, handler: string) {
    // The loop ends when an analysis finishes on the current text or the document closes.
    while (documents.get(document.uri) === document) {
      const { uri, version } = document;
      const text = document.getText();
      if (!isDraft(uri, text)) return undefined;
      const resolved = await settings.get(uri);
      if (document.version !== version) continue;
      const steps = store.analyseInSteps(uri, version, text, resolved.config, linkedPosting(resolved)?.posting);
      const done = await runSliced(handler, steps, () => document.version !== version || documents.get(uri) !== document);
      if (done) return done.value;
    }
    return undefined;
  }

  let closed = false;
  const refresh = (): void => {
    if (closed) return;
    void connection.languages.diagnostics.refresh().catch(() => undefined);
  };
  /** Tells the client's coverage views and the posting's code lenses to ask again. */
  const coverageChanged = (reason: PostingCoverageChangedParams['reason']): void => {
    if (closed) return;
    try {
      void connection.sendNotification(PostingCoverageChangedNotification, { reason }).catch(() => undefined);
      if (canRefreshCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    } catch {
      // The client went away without a shutdown; the process ends with the connection.
      closed = true;
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canRefreshCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    canWatchFolders = params.capabilities.workspace?.workspaceFolders === true;
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => URI.toFsPath(f.uri)).filter((p): p is string => !!p);
    if (workspaceRoots.length === 0 && params.rootUri) {
      const root = URI.toFsPath(params.rootUri);
      if (root) workspaceRoots = [root];
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        // A one-ECQ file's findings depend on the other ECQ files of its folder.
        diagnosticProvider: { identifier: 'ecq', interFileDependencies: true, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'ECQ Writer' },
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: [' '] },
        executeCommandProvider: { commands: [Commands.addToVocabulary] },
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'ECQ Writer' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => URI.toFsPath(f.uri)));
        workspaceRoots = [...workspaceRoots.filter((r) => !removed.has(r)), ...e.added.map((f) => URI.toFsPath(f.uri)).filter((p): p is string => !!p)];
      });
    }
    log(`ECQ Writer language server ready (debounce ${debounceMs} ms; workspace: ${workspaceRoots.join(', ') || 'none'})`);
    void warmUp();
  });

  /**
   * Runs the engine over the rules' own examples a few times, in slices, right after
   * start-up: the JavaScript engine compiles the analysis code then, rather than during the
   * writer's first edit of a large draft.
   */
  async function warmUp(): Promise<void> {
    const sample = ALL_RULES.flatMap((r) => [...r.examples.bad, ...r.examples.good])
      .map((e) => e.text.replace(/\[\[|\]\]/g, ''))
      .join('\n\n');
    // About 60 KB, analysed in slices as a large draft would be: the engine compiles the
    // code paths that large drafts take, without holding the server for long at any point.
    const text = sample.repeat(Math.max(1, Math.ceil(60_000 / sample.length)));
    const start = performance.now();
    for (let round = 0; round < 4; round++) {
      await runSliced('warmUp', analyzeInSteps(text, { path: 'warm-up.ecq.md', today: today(), cache: new FactsCache() }));
      await nextTurn();
    }
    log(`Engine warmed up in ${(performance.now() - start).toFixed(0)} ms`);
  }

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    store.invalidate();
    closedFiles.clear();
    reported.clear();
    refresh();
  });

  // ecq.config.json, ecq-vocabulary.txt and drafts on disk (folder packages) changed.
  connection.onNotification(ProjectConfigChangedNotification, () => filesChanged());
  connection.onDidChangeWatchedFiles(() => filesChanged());
  function filesChanged(): void {
    settings.clear();
    store.invalidate();
    store.forgetListings();
    closedFiles.clear();
    reported.clear();
    refresh();
    coverageChanged('files');
  }

  // Any edit can change the coverage of the linked posting: the views that show it are told
  // once typing pauses, and an edit to the posting itself changes every draft's findings.
  let coverageTimer: ReturnType<typeof setTimeout> | undefined;
  let postingEdited = false;
  documents.onDidChangeContent((e) => {
    if (/\.posting\.[a-z]+$/i.test(e.document.uri)) postingEdited = true;
    if (coverageTimer) clearTimeout(coverageTimer);
    coverageTimer = setTimeout(() => {
      if (postingEdited) refresh();
      postingEdited = false;
      coverageChanged('edit');
    }, 300);
  });

  documents.onDidSave((e) => {
    savedVersions.set(e.document.uri, e.document.version);
  });
  documents.onDidClose((e) => {
    store.close(e.document.uri);
    settings.forget(e.document.uri);
    savedVersions.delete(e.document.uri);
  });

  connection.languages.diagnostics.on(async (params, token: CancellationToken) => {
    // Let a burst of keystrokes settle; the client asks again after any change that
    // arrives while this request is open, so the newest text is always analysed last.
    await new Promise((resolve) => setTimeout(resolve, debounceMs));
    if (token.isCancellationRequested) return EMPTY_REPORT;
    return guarded('diagnostics', EMPTY_REPORT, async () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return EMPTY_REPORT;
      const resolved = await settings.get(document.uri);
      if (resolved.run === 'onSave') {
        const saved = savedVersions.get(document.uri);
        const last = store.lastShown(document.uri);
        // Lint on save: keep showing the last saved analysis while the writer types.
        if (saved === undefined && !last) savedVersions.set(document.uri, document.version);
        else if (saved !== document.version && last) return reportOf(last, document.version);
      }
      const shown = await shownAnalysisOf(document, 'diagnostics');
      if (!shown) return EMPTY_REPORT;
      return busy('diagnostics', () => reportOf(shown, shown.version), 'report');
    });
  });

  /** A document's project folder: the folder of its project config, else its workspace folder. */
  function projectRootOf(uri: string, configFile: string | undefined): string | undefined {
    return configFile ? path.dirname(configFile) : workspaceFolderOf(uri);
  }

  /** What a project-wide request is about: the document it names, else the first workspace folder. */
  function requestAnchor(uri: string | undefined): string | undefined {
    return uri ?? (workspaceRoots[0] ? URI.fromFsPath(path.join(workspaceRoots[0], 'ecq.config.json')) : undefined);
  }

  /** Coverage of the linked posting by the drafts of `uri`'s workspace folder; open drafts are analysed first, in slices. */
  async function postingCoverage(uri: string | undefined): Promise<{ result: PostingCoverageResult; linked: LinkedPosting } | { error: string } | undefined> {
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
        return coverage ? { result: coverageResult(linked, coverage, found.project.members), linked } : undefined;
      },
      'posting coverage',
    );
  }

  function reportOf(analysis: Analysis, version: number): FullDocumentDiagnosticReport {
    const lines = analysis.result.document.lines;
    return { kind: DocumentDiagnosticReportKind.Full, items: analysis.findings.map((f, i) => toDiagnostic(lines, f, version === analysis.version ? analysis.version : -1, i, docsRoot)) };
  }

  connection.onCodeAction((params) =>
    guarded('codeAction', [], () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      return busy('codeAction', () => codeActions(document, store.current(document.uri, document.version), params.context.diagnostics, params.context.only));
    }),
  );

  connection.onHover((params) =>
    guarded('hover', null, async () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      const analysis = await shownAnalysisOf(document, 'hover');
      return analysis ? busy('hover', () => hover(analysis, params.position, docsRoot)) : null;
    }),
  );

  connection.onDocumentSymbol((params) =>
    guarded('documentSymbol', [], async () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const analysis = await analysisOf(document, 'documentSymbol');
      return analysis ? busy('documentSymbol', () => documentSymbols(analysis)) : [];
    }),
  );

  connection.onFoldingRanges((params) =>
    guarded('foldingRange', [], async () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const analysis = await analysisOf(document, 'foldingRange');
      return analysis ? busy('foldingRange', () => foldingRanges(analysis)) : [];
    }),
  );

  connection.onCompletion((params) =>
    guarded('completion', [], async () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const analysis = await analysisOf(document, 'completion');
      return busy('completion', () => completion(analysis, document, params.position));
    }),
  );

  connection.onExecuteCommand((params) =>
    guarded('executeCommand', undefined, async () => {
      if (params.command !== Commands.addToVocabulary) return undefined;
      const arg = params.arguments?.[0] as { uri?: unknown; term?: unknown } | undefined;
      if (typeof arg?.uri !== 'string' || typeof arg.term !== 'string' || !/^[\w.&/-]{1,40}$/.test(arg.term)) throw new Error('addToVocabulary needs { uri, term }');
      const resolved = await settings.get(arg.uri);
      const folder = workspaceFolderOf(arg.uri) ?? path.dirname(URI.toFsPath(arg.uri) ?? '.');
      const file = resolved.vocabularyFile ?? path.join(folder, DEFAULT_VOCABULARY_FILE);
      // An explicit request from the writer: the only time the server writes a file.
      const added = addVocabularyTerm(file, arg.term, resolved.projectFolder ?? folder);
      if (!added.ok) throw new Error(`cannot add ${arg.term} to the vocabulary: ${added.error}`);
      log(`Added ${arg.term} to ${file}`);
      settings.clear();
      store.invalidate();
      refresh();
      return undefined;
    }),
  );

  connection.onRequest(DocumentStatsRequest, (params) =>
    guarded<DocumentStatsResult>('documentStats', { isDraft: false }, async () => {
      const document = documents.get(params.uri);
      if (!document) return { isDraft: false };
      const analysis = await shownAnalysisOf(document, 'documentStats');
      if (!analysis) return { isDraft: false };
      const stats = busy('documentStats', () => documentStats(analysis.result.document, analysis.config, analysis.posting));
      // Counted as the Problems panel counts them: hints are not listed there.
      return { isDraft: true, ...stats, findings: analysis.findings.filter(isCounted).length, errors: analysis.findings.filter((f) => f.severity === 'error').length };
    }),
  );

  connection.onRequest(PostingCoverageRequest, (params) =>
    guarded<PostingCoverageResult>('postingCoverage', emptyCoverage(), async () => {
      const found = await postingCoverage(params.uri);
      if (!found) return emptyCoverage();
      if ('error' in found) return { ...emptyCoverage(), error: found.error };
      return found.result;
    }),
  );

  connection.onCodeLens((params) =>
    guarded<CodeLens[]>('codeLens', [], async () => {
      const file = URI.toFsPath(params.textDocument.uri);
      if (!file) return [];
      const resolved = await settings.get(params.textDocument.uri);
      if (resolved.postingFile !== file) return [];
      const found = await postingCoverage(params.textDocument.uri);
      if (!found || 'error' in found) return [];
      const title = found.linked.posting.title;
      return postingCodeLenses(found.result, title ? found.linked.sourceLines.positionAt(found.linked.posting.toSource(title.span.start)).line : undefined);
    }),
  );

  const context: ServerContext = {
    connection,
    settings,
    docsRoot,
    today,
    workspaceRoots: () => workspaceRoots,
    openFiles,
    workspaceFolderOf,
    requestAnchor,
    projectRootOf,
    linkedPosting,
    analyseWorkspaceFile,
    shownFindingsOf,
    guarded,
    busy,
    runSliced: (handler, steps) => runSliced(handler, steps),
  };
  registerWorkspaceRequests(context);
  registerReportRequests(context);

  connection.onRequest(ServerStatsRequest, () => ({ handlers: structuredClone(timings.handlers), longestGcMs: timings.longestGcMs, longestGcKind: timings.longestGcKind, heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1048576), analyses: store.analyses }));
  connection.onShutdown(() => {
    closed = true;
    if (coverageTimer) clearTimeout(coverageTimer);
    timings.dispose();
  });

  documents.listen(connection);
}
