import { analyzePosting, PostingAnalysis } from '../core/posting/posting';
import { readDraft } from './files';

/** A job posting read from disk and analysed, or why it could not be. */
export type PostingFileResult = { readonly ok: true; readonly posting: PostingAnalysis; readonly text: string } | { readonly ok: false; readonly error: string };

/** Reads and analyses a posting; `text` is the editor's text when the file is open there. */
export function readPostingFile(file: string, text?: string): PostingFileResult {
  const read = text !== undefined ? { ok: true as const, text } : readDraft(file);
  if (!read.ok) return read;
  if (read.text.trim() === '') return { ok: false, error: 'the posting is empty' };
  const posting = analyzePosting(read.text, { path: file });
  if (posting.keyTerms.length === 0 && posting.tqs.length === 0) {
    return { ok: false, error: 'no duties, qualifications or TQs found: is this a job posting? Paste the whole announcement from USAJOBS' };
  }
  return { ok: true, posting, text: read.text };
}
