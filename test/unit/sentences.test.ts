import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitSentences } from '../../server/src/core/nlp/sentences';
import { tokenize } from '../../server/src/core/nlp/tokens';
import { parseDocument } from '../../server/src/core/parse/document';
import { segmenterSentences } from '../helpers/segmenterOracle';
import { parseAnnotated } from '../helpers/evaluation';
import { CORPUS_DIR } from '../helpers/corpus';

function sentences(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
}

suite('sentences', () => {
  test('abbreviations, initials and closing marks', () => {
    assert.deepEqual(sentences('I joined U.S. Citizenship and Immigration Services (USCIS). I chose a platform.'), [
      'I joined U.S. Citizenship and Immigration Services (USCIS).',
      'I chose a platform.',
    ]);
    assert.deepEqual(sentences('Jordan A. Ellison led it. Mr. Reyes agreed, e.g. on cost. It cost $4.3 million.'), ['Jordan A. Ellison led it.', 'Mr. Reyes agreed, e.g. on cost.', 'It cost $4.3 million.']);
    assert.deepEqual(sentences('He said, "No." Then we met! Was it late? “Yes,” she said.'), ['He said, "No."', 'Then we met!', 'Was it late?', '“Yes,” she said.']);
    assert.deepEqual(sentences('It ended in Sept. 2024 with 40 staff. 2025 began well.'), ['It ended in Sept. 2024 with 40 staff.', '2025 began well.']);
  });

  test('a line break inside a paragraph is not a boundary', () => {
    assert.deepEqual(sentences('I cut the backlog from 2,700\nto 310 contracts. The audit closed.'), ['I cut the backlog from 2,700\nto 310 contracts.', 'The audit closed.']);
  });

  test('agrees with Intl.Segmenter on every single-line paragraph of the drafts and samples', () => {
    const dirs = [path.resolve(__dirname, '../../../test/fixtures/eval/dev'), path.join(CORPUS_DIR, 'drafts')];
    let compared = 0;
    const disagreements: string[] = [];
    for (const dir of dirs) {
      for (const file of fs.readdirSync(dir)) {
        const { text } = parseAnnotated(fs.readFileSync(path.join(dir, file), 'utf8'));
        for (const block of parseDocument(text, { path: file }).blocks) {
          const prose = block.prose;
          // The Segmenter breaks at every line break; compare where that cannot differ.
          if (prose.trim() === '' || prose.trim().includes('\n')) continue;
          compared++;
          const ours = splitSentences(prose, tokenize(prose)).map((s) => `${s.start}-${s.end}`).join(',');
          const oracle = segmenterSentences(prose).map((s) => `${s.start}-${s.end}`).join(',');
          if (ours !== oracle) disagreements.push(`${file}: ${prose.trim().slice(0, 80)}`);
        }
      }
    }
    assert.ok(compared > 100, `compared only ${compared} paragraphs`);
    assert.deepEqual(disagreements, []);
  });
});
