import * as path from 'node:path';
import { URI } from './uri';
import { AnalyzerConfig, DEFAULT_CONFIG, resolveConfig } from '../core/config';
import { configFingerprint, loadConfigFor, LoadedConfig } from '../node/projectConfig';

/**
 * Per-resource configuration: the editor's `ecq.*` settings, with the project config file
 * (`ecq.config.json`) applied on top where it is present. Cached per document and per
 * folder; dropped when settings or config files change.
 */

/** The `ecq` settings as the client sends them; the same shape as the project config file. */
export interface EditorSettings {
  readonly ecqSet?: unknown;
  readonly limits?: unknown;
  readonly recencyYears?: unknown;
  readonly rules?: Record<string, unknown>;
  readonly run?: unknown;
}

export type RunMode = 'onType' | 'onSave';

export interface ResolvedSettings {
  readonly config: AnalyzerConfig;
  readonly run: RunMode;
  readonly configFile: string | undefined;
  /** The folder whose files the project config may name; nothing outside it is read or written. */
  readonly projectFolder: string | undefined;
  readonly vocabularyFile: string | undefined;
  /** The job posting the project config links, as an absolute path. */
  readonly postingFile: string | undefined;
  readonly messages: LoadedConfig['messages'];
}

/** Settings → analyzer config. "default" for a rule means: leave it to the registry. */
export function settingsToConfig(settings: EditorSettings | undefined): { config: AnalyzerConfig; problems: string[] } {
  if (!settings) return { config: DEFAULT_CONFIG, problems: [] };
  const rules: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(settings.rules ?? {})) if (value !== 'default') rules[id] = value;
  const raw: Record<string, unknown> = { rules };
  if (settings.ecqSet !== undefined) raw['ecqSet'] = settings.ecqSet;
  if (settings.limits !== undefined) raw['limits'] = settings.limits;
  if (settings.recencyYears !== undefined) raw['recencyYears'] = settings.recencyYears;
  const { config, problems } = resolveConfig(raw);
  return { config, problems: problems.map((p) => `Setting ecq.${p.key}: ${p.message}`) };
}

export class SettingsCache {
  private readonly byUri = new Map<string, { settings: Promise<ResolvedSettings>; fingerprint: string }>();

  constructor(
    private readonly fetch: (uri: string) => Promise<EditorSettings | undefined>,
    private readonly workspaceFolder: (uri: string) => string | undefined,
    private readonly report: (messages: readonly string[]) => void,
  ) {}

  /**
   * The settings for a document. The project config is read again when its file (or the
   * vocabulary's) changes on disk, even if no file watcher says so.
   */
  get(uri: string): Promise<ResolvedSettings> {
    const file = URI.toFsPath(uri);
    const fingerprint = file ? configFingerprint(file, this.workspaceFolder(uri)) : '';
    let entry = this.byUri.get(uri);
    if (!entry || entry.fingerprint !== fingerprint) {
      entry = { settings: this.resolve(uri), fingerprint };
      this.byUri.set(uri, entry);
    }
    return entry.settings;
  }

  clear(): void {
    this.byUri.clear();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private async resolve(uri: string): Promise<ResolvedSettings> {
    const editor = await this.fetch(uri).catch(() => undefined);
    const { config: base, problems } = settingsToConfig(editor);
    const run: RunMode = editor?.run === 'onSave' ? 'onSave' : 'onType';
    const file = URI.toFsPath(uri);
    if (!file) {
      this.report(problems);
      return { config: base, run, configFile: undefined, projectFolder: undefined, vocabularyFile: undefined, postingFile: undefined, messages: [] };
    }
    const loaded = loadConfigFor(file, undefined, base, this.workspaceFolder(uri));
    this.report([...problems, ...loaded.messages.map((m) => `${path.basename(m.file)}${m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : ''}: ${m.message}`)]);
    return { config: loaded.config, run, configFile: loaded.file, projectFolder: loaded.projectFolder, vocabularyFile: loaded.vocabularyFile, postingFile: loaded.postingFile, messages: loaded.messages };
  }
}
