import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The sample corpus kept in the repository (test/fixtures/corpus, copied from the shared
 * corpus beside the checkout): tests read it from here, so a missing file fails the test
 * instead of skipping it.
 */
export const CORPUS_DIR = path.resolve(__dirname, '../../../test/fixtures/corpus');

/** A corpus file by its path inside the corpus, e.g. `resume/ellison.resume.md`. */
export function readCorpus(relativePath: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, relativePath), 'utf8');
}
