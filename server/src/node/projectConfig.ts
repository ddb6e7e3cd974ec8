import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, ParseError, printParseErrorCode } from 'jsonc-parser';
import { AnalyzerConfig, DEFAULT_CONFIG, parseVocabulary, resolveConfig } from '../core/config';
import { LineIndex } from '../core/text/lineIndex';
import { decodeDraft } from './files';

/**
 * The project config file, `ecq.config.json` at the workspace root, read by both the CLI
 * and the language server. JSON with comments is accepted. A bad file never stops a run:
 * each problem is reported with the file and what is wrong, and the defaults stand.
 */

export const CONFIG_FILE_NAME = 'ecq.config.json';
export const DEFAULT_VOCABULARY_FILE = 'ecq-vocabulary.txt';

export interface ConfigMessage {
  readonly file: string;
  /** 1-based, when the problem has a place in the file. */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export interface LoadedConfig {
  readonly config: AnalyzerConfig;
  /** The config file used, if any. */
  readonly file: string | undefined;
  readonly vocabularyFile: string | undefined;
  /** The job posting the config links, as an absolute path. */
  readonly postingFile: string | undefined;
  readonly messages: readonly ConfigMessage[];
}

/** Looks for the config file in `startDir` and its parents, up to `stopAt` if given. */
export function findConfigFile(startDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(startDir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir || dir === stop) return undefined;
    dir = parent;
  }
}

/**
 * What the config for `target` was read from, as a string that changes when any of it
 * changes: whether a config file exists in each folder up to `stopAt` (the search stops at
 * the first), its modification time, and the vocabulary's. A long-running host compares it
 * to know when to read the config again, without relying on file watchers.
 */
export function configFingerprint(target: string, stopAt?: string): string {
  const parts: string[] = [];
  const stamp = (file: string): string => {
    try {
      const stat = fs.statSync(file);
      return `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return '-';
    }
  };
  let dir = path.dirname(path.resolve(target));
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    const s = stamp(candidate);
    parts.push(s);
    if (s !== '-') break;
    const parent = path.dirname(dir);
    if (parent === dir || dir === stop) break;
    dir = parent;
  }
  parts.push(stamp(path.join(stop ?? dir, DEFAULT_VOCABULARY_FILE)));
  return parts.join('|');
}

export function loadConfigFile(file: string, base: AnalyzerConfig = DEFAULT_CONFIG): LoadedConfig {
  const messages: ConfigMessage[] = [];
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    messages.push({ file, message: `cannot read the config file (${(e as NodeJS.ErrnoException).code ?? String(e)}); using the defaults` });
    return { config: base, file, vocabularyFile: undefined, postingFile: undefined, messages };
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(raw, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const lines = new LineIndex(raw);
    for (const e of errors.slice(0, 5)) {
      const pos = lines.positionAt(e.offset);
      messages.push({ file, line: pos.line + 1, column: pos.character + 1, message: `invalid JSON: ${printParseErrorCode(e.error)}; using the defaults` });
    }
    return { config: base, file, vocabularyFile: undefined, postingFile: undefined, messages };
  }
  const { config, problems } = resolveConfig(value, base);
  for (const p of problems) messages.push({ file, message: `${p.key ? `"${p.key}" ` : ''}${p.message}; using the default` });

  const vocabularyFile = path.resolve(path.dirname(file), config.vocabularyPath ?? DEFAULT_VOCABULARY_FILE);
  const vocab = loadVocabulary(vocabularyFile, config.vocabularyPath !== undefined);
  messages.push(...vocab.messages);
  const postingFile = config.postingPath ? path.resolve(path.dirname(file), config.postingPath) : undefined;
  if (postingFile && !fs.existsSync(postingFile)) messages.push({ file, message: `the posting "${config.postingPath}" does not exist (looked for ${postingFile})` });
  return { config: { ...config, vocabulary: vocab.vocabulary ?? config.vocabulary }, file, vocabularyFile, postingFile, messages };
}

function loadVocabulary(file: string, required: boolean): { vocabulary: AnalyzerConfig['vocabulary'] | undefined; messages: ConfigMessage[] } {
  if (!fs.existsSync(file)) {
    return { vocabulary: undefined, messages: required ? [{ file, message: 'the vocabulary file named in the config does not exist' }] : [] };
  }
  const decoded = decodeDraft(fs.readFileSync(file));
  if (!decoded.ok) return { vocabulary: undefined, messages: [{ file, message: decoded.error }] };
  const { vocabulary, problems } = parseVocabulary(decoded.text);
  return { vocabulary, messages: problems.map((p) => ({ file, line: p.line, message: p.message })) };
}

/**
 * The config for a file or folder: the nearest config file above it, applied on top of
 * `base` (the defaults, or the editor's settings: the project file wins where it speaks).
 * `stopAt` bounds the search, e.g. at the workspace folder.
 */
export function loadConfigFor(target: string, explicitFile?: string, base: AnalyzerConfig = DEFAULT_CONFIG, stopAt?: string): LoadedConfig {
  if (explicitFile) {
    if (!fs.existsSync(explicitFile)) {
      return { config: base, file: explicitFile, vocabularyFile: undefined, postingFile: undefined, messages: [{ file: explicitFile, message: 'the config file does not exist; using the defaults' }] };
    }
    return loadConfigFile(explicitFile, base);
  }
  let dir = path.resolve(target);
  try {
    if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir);
  }
  const found = findConfigFile(dir, stopAt);
  if (found) return loadConfigFile(found, base);
  // Without a config file, an ecq-vocabulary.txt in the workspace folder (or the starting
  // folder) still counts.
  const vocabularyFile = path.join(stopAt ?? dir, DEFAULT_VOCABULARY_FILE);
  const vocab = loadVocabulary(vocabularyFile, false);
  return { config: vocab.vocabulary ? { ...base, vocabulary: vocab.vocabulary } : base, file: undefined, vocabularyFile, postingFile: undefined, messages: vocab.messages };
}
