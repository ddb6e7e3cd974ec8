import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { RuleId } from '../server/src/core/rules/types';
import { parseAnnotated, precision, recall, RuleScore, score, withCcarExpectations } from '../test/helpers/evaluation';

/** Prints precision and recall per rule on the annotated drafts in a folder (default: all eval sets). */
const root = path.resolve(__dirname, '../../test/fixtures/eval');
const sets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const today = { year: 2026, month: 11, day: 22 };
for (const set of sets) {
  const scores = new Map<RuleId, RuleScore>();
  const dir = path.join(root, set);
  for (const file of fs.readdirSync(dir).sort()) {
    const draft = parseAnnotated(fs.readFileSync(path.join(dir, file), 'utf8'));
    const result = analyze(draft.text, { path: file, today });
    score(draft.text, result.findings, withCcarExpectations(draft, result), scores, file);
  }
  console.log(`\n${set}`);
  for (const [rule, s] of [...scores].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${rule.padEnd(26)} P=${precision(s).toFixed(2)} R=${recall(s).toFixed(2)}  tp=${s.tp} fp=${s.fp} fn=${s.fn}`);
    for (const x of s.falsePositives) console.log(`      FP ${x}`);
    for (const x of s.falseNegatives) console.log(`      FN ${x}`);
  }
}
