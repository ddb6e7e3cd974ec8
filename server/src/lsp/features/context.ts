import type { Connection } from 'vscode-languageserver';
import type { WorkspaceModel } from '../workspaceModel';

/**
 * What the server's handlers need from it: the shared model of documents and projects
 * (`workspaceModel.ts`), the connection, and the handler wrappers that log failures and
 * time each run. server.ts builds one and hands it to each feature's `register…` function.
 */
export interface ServerContext extends WorkspaceModel {
  readonly connection: Connection;
  /** Where the rules' docs pages are, for the diagnostics' links. */
  readonly docsRoot: string;
  /** How long to wait for typing to pause before analysing, in milliseconds. */
  readonly debounceMs: number;
  /** Writes a line to the server's output. */
  log(message: string): void;
  /** Asks the client to pull every document's diagnostics again. */
  refreshDiagnostics(): void;
  /** Runs a handler; an exception becomes a log line and the empty result. */
  guarded<T>(name: string, empty: T, fn: () => T | Promise<T>): Promise<T>;
}
