import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDraftCandidatePath } from '../core/parse/kind';

/**
 * Reading drafts from disk, with a clear error for every way a file can be unusable.
 * Nothing here writes.
 */

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

/** Larger files are refused rather than analysed slowly; no real draft comes near this. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function decodeDraft(bytes: Uint8Array): ReadResult {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { ok: false, error: 'this is a binary file, not text (it contains NUL bytes). Save the draft as Markdown (.md) or plain text (.txt)' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).reduce((n, b) => (b === 10 ? n + 1 : n), 1);
    return {
      ok: false,
      error: `not valid UTF-8: byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at} (line ${line}). The file is probably in a Windows code page; save it as UTF-8`,
    };
  }
  // Editors hide the byte-order mark, so positions are counted without it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

export function readDraft(file: string): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code ?? String(e)})` };
  }
  if (stat.isDirectory()) return { ok: false, error: 'is a folder, not a file' };
  if (stat.size > MAX_FILE_BYTES) return { ok: false, error: `is ${(stat.size / 1048576).toFixed(0)} MB; drafts over ${MAX_FILE_BYTES / 1048576} MB are not analysed` };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, error: `cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  return decodeDraft(bytes);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test', '.cache']);
/** Project files that are never drafts. */
const SKIPPED_FILES = new Set(['ecq-vocabulary.txt']);

/** Markdown and text files under `folder`, sorted, skipping hidden and build folders. */
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
      } else if (entry.isFile() && isDraftCandidatePath(entry.name) && !SKIPPED_FILES.has(entry.name)) {
        out.push(full);
      }
    }
  };
  walk(folder);
  return out;
}
