import { analyzePosting, PostingAnalysis } from '../core/posting/posting';
import { readTextFile } from './boundedRead';

/** A job posting read from disk and analysed, or why it could not be. */
export type PostingFileResult = { readonly ok: true; readonly posting: PostingAnalysis; readonly text: string } | { readonly ok: false; readonly error: string };

/** Fewer letters than a one-line duty statement: nothing a review could use. */
const MIN_LETTERS = 40;

/**
 * Reads and analyses a posting; `text` is the editor's text when the file is open there.
 * With `root`, a symlink is followed only when it ends inside that folder.
 */
export function readPostingFile(file: string, text?: string, root?: string): PostingFileResult {
  const read = text !== undefined ? { ok: true as const, text } : readTextFile(file, { kind: 'posting', root });
  if (!read.ok) return read;
  if (read.text.trim() === '') return { ok: false, error: 'the posting is empty' };
  const posting = analyzePosting(read.text, { path: file });
  // An announcement without TQs (resume-only, or TQs withheld) is still a posting; only text
  // with nothing to compare against is refused.
  if (posting.keyTerms.length === 0 && posting.tqs.length === 0 && posting.text.replace(/[^A-Za-z]/g, '').length < MIN_LETTERS) {
    return { ok: false, error: 'no words found: is this a job posting? Paste the whole announcement from USAJOBS' };
  }
  return { ok: true, posting, text: read.text };
}
