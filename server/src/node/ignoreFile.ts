import * as fs from 'node:fs';
import * as path from 'node:path';
import { IGNORE_FILE_NAME, IgnoredFinding, parseIgnoreFile, serialiseIgnoreFile, withIgnoredFinding } from '../core/ignores';
import { confineToProject, readTextFile } from './boundedRead';

/**
 * The project's `ecq-ignore.json` (core/ignores.ts): read beside the config like the
 * vocabulary, and written only by the language server's Ignore and Clear commands, on the
 * writer's explicit request. Its name is fixed and it sits in the project folder, so a
 * workspace cannot point a write anywhere else; a symlink leading out is refused.
 */

/** The ignore file of a project folder. */
export function ignoreFileOf(projectFolder: string): string {
  return path.join(projectFolder, IGNORE_FILE_NAME);
}

export interface LoadedIgnores {
  readonly ignored: readonly IgnoredFinding[];
  /** What was wrong with the file, each a sentence; empty when it is missing or fine. */
  readonly problems: readonly string[];
}

/** The entries of the project's ignore file; none when it does not exist. */
export function loadIgnoreFile(projectFolder: string): LoadedIgnores {
  const read = readTextFile(ignoreFileOf(projectFolder), { kind: 'config', root: projectFolder });
  if (!read.ok) return { ignored: [], problems: read.code === 'not-found' ? [] : [`the ignore file ${read.error}; it is not used`] };
  const parsed = parseIgnoreFile(read.text);
  return { ignored: parsed.ignored, problems: parsed.problems.map((p) => `the ignore file ${p}`) };
}

type WriteResult = { ok: true; changed: boolean } | { ok: false; error: string };

function rewrite(projectFolder: string, change: (ignored: readonly IgnoredFinding[]) => { ignored: readonly IgnoredFinding[]; changed: boolean }): WriteResult {
  const file = ignoreFileOf(projectFolder);
  const confined = confineToProject(file, projectFolder);
  // A file not yet written is confined by its folder; a dangling link is refused, as writing would create its target.
  if (!confined.ok) return { ok: false, error: `${file} ${confined.error}` };
  const read = readTextFile(file, { kind: 'config', root: projectFolder });
  if (!read.ok && read.code !== 'not-found') return { ok: false, error: `${file} ${read.error}; it was not changed` };
  const current = read.ok ? parseIgnoreFile(read.text) : { ignored: [], problems: [] };
  // A file we cannot read back faithfully is never overwritten: the writer's entries would be lost.
  if (read.ok && current.problems.length > 0 && current.ignored.length === 0 && read.text.trim() !== '') return { ok: false, error: `${file} ${current.problems[0]}; it was not changed` };
  const next = change(current.ignored);
  if (!next.changed) return { ok: true, changed: false };
  fs.writeFileSync(file, serialiseIgnoreFile(next.ignored));
  return { ok: true, changed: true };
}

/** Adds a finding to the project's ignore file (creating it), unless it is there already. */
export function addIgnoredFinding(projectFolder: string, entry: IgnoredFinding): WriteResult {
  return rewrite(projectFolder, (ignored) => {
    const next = withIgnoredFinding(ignored, entry);
    return { ignored: next.ignored, changed: next.added };
  });
}

/** Empties the project's ignore file; a missing file stays missing. */
export function clearIgnoredFindings(projectFolder: string): WriteResult {
  if (!fs.existsSync(ignoreFileOf(projectFolder))) return { ok: true, changed: false };
  return rewrite(projectFolder, (ignored) => ({ ignored: [], changed: ignored.length > 0 }));
}
