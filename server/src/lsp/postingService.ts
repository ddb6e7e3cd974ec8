import * as fs from 'node:fs';
import { PostingMatcher } from '../core/posting/coverage';
import { PostingAnalysis } from '../core/posting/posting';
import { LineIndex } from '../core/text/lineIndex';
import { readPostingFile } from '../node/postingFile';

/**
 * The job posting a workspace links (the project config's "posting"), read once per
 * change: from the editor when the posting is open there, from disk otherwise. Each
 * reading keeps its matcher, whose per-paragraph cache makes coverage after an edit cheap.
 */

export interface LinkedPosting {
  readonly file: string;
  readonly posting: PostingAnalysis;
  readonly matcher: PostingMatcher;
  /** Lines of the file as the editor shows it (for HTML, the HTML). */
  readonly sourceLines: LineIndex;
}

export type PostingState = { readonly ok: true; readonly linked: LinkedPosting } | { readonly ok: false; readonly file: string; readonly error: string };

export class PostingService {
  private readonly cache = new Map<string, { stamp: string; state: PostingState }>();

  /** `openText` gives the editor's text and version of a file when it is open. */
  constructor(private readonly openText: (file: string) => { text: string; version: number } | undefined) {}

  /** The linked posting, or why it cannot be read; undefined when none is linked. */
  get(file: string | undefined): PostingState | undefined {
    if (!file) return undefined;
    const open = this.openText(file);
    let stamp: string;
    if (open) stamp = `open:${open.version}`;
    else {
      try {
        const stat = fs.statSync(file);
        stamp = `disk:${stat.mtimeMs}:${stat.size}`;
      } catch {
        stamp = 'missing';
      }
    }
    const known = this.cache.get(file);
    if (known && known.stamp === stamp) return known.state;
    const state = this.read(file, open?.text);
    this.cache.set(file, { stamp, state });
    return state;
  }

  private read(file: string, openText: string | undefined): PostingState {
    const read = readPostingFile(file, openText);
    if (!read.ok) return { ok: false, file, error: read.error };
    return { ok: true, linked: { file, posting: read.posting, matcher: new PostingMatcher(read.posting), sourceLines: new LineIndex(read.text) } };
  }
}
