import * as path from 'node:path';
import * as fs from 'node:fs';
import { evaluateFolder, SecondLabel, secondAnnotatorAgreement } from '../test/helpers/realEvaluation';
import { precision, recall } from '../test/helpers/evaluation';

/**
 * Prints the figures of the real and outside-written texts (test/fixtures/real,
 * test/fixtures/outside): precision and recall per rule, story boundaries, and per-sentence
 * CCAR accuracy against OPM's inline tags, beside a second blind annotator's agreement with
 * the same tags (test/fixtures/real/second-annotator). Pass folders to score only those.
 */
const repo = path.resolve(__dirname, '../..');
const defaults = ['test/fixtures/real/opm', 'test/fixtures/real/narratives/dev', 'test/fixtures/real/narratives/holdout', 'test/fixtures/real/narratives/holdout3', 'test/fixtures/outside/dev', 'test/fixtures/outside/holdout', 'test/fixtures/outside/holdout2'];
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaults;
const today = { year: 2026, month: 11, day: 22 };
for (const folder of folders) {
  const result = evaluateFolder(path.resolve(repo, folder), today);
  if (result.files === 0) continue;
  console.log(`\n${folder} (${result.files} files)`);
  for (const [rule, s] of [...result.scores].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${rule.padEnd(26)} P=${precision(s).toFixed(2)} R=${recall(s).toFixed(2)}  tp=${s.tp} fp=${s.fp} fn=${s.fn}`);
    for (const x of s.falsePositives) console.log(`      FP ${x}`);
    for (const x of s.falseNegatives) console.log(`      FN ${x}`);
  }
  const expected = result.stories.reduce((n, s) => n + s.expected, 0);
  const right = result.stories.reduce((n, s) => n + s.right, 0);
  console.log(`  stories: ${right} of ${expected} right (± one paragraph)`);
  for (const s of result.stories) {
    if (s.misses.length > 0 || s.found !== s.expected) console.log(`      ${s.file}: expected ${s.expected}, found ${s.found}${s.misses.map((m) => `\n        ${m}`).join('')}`);
  }
  if (result.ccar.total > 0) {
    console.log(`  CCAR per sentence: ${(result.ccar.correct / result.ccar.total).toFixed(2)} (${result.ccar.correct} of ${result.ccar.total})`);
    const wrong = [...result.ccar.confusion].filter(([k]) => { const [g, p] = k.split('→'); return !g!.split('/').includes(p!); }).sort((a, b) => b[1] - a[1]);
    console.log(`      confusions: ${wrong.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
}

const labels = JSON.parse(fs.readFileSync(path.join(repo, 'test/fixtures/real/second-annotator/labels.json'), 'utf8')) as Record<string, SecondLabel[]>;
for (const folder of ['test/fixtures/real/opm', 'test/fixtures/real/narratives/holdout'].filter((f) => folders.includes(f))) {
  const dir = path.join(repo, folder);
  const a = secondAnnotatorAgreement(labels, dir, today);
  const share = (n: number) => (n / a.sentences).toFixed(2);
  console.log(`\n${folder}: a second annotator, blind, on the same ${a.sentences} sentences`);
  console.log(`  four parts:              annotator with OPM ${share(a.annotatorWithOpm)}, tool with OPM ${share(a.toolWithOpm)}, tool with annotator ${share(a.toolWithAnnotator)}`);
  console.log(`  Challenge+Context as one: annotator with OPM ${share(a.setup.annotatorWithOpm)}, tool with OPM ${share(a.setup.toolWithOpm)}, tool with annotator ${share(a.setup.toolWithAnnotator)}`);
}
