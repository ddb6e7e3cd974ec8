import { PassThrough } from 'node:stream';
import { createConnection, createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { Diagnostic, DocumentDiagnosticReport, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { startServer } from '../../server/src/lsp/server';
import { TODAY } from '../helpers/fixtures';
import { URI } from '../../server/src/lsp/uri';
import { TempDir, tempDir } from '../helpers/tempDir';

/**
 * A language server and a protocol client in one process, connected by a pair of streams:
 * the protocol layer tested without an editor.
 */
export interface TestServer {
  readonly client: MessageConnection;
  /** Settings the server gets for `ecq` through workspace/configuration. */
  settings: Record<string, unknown>;
  readonly refreshes: () => number;
  readonly logs: string[];
  readonly messages: string[];
  /** Errors the client's protocol layer logged, such as a notification with the wrong number of parameters. */
  readonly protocolErrors: string[];
  open(uri: string, text: string, languageId?: string): Promise<void>;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void>;
  diagnostics(uri: string): Promise<Diagnostic[]>;
  /** Shuts the server down as a client would, then closes both ends. */
  dispose(): Promise<void>;
}

/** The client capabilities VS Code advertises, as far as the server reads them. */
export const VSCODE_CAPABILITIES = { workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: { dynamicRegistration: false } } };

export async function startTestServer(workspaceFolder?: string, capabilities: object = VSCODE_CAPABILITIES): Promise<TestServer> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server, { today: () => TODAY, debounceMs: 0 });
  server.listen();

  const protocolErrors: string[] = [];
  const protocolLogger = { error: (m: string) => void protocolErrors.push(m), warn: () => undefined, info: () => undefined, log: () => undefined };
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer), protocolLogger);
  let refreshCount = 0;
  const logs: string[] = [];
  const messages: string[] = [];
  const state: { settings: Record<string, unknown> } = { settings: {} };
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => state.settings));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/diagnostic/refresh', () => {
    refreshCount++;
    return null;
  });
  client.onRequest('window/showMessageRequest', (p: { message: string }) => {
    messages.push(p.message);
    return null;
  });
  client.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  client.onNotification('window/showMessage', (p: { message: string }) => {
    messages.push(p.message);
  });
  client.listen();

  const folders = workspaceFolder ? [{ uri: URI.fromFsPath(workspaceFolder), name: 'test' }] : null;
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: folders?.[0]?.uri ?? null,
    workspaceFolders: folders,
    capabilities,
  });
  await client.sendNotification('initialized', {});

  const harness: TestServer = {
    client,
    get settings() {
      return state.settings;
    },
    set settings(value) {
      state.settings = value;
    },
    refreshes: () => refreshCount,
    logs,
    messages,
    protocolErrors,
    async open(uri, text, languageId = 'markdown') {
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    async change(uri, version, changes) {
      await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    },
    async diagnostics(uri) {
      const report = (await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
      return report.kind === 'full' ? report.items : [];
    },
    async dispose() {
      await client.sendRequest('shutdown').catch(() => undefined);
      client.dispose();
      server.dispose();
    },
  };
  return harness;
}

/** What `serverOnFreshProject` gives each test: read it inside tests and hooks only. */
export interface ProjectServer {
  readonly server: TestServer;
  readonly project: TempDir;
  /** The URI of a file of the project. */
  uriOf(name: string): string;
}

/**
 * For each test of the calling suite, a fresh project folder holding `files` and a server
 * whose workspace is that folder; both are removed after the test. It registers the suite's
 * first setup and teardown hooks, so the suite's own setup runs with the server started.
 */
export function serverOnFreshProject(files: Record<string, string> | (() => Record<string, string>)): ProjectServer {
  let current: { server: TestServer; project: TempDir } | undefined;
  setup(async () => {
    const project = tempDir(typeof files === 'function' ? files() : files);
    current = { project, server: await startTestServer(project.dir) };
  });
  teardown(async () => {
    if (!current) return;
    const { server, project } = current;
    current = undefined;
    await server.dispose();
    project.dispose();
  });
  const live = (): { server: TestServer; project: TempDir } => {
    if (!current) throw new Error('the project server exists only while a test runs');
    return current;
  };
  return {
    get server() {
      return live().server;
    },
    get project() {
      return live().project;
    },
    uriOf: (name) => URI.fromFsPath(live().project.file(name)),
  };
}
