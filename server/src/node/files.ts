import * as fs from 'node:fs';
import * as path from 'node:path';
import { readFrontMatter } from '../core/parse/frontMatter';
import { isDocumentKind, isDraftCandidatePath, kindFromContent, kindFromFileName } from '../core/parse/kind';
import { readTextFile, TextReadResult } from './boundedRead';

/**
 * Finding and reading drafts on disk, with a clear error for every way a file can be unusable
 * (see `boundedRead.ts`). Nothing here writes.
 */

export type ReadResult = TextReadResult;

/**
 * A draft's text, read through the bounded reader: a regular file of at most 64 MB in UTF-8.
 * With `root`, a symlink is followed only when it ends inside that folder.
 */
export function readDraft(file: string, root?: string): ReadResult {
  return readTextFile(file, { kind: 'draft', root });
}

/** Folders that never hold drafts (also skipped at a git revision, `cli/diffCommand.ts`). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test', '.cache']);
/** Project files that are never drafts. */
export const SKIPPED_FILES: ReadonlySet<string> = new Set(['ecq-vocabulary.txt']);

/** Markdown and text files under `folder` (and symlinks named like them), sorted, skipping hidden and build folders. */
export function listCandidateFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isDraftCandidatePath(entry.name) && !SKIPPED_FILES.has(entry.name)) {
        // A symlinked draft is listed (never a symlinked folder, which could loop): the
        // bounded reader follows it within the project, or says why not.
        out.push(full);
      }
    }
  };
  walk(folder);
  return out;
}

/** Is this file a draft, when met inside a folder? A file named on the command line is always checked. */
export function isDraftFile(file: string, text: string): boolean {
  if (kindFromFileName(file)) return true;
  const declared = readFrontMatter(text)?.values['kind'];
  if (declared && isDocumentKind(declared.toLowerCase())) return true;
  return kindFromContent(text) !== undefined;
}
