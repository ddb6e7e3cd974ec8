import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, ParseError, printParseErrorCode } from 'jsonc-parser';
import { AnalyzerConfig, DEFAULT_CONFIG, parseVocabulary, resolveConfig } from '../core/config';
import { LineIndex } from '../core/text/lineIndex';
import { confineToProject, isInside, readTextFile } from './boundedRead';
import { ignoreFileOf, loadIgnoreFile } from './ignoreFile';

/**
 * The project config file, `ecq.config.json` at the workspace root, read by both the CLI
 * and the language server. JSON with comments is accepted. A bad file never stops a run:
 * each problem is reported with the file and what is wrong, and the defaults stand.
 *
 * The config's folder is the project: every file the config names (the vocabulary, the
 * posting) must be inside it, even after following symlinks, so a workspace cannot make the
 * extension or the CLI read or write anywhere else. Every file is read by `boundedRead.ts`.
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
  /** The project: the config's folder (or, without one, where the search stopped). Files it names stay inside. */
  readonly projectFolder: string | undefined;
  readonly vocabularyFile: string | undefined;
  /** The job posting the config links, as an absolute path. */
  readonly postingFile: string | undefined;
  /** The project's ignore file (`ecq-ignore.json` in the project folder), whether or not it exists. */
  readonly ignoreFile?: string;
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
 * the first), its modification time, and the vocabulary's and the ignore file's. A long-running host compares it
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
  let configFolder: string | undefined;
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    const s = stamp(candidate);
    parts.push(s);
    if (s !== '-') {
      configFolder = dir;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir || dir === stop) break;
    dir = parent;
  }
  parts.push(stamp(path.join(stop ?? dir, DEFAULT_VOCABULARY_FILE)));
  parts.push(stamp(ignoreFileOf(configFolder ?? stop ?? dir)));
  return parts.join('|');
}

/**
 * Reads a config file. `root`, when given, is the folder the config itself must resolve
 * into (a symlinked config is followed only within it); a config the user names
 * explicitly is read without one.
 */
export function loadConfigFile(file: string, base: AnalyzerConfig = DEFAULT_CONFIG, root?: string): LoadedConfig {
  return withIgnores(readConfigFile(file, base, root));
}

/** Adds the project's ignored findings to a loaded config: they live beside it, in their own file. */
function withIgnores(loaded: LoadedConfig): LoadedConfig {
  if (!loaded.projectFolder) return loaded;
  const ignoreFile = ignoreFileOf(loaded.projectFolder);
  const { ignored, problems } = loadIgnoreFile(loaded.projectFolder);
  return {
    ...loaded,
    config: ignored.length > 0 ? { ...loaded.config, ignored } : loaded.config,
    ignoreFile,
    messages: problems.length > 0 ? [...loaded.messages, ...problems.map((message) => ({ file: ignoreFile, message }))] : loaded.messages,
  };
}

