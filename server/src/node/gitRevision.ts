import { execFileSync } from 'node:child_process';
import { decodeText, READ_LIMITS } from './boundedRead';

/**
 * Reading a path as it was at a git revision, for `ecq diff HEAD~1 .`. It runs the `git`
 * command (no library: git is what the writer has), always with an argument list, never a
 * shell, and with every output capped: a listing at `LIST_MAX_BYTES`, a file at the draft
 * cap of the bounded reader, decoded by the same `decodeText` as a file on disk. Nothing
 * here writes.
 */

/** A tree listing of a package is a few hundred bytes; 16 MB holds a monorepo's without letting one fill memory. */
const LIST_MAX_BYTES = 16 * 1024 * 1024;
/** rev-parse answers in a line. */
const SMALL_MAX_BYTES = 64 * 1024;

export type GitResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

interface GitRun {
  readonly ok: boolean;
  readonly stdout: Buffer;
  readonly stderr: string;
  readonly missing: boolean;
  readonly tooLarge: boolean;
}

function git(cwd: string, args: readonly string[], maxBuffer: number): GitRun {
  try {
    const stdout = execFileSync('git', args, { cwd, maxBuffer, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    return { ok: true, stdout, stderr: '', missing: false, tooLarge: false };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer; stdout?: Buffer };
    return {
      ok: false,
      stdout: err.stdout ?? Buffer.alloc(0),
      stderr: err.stderr?.toString('utf8').trim() ?? '',
      missing: err.code === 'ENOENT',
      tooLarge: err.code === 'ENOBUFS',
    };
  }
}

/** Is `git` on the PATH? */
export function gitAvailable(): boolean {
  return !git(process.cwd(), ['--version'], SMALL_MAX_BYTES).missing;
}

/** The work tree's top folder when `cwd` is inside one, else why not. */
export function workTreeOf(cwd: string): GitResult<string> {
  const run = git(cwd, ['rev-parse', '--show-toplevel'], SMALL_MAX_BYTES);
  if (run.missing) return { ok: false, error: 'git is not installed (or not on the PATH), and a revision is read with git' };
  if (!run.ok) return { ok: false, error: `${cwd} is not inside a git work tree` };
  return { ok: true, value: run.stdout.toString('utf8').trim() };
}

/** The commit a revision names, or why it names none. */
export function resolveRevision(cwd: string, revision: string): GitResult<string> {
  // A revision that starts with "-" would be read as an option by git.
  if (revision.startsWith('-') || revision.includes('\0')) return { ok: false, error: `"${revision}" is not a revision name` };
  const run = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], SMALL_MAX_BYTES);
  if (run.missing) return { ok: false, error: 'git is not installed (or not on the PATH), and a revision is read with git' };
  if (!run.ok) return { ok: false, error: `no such file or folder, and not a revision of this git repository` };
  return { ok: true, value: run.stdout.toString('utf8').trim() };
}

/** The files under `pathspec` (relative to `cwd`) at `commit`, as paths from the repository's top. */
export function listFilesAt(cwd: string, commit: string, pathspec: string): GitResult<string[]> {
  const run = git(cwd, ['ls-tree', '-r', '-z', '--full-name', '--name-only', commit, '--', pathspec], LIST_MAX_BYTES);
  if (run.tooLarge) return { ok: false, error: 'lists more files than ecq reads at a revision' };
  if (!run.ok) return { ok: false, error: run.stderr || 'cannot be listed' };
  return { ok: true, value: run.stdout.toString('utf8').split('\0').filter((p) => p !== '') };
}

/** Where `cwd` is in the repository ("drafts/" or ""), for paths from the top. */
export function prefixOf(cwd: string): GitResult<string> {
  const run = git(cwd, ['rev-parse', '--show-prefix'], SMALL_MAX_BYTES);
  if (!run.ok) return { ok: false, error: run.stderr || 'not inside a git work tree' };
  return { ok: true, value: run.stdout.toString('utf8').trim() };
}

/** A file's text at a commit (its path from the repository's top), read within the draft cap. */
export function readFileAt(cwd: string, commit: string, fullPath: string): GitResult<string> {
  // "commit:path" with a leading "./"-free path from the top: `git show` reads it from the object store, not the work tree.
  const run = git(cwd, ['show', `${commit}:${fullPath}`], READ_LIMITS.draft + 1);
  if (run.tooLarge) return { ok: false, error: `is over ${READ_LIMITS.draft / (1024 * 1024)} MB at this revision; drafts that large are not read` };
  if (!run.ok) return { ok: false, error: run.stderr || 'cannot be read at this revision' };
  const decoded = decodeText(run.stdout);
  return decoded.ok ? { ok: true, value: decoded.text } : { ok: false, error: decoded.error };
}
