import type { Connection } from 'vscode-languageserver';
import type { AnalysisResult } from '../../core/analyze';
import type { CalendarDate } from '../../core/rules/context';
import type { AnalyzerConfig } from '../../core/config';
import type { DocumentModel } from '../../core/parse/document';
import type { Finding } from '../../core/rules/types';
import type { Steps } from '../../core/steps';
import type { LinkedPosting } from '../postingService';
import type { ResolvedSettings, SettingsCache } from '../settings';

/**
 * What the server's workspace-wide requests need from it: the workspace, the settings, the
 * analyses, and the handler wrappers that log failures and time each run. server.ts builds
 * one and hands it to each feature's `register…` function.
 */
export interface ServerContext {
  readonly connection: Connection;
  readonly settings: SettingsCache;
  /** Where the rules' docs pages are, for the diagnostics' links. */
  readonly docsRoot: string;
  readonly today: () => CalendarDate;
  workspaceRoots(): readonly string[];
  /** The text of every open document, by file path. */
  openFiles(): Map<string, string>;
  workspaceFolderOf(uri: string): string | undefined;
  /** What a project-wide request is about: the document it names, else the first workspace folder. */
  requestAnchor(uri: string | undefined): string | undefined;
  /** The folder of the project config, else the workspace folder. */
  projectRootOf(uri: string, configFile: string | undefined): string | undefined;
  linkedPosting(resolved: ResolvedSettings): LinkedPosting | undefined;
  /** A whole-file analysis: an open draft's from the store, a closed one's from a cache or sliced. */
  analyseWorkspaceFile(handler: string, file: string, text: string, config: AnalyzerConfig): Promise<AnalysisResult>;
  /** A file's findings with its project's cross-file findings: what its diagnostics show. */
  shownFindingsOf(file: string, result: { readonly document: DocumentModel; readonly findings: readonly Finding[] }): Promise<readonly Finding[]>;
  /** Runs a handler; an exception becomes a log line and the empty result. */
  guarded<T>(name: string, empty: T, fn: () => T | Promise<T>): Promise<T>;
  /** Runs synchronous work, timed under the handler's name. */
  busy<T>(name: string, fn: () => T, step?: string): T;
  /** Runs the engine's steps a slice at a time. */
  runSliced<T>(handler: string, steps: Steps<T>): Promise<{ value: T }>;
}