function readConfigFile(file: string, base: AnalyzerConfig, root: string | undefined): LoadedConfig {
  const messages: ConfigMessage[] = [];
  const projectFolder = path.dirname(path.resolve(file));
  const read = readTextFile(file, { kind: 'config', root });
  if (!read.ok) {
    messages.push({ file, message: `cannot read the config file: ${read.error}; using the defaults` });
    return { config: base, file, projectFolder, vocabularyFile: undefined, postingFile: undefined, messages };
  }
  const raw = read.text;
  // jsonc-parser recurses once per level: 100,000 brackets would overflow the stack.
  const depth = jsonNestingDepth(raw);
  if (depth > MAX_CONFIG_DEPTH) {
    messages.push({ file, message: `the config nests ${depth} levels deep; a config has at most ${MAX_CONFIG_DEPTH}. Using the defaults` });
    return { config: base, file, projectFolder, vocabularyFile: undefined, postingFile: undefined, messages };
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(raw, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const lines = new LineIndex(raw);
    for (const e of errors.slice(0, 5)) {
      const pos = lines.positionAt(e.offset);
      messages.push({ file, line: pos.line + 1, column: pos.character + 1, message: `invalid JSON: ${printParseErrorCode(e.error)}; using the defaults` });
    }
    return { config: base, file, projectFolder, vocabularyFile: undefined, postingFile: undefined, messages };
  }
  const { config, problems } = resolveConfig(value, base);
  for (const p of problems) messages.push({ file, message: `${p.key ? `"${p.key}" ` : ''}${p.message}; using the default` });

  let vocabularyFile: string | undefined = path.join(projectFolder, DEFAULT_VOCABULARY_FILE);
  if (config.vocabularyPath !== undefined) {
    const named = projectPath(projectFolder, 'vocabulary', config.vocabularyPath);
    if (!named.ok) messages.push({ file, message: named.message });
    vocabularyFile = named.ok ? named.file : undefined;
  }
  const vocab = vocabularyFile ? loadVocabulary(vocabularyFile, config.vocabularyPath !== undefined, projectFolder) : { vocabulary: undefined, messages: [] };
  messages.push(...vocab.messages);
  let postingFile: string | undefined;
  if (config.postingPath) {
    const named = projectPath(projectFolder, 'posting', config.postingPath);
    if (!named.ok) messages.push({ file, message: named.message });
    else if (!fs.existsSync(named.file)) messages.push({ file, message: `the posting "${config.postingPath}" does not exist (looked for ${named.file})` });
    postingFile = named.ok ? named.file : undefined;
  }
  return { config: { ...config, vocabulary: vocab.vocabulary ?? config.vocabulary }, file, projectFolder, vocabularyFile, postingFile, messages };
}

/**
 * A path the config names under `key`, resolved in the project folder and refused when it
 * leads outside: by `..`, an absolute path, or a symlink.
 */
export function projectPath(projectFolder: string, key: string, value: string): { ok: true; file: string } | { ok: false; message: string } {
  const file = path.resolve(projectFolder, value);
  const refused = (why: string): { ok: false; message: string } => ({
    ok: false,
    message: `"${key}" names "${value}", ${why}; only files inside the project folder (${projectFolder}) are read. Move the file into the project and name it from there`,
  });
  if (!isInside(projectFolder, file)) return refused('which is outside the project folder');
  const confined = confineToProject(file, projectFolder);
  if (!confined.ok && confined.code === 'outside-project') return refused('a symbolic link that leads outside the project folder');
  return { ok: true, file };
}

function loadVocabulary(file: string, required: boolean, root: string): { vocabulary: AnalyzerConfig['vocabulary'] | undefined; messages: ConfigMessage[] } {
  const read = readTextFile(file, { kind: 'vocabulary', root });
  if (!read.ok) {
    if (read.code === 'not-found') return { vocabulary: undefined, messages: required ? [{ file, message: 'the vocabulary file named in the config does not exist' }] : [] };
    return { vocabulary: undefined, messages: [{ file, message: `the vocabulary file ${read.error}; it is not used` }] };
  }
  const { vocabulary, problems } = parseVocabulary(read.text);
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
      return { config: base, file: explicitFile, projectFolder: path.dirname(path.resolve(explicitFile)), vocabularyFile: undefined, postingFile: undefined, messages: [{ file: explicitFile, message: 'the config file does not exist; using the defaults' }] };
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
  // A config found by searching is workspace content: a symlink to it is followed only
  // within the workspace folder (the editor) or the config's own folder (the CLI).
  if (found) return loadConfigFile(found, base, stopAt ?? path.dirname(found));
  // Without a config file, an ecq-vocabulary.txt in the workspace folder (or the starting
  // folder) still counts.
  const projectFolder = stopAt ?? dir;
  const vocabularyFile = path.join(projectFolder, DEFAULT_VOCABULARY_FILE);
  const vocab = loadVocabulary(vocabularyFile, false, projectFolder);
  return withIgnores({ config: vocab.vocabulary ? { ...base, vocabulary: vocab.vocabulary } : base, file: undefined, projectFolder, vocabularyFile, postingFile: undefined, messages: vocab.messages });
}

const NEW_VOCABULARY_HEADER = '# Terms and acronyms every reader knows; see the ECQ Writer README.\n';

/**
 * Adds `term` to the vocabulary file on the writer's explicit request: the only write the
 * language server makes. The file must be inside `projectFolder` (after symlinks), and an
 * existing one must read as UTF-8 within the vocabulary cap, so a file we cannot read back
 * faithfully (UTF-16, binary, a pipe) is never rewritten.
 */
export function addVocabularyTerm(file: string, term: string, projectFolder: string): { ok: true; added: boolean } | { ok: false; error: string } {
  const confined = confineToProject(file, projectFolder);
  if (!confined.ok) return { ok: false, error: `${file} ${confined.error}` };
  const read = readTextFile(file, { kind: 'vocabulary', root: projectFolder });
  if (!read.ok && read.code !== 'not-found') return { ok: false, error: `${file} ${read.error}; it was not changed` };
  const existing = read.ok ? read.text : NEW_VOCABULARY_HEADER;
  const terms = existing.split(/\r?\n/).map((l) => l.replace(/#.*$/, '').split('=')[0]!.trim());
  if (terms.includes(term)) return { ok: true, added: false };
  fs.writeFileSync(file, `${existing}${existing.endsWith('\n') ? '' : '\n'}${term}\n`);
  return { ok: true, added: true };
}

/** A config is two levels deep ("rules" → a rule id); this leaves room for any hand-written mistake. */
const MAX_CONFIG_DEPTH = 32;

/** The deepest nesting of brackets and braces in JSON with comments, outside strings and comments; one pass. */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '{' || c === '[') {
      if (++depth > deepest) deepest = depth;
    } else if (c === '}' || c === ']') {
      depth--;
    }
  }
  return deepest;
}
