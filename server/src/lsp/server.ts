import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as path from 'node:path';
import { CancellationToken, CodeActionKind, CodeLens, Connection, DidChangeConfigurationNotification, DocumentDiagnosticReportKind, FullDocumentDiagnosticReport, InitializeParams, InitializeResult, CodeLensRefreshRequest, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeInSteps, calendarDate } from '../core/analyze';
import { CalendarDate } from '../core/rules/context';
import { FactsCache } from '../core/analysis/facts';
import { ALL_RULES } from '../core/rules/registry';
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
import { documentStats } from '../core/outline';
import { addVocabularyTerm, DEFAULT_VOCABULARY_FILE } from '../node/projectConfig';
import { isCounted } from '../core/rules/types';
import { Analysis } from './analysisStore';
import { toDiagnostic } from './convert';
import { codeActions, completion, documentSymbols, FIX_ALL_KIND, foldingRanges, hover } from './features';
import { LinkedPosting } from './postingService';
import { coverageResult, postingCodeLenses } from './postingFeatures';
import { ServerContext } from './features/context';
import { registerReportRequests } from './features/report';
import { registerWorkspaceRequests } from './features/workspace';
import { EditorSettings } from './settings';
import { URI } from './uri';
import { HandlerTimings } from './timing';
import { nextTurn } from './scheduler';
import { createWorkspaceModel } from './workspaceModel';

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
  const timings = new HandlerTimings();
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

  const model = createWorkspaceModel({
    documents,
    today,
    timings,
    editorSettings: async (uri) => (canPullConfiguration ? ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'ecq' })) as EditorSettings | undefined) : undefined),
    reportConfigMessages,
  });
  const { store, settings, savedVersions, busy, analysisOf, shownAnalysisOf, workspaceFolderOf } = model;

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
    const roots = (params.workspaceFolders ?? []).map((f) => URI.toFsPath(f.uri)).filter((p): p is string => !!p);
    const root = roots.length === 0 && params.rootUri ? URI.toFsPath(params.rootUri) : undefined;
    model.setWorkspaceRoots(root ? [root] : roots);
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
        model.setWorkspaceRoots([...model.workspaceRoots().filter((r) => !removed.has(r)), ...e.added.map((f) => URI.toFsPath(f.uri)).filter((p): p is string => !!p)]);
      });
    }
    log(`ECQ Writer language server ready (debounce ${debounceMs} ms; workspace: ${model.workspaceRoots().join(', ') || 'none'})`);
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
      await model.runSliced('warmUp', analyzeInSteps(text, { path: 'warm-up.ecq.md', today: today(), cache: new FactsCache() }));
      await nextTurn();
    }
    log(`Engine warmed up in ${(performance.now() - start).toFixed(0)} ms`);
  }

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    store.invalidate();
    model.forgetClosedFiles();
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
    model.forgetClosedFiles();
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

  async function postingCoverage(uri: string | undefined): Promise<{ result: PostingCoverageResult; linked: LinkedPosting } | { error: string } | undefined> {
    const found = await model.postingCoverage(uri);
    if (!found || 'error' in found) return found;
    return { result: busy('postingCoverage', () => coverageResult(found.linked, found.coverage, found.members), 'posting coverage'), linked: found.linked };
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

  const context: ServerContext = { ...model, connection, docsRoot, debounceMs, log, refreshDiagnostics: refresh, guarded };
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
