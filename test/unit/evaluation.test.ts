import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { RuleId } from '../../server/src/core/rules/types';
import { parseAnnotated, precision, recall, RuleScore, score, withCcarExpectations } from '../helpers/evaluation';
import { TODAY } from '../helpers/fixtures';

/**
 * Precision and recall per rule on annotated, realistic drafts (test/fixtures/eval):
 * `dev` was used while building the rules; each `holdout` set was written after the engine
 * was frozen for it (see test/fixtures/eval/README.md for their first-run figures).
 * `npm run evaluate` prints the same figures with every miss.
 */
const root = path.resolve(__dirname, '../../../test/fixtures/eval');

const sets = fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

for (const set of sets) {
  suite(`evaluation: ${set}`, () => {
    const scores = new Map<RuleId, RuleScore>();
    const dir = path.join(root, set);
    for (const file of fs.readdirSync(dir).sort()) {
      const draft = parseAnnotated(fs.readFileSync(path.join(dir, file), 'utf8'));
      const result = analyze(draft.text, { path: file, today: TODAY });
      score(draft.text, result.findings, withCcarExpectations(draft, result), scores, file);
    }
    test('every rule reaches precision and recall of 0.9', () => {
      const below = [...scores].filter(([, s]) => precision(s) < 0.9 || recall(s) < 0.9).map(([rule, s]) => `${rule}: P=${precision(s).toFixed(2)} R=${recall(s).toFixed(2)} FP=${s.falsePositives.join('; ')} FN=${s.falseNegatives.join('; ')}`);
      assert.deepEqual(below, []);
    });
  });
}
