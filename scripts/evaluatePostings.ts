import * as path from 'node:path';
import { evaluatePostingSet } from '../test/helpers/postingEvaluation';

/**
 * Prints how the posting reader does on the real announcements in
 * test/fixtures/postings/real/: TQ precision and recall (word for word), ECQ set, title,
 * agency, reviewer's key terms in the top 20, boilerplate in the top 20. Pass folders to
 * score only those.
 */
const repo = path.resolve(__dirname, '../..');
const defaults = ['shared', 'dev', 'tq-excerpts', 'holdout'].map((s) => `test/fixtures/postings/real/${s}`);
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaults;
const ratio = (a: number, b: number): string => (b === 0 ? '—' : (a / b).toFixed(2));
for (const folder of folders) {
  const s = evaluatePostingSet(path.resolve(repo, folder));
  if (s.files === 0) continue;
  console.log(`\n${folder} (${s.files} announcements)`);
  console.log(`  TQs        P=${ratio(s.tqTp, s.tqTp + s.tqFp)} R=${ratio(s.tqTp, s.tqTp + s.tqFn)}  tp=${s.tqTp} fp=${s.tqFp} fn=${s.tqFn}`);
  console.log(`  ECQ set    ${s.ecqRight} of ${s.files}`);
  console.log(`  title      ${s.titleRight} of ${s.titleExpected}`);
  console.log(`  agency     ${s.agencyRight} of ${s.agencyExpected}`);
  console.log(`  key terms  ${s.picksFound} of ${s.picksTotal} picks in the top 20 (${ratio(s.picksFound, s.picksTotal)})`);
  console.log(`  boilerplate in a top 20: ${s.boilerplate.length}`);
  for (const b of s.boilerplate) console.log(`      ${b}`);
  for (const m of s.misses) console.log(`      ${m}`);
}
