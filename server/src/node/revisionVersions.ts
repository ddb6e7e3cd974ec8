import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDraftCandidatePath } from '../core/parse/kind';
import { isRemarksFile } from '../core/revision/remarks';
import { VersionFile } from '../core/revision/review';
import { isDraftFile, listCandidateFiles, readDraft, SKIPPED_FILES, SKIPPED_FOLDERS } from './files';
import { listFilesAt, prefixOf, readFileAt, resolveRevision } from './gitRevision';

/**
 * The two versions a revision review compares, read from disk or from git: the command line's
 * `ecq diff` and the editor's Review Revision both read them here. Every file is read
 * through the bounded reader; a revision through `git show`. Errors name the input and what
 * is wrong, and nothing is written.
 */

export interface Version {
  /** How the user named it: "HEAD~1:drafts", "old/". */
  readonly label: string;
  readonly files: VersionFile[];
  /** Where each file is, as printed: a path on disk, or "REV:path". */
  readonly shownPath: ReadonlyMap<string, string>;
  /** A remarks file met in the folder (on disk), absolute: it is not a draft of the package. */
  readonly remarksFile?: string;
}

export type Loaded = { readonly ok: true; readonly version: Version } | { readonly ok: false; readonly errors: string[] };

export function fromDisk(input: string, cwd: string): Loaded {
  const abs = path.resolve(cwd, input);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    return { ok: false, errors: [`${input}: no such file or folder`] };
  }
  const shown = new Map<string, string>();
  if (!stat.isDirectory()) {
    const read = readDraft(abs);
    if (!read.ok) return { ok: false, errors: [`${input}: ${read.error}`] };
    const name = path.basename(abs);
    shown.set(name, path.relative(cwd, abs) || abs);
    return { ok: true, version: { label: input, files: [{ path: name, text: read.text }], shownPath: shown } };
  }
  const files: VersionFile[] = [];
  const errors: string[] = [];
  let remarksFile: string | undefined;
  for (const file of listCandidateFiles(abs)) {
    const relative = path.relative(abs, file).split(path.sep).join('/');
    const read = readDraft(file, abs);
    if (!read.ok) {
      errors.push(`${path.relative(cwd, file) || file}: ${read.error}`);
      continue;
    }
    if (!isDraftFile(file, read.text)) continue;
    if (isRemarksFile(file, read.text)) {
      remarksFile ??= file;
      continue;
    }
    files.push({ path: relative, text: read.text });
    shown.set(relative, path.relative(cwd, file) || file);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (files.length === 0) return { ok: false, errors: [`${input}: not a package: no drafts in the folder (a draft is named *.ecq.md, *.tq.md… or declares "kind:" in front matter)`] };
  return { ok: true, version: { label: input, files, shownPath: shown, ...(remarksFile ? { remarksFile } : {}) } };
}

export function fromRevision(revision: string, pathspec: string, cwd: string): Loaded {
  const commit = resolveRevision(cwd, revision);
  if (!commit.ok) return { ok: false, errors: [`${revision}: ${commit.error}`] };
  const prefix = prefixOf(cwd);
  if (!prefix.ok) return { ok: false, errors: [`${revision}: ${prefix.error}`] };
  const listed = listFilesAt(cwd, commit.value, pathspec);
  const label = `${revision}:${pathspec}`;
  if (!listed.ok) return { ok: false, errors: [`${label}: ${listed.error}`] };
  if (listed.value.length === 0) return { ok: false, errors: [`${label}: no such file or folder at revision ${revision}`] };
  // The path from the repository's top, as ls-tree prints it: one entry equal to it is a file.
  const asked = path.posix.normalize(`${prefix.value}${pathspec.split(path.sep).join('/')}`).replace(/\/$/, '');
  const single = listed.value.length === 1 && listed.value[0] === asked;
  const files: VersionFile[] = [];
  const shown = new Map<string, string>();
  const errors: string[] = [];
  for (const full of listed.value) {
    const relative = single ? path.posix.basename(full) : asked === '.' || asked === '' ? full : full.slice(asked.length + 1);
    const segments = relative.split('/');
    if (!single && (segments.some((s) => s.startsWith('.') || SKIPPED_FOLDERS.has(s)) || SKIPPED_FILES.has(segments[segments.length - 1]!) || !isDraftCandidatePath(full))) continue;
    const read = readFileAt(cwd, commit.value, full);
    if (!read.ok) {
      errors.push(`${revision}:${full}: ${read.error}`);
      continue;
    }
    if (!single && (!isDraftFile(full, read.value) || isRemarksFile(full, read.value))) continue;
    files.push({ path: relative, text: read.value });
    shown.set(relative, `${revision}:${full}`);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (files.length === 0) return { ok: false, errors: [`${label}: not a package: no drafts there at revision ${revision}`] };
  return { ok: true, version: { label, files, shownPath: shown } };
}

export function exists(input: string, cwd: string): boolean {
  return fs.existsSync(path.resolve(cwd, input));
}

/** `ecq diff` with its own option, `--remarks FILE`, taken out before the common ones. */
