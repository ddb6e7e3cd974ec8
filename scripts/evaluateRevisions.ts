import * as path from 'node:path';
import { REVISIONS_DIR, revisionPairs, scorePair, summarise } from '../test/helpers/revisionEvaluation';

/**
 * Prints how `ecq diff`'s matcher does on revision pairs (issue 15): per pair, the expected
 * open findings kept open and the fixed and new ones reported right, then the totals and
 * every miss. With no argument, the pairs of test/fixtures/revisions; pass a folder of pairs
 * (such as test/fixtures/revisions/holdout) to score those.
 */
const repo = path.resolve(__dirname, '../..');
const root = process.argv[2] ? path.resolve(repo, process.argv[2]) : REVISIONS_DIR;
const scores = revisionPairs(root).map((name) => scorePair(name, root));
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
for (const s of scores) console.log(`${s.name}: open ${s.openFound}/${s.expectedOpen}, fixed ${s.rightFixed}/${s.reportedFixed} right (${s.expectedFixed} expected), new ${s.rightNew}/${s.reportedNew} right (${s.expectedNew} expected)`);
const f = summarise(scores);
console.log(`open kept ${pct(f.openKept)}; fixed precision ${pct(f.fixedPrecision)}, recall ${pct(f.fixedRecall)}; new precision ${pct(f.newPrecision)}, recall ${pct(f.newRecall)}`);
for (const miss of scores.flatMap((s) => s.misses)) console.log(`  ${miss}`);
