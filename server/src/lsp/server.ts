import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as path from 'node:path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  Connection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeInSteps, calendarDate } from '../core/analyze';
import { CalendarDate } from '../core/rules/context';
import { FactsCache } from '../core/analysis/facts';
import { ALL_RULES } from '../core/rules/registry';
import { Commands, PostingCoverageChangedNotification, PostingCoverageChangedParams, ProjectConfigChangedNotification } from '@ecq-writer/protocol';
import { ServerContext } from './features/context';
import { FIX_ALL_KIND, registerCodeActions } from './features/codeActions';
import { registerCompletion } from './features/completion';
import { registerDiagnostics } from './features/diagnostics';
import { registerDocumentStats } from './features/documentStats';
import { registerHover } from './features/hover';
import { registerPostingCoverage } from './features/postingCoverage';
import { registerCodeLens } from './features/codeLens';
import { registerInterview } from './features/interview';
import { registerRevisionReview } from './features/revision';
import { registerRetarget } from './features/retarget';
import { registerReportRequests } from './features/report';
import { registerServerStats } from './features/serverStats';
import { registerSymbols } from './features/symbols';
import { registerServerCommands } from './features/vocabulary';
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

/**
 * Wires the language server: what it can do, its lifecycle (start-up, warm-up, changes of
 * settings and files, documents opening, changing, saving and closing), and one handler per
 * request, each registered from its own file in features/.
 */
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
  const { store, settings } = model;

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
        executeCommandProvider: { commands: [Commands.addToVocabulary, Commands.ignoreFinding, Commands.ignoredFindings, Commands.clearIgnoredFindings] },
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

  // ecq.config.json, ecq-vocabulary.txt, ecq-ignore.json and drafts on disk (folder packages) changed.
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
    model.savedVersions.set(e.document.uri, e.document.version);
  });
  documents.onDidClose((e) => {
    store.close(e.document.uri);
    settings.forget(e.document.uri);
    model.savedVersions.delete(e.document.uri);
  });

  const context: ServerContext = { ...model, connection, docsRoot, debounceMs, log, refreshDiagnostics: refresh, guarded };
  registerDiagnostics(context);
  registerCodeActions(context);
  registerHover(context);
  registerSymbols(context);
  registerCompletion(context);
  registerServerCommands(context);
  registerDocumentStats(context);
  registerPostingCoverage(context);
  registerCodeLens(context);
  registerInterview(context);
  registerRevisionReview(context);
  registerRetarget(context);
  registerWorkspaceRequests(context);
  registerReportRequests(context);
  registerServerStats(context, timings);

  connection.onShutdown(() => {
    closed = true;
    if (coverageTimer) clearTimeout(coverageTimer);
    timings.dispose();
  });

  documents.listen(connection);
}
