import * as assert from 'node:assert/strict';
import { REVISIONS_HOLDOUT_DIR, revisionPairs, scorePair, summarise } from '../helpers/revisionEvaluation';

/**
 * Revision review against the hand-written sidecars of test/fixtures/revisions (its README
 * records the first run and the last). The bar of issue 15: at least 95% of the findings that
 * did not change are reported as still open, not as fixed plus new.
 */
const OPEN_KEPT_BAR = 0.95;
/** Fixed and new are what a writer acts on; a wrong one sends them after a problem that is not there. */
const PRECISION_FLOOR = 0.9;

suite('revision pairs', () => {
  test('unchanged findings stay open; fixed and new are right', () => {
    const scores = revisionPairs().map((name) => scorePair(name));
    assert.ok(scores.length >= 4, 'the four pairs of the README are there');
    const figures = summarise(scores);
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
    for (const s of scores) console.log(`      ${s.name}: open ${s.openFound}/${s.expectedOpen}, fixed ${s.rightFixed}/${s.reportedFixed} right (${s.expectedFixed} expected), new ${s.rightNew}/${s.reportedNew} right (${s.expectedNew} expected)`);
    console.log(`      open kept ${pct(figures.openKept)}; fixed precision ${pct(figures.fixedPrecision)}, recall ${pct(figures.fixedRecall)}; new precision ${pct(figures.newPrecision)}, recall ${pct(figures.newRecall)}`);
    const misses = scores.flatMap((s) => s.misses).join('\n');
    assert.ok(figures.openKept >= OPEN_KEPT_BAR, `open kept ${pct(figures.openKept)} < 95%:\n${misses}`);
    assert.ok(figures.fixedPrecision >= PRECISION_FLOOR && figures.newPrecision >= PRECISION_FLOOR, `fixed/new precision below ${PRECISION_FLOOR}:\n${misses}`);
  });
  test('the blind pairs (written by someone who never saw the matcher): the same bars', () => {
    // First run, before any change: open kept 98.2%, fixed precision 97.8%, new precision 91.7%
    // (test/fixtures/revisions/holdout/FIRST-RUN.txt). Two entries there describe a false
    // ecq.missing that the fix of the run removed; they are kept, as written, and missed.
    const scores = revisionPairs(REVISIONS_HOLDOUT_DIR).map((name) => scorePair(name, REVISIONS_HOLDOUT_DIR));
    assert.ok(scores.length >= 6);
    const figures = summarise(scores);
    const misses = scores.flatMap((s) => s.misses).join('\n');
    console.log(`      blind pairs: open kept ${(figures.openKept * 100).toFixed(1)}%; fixed precision ${(figures.fixedPrecision * 100).toFixed(1)}%; new precision ${(figures.newPrecision * 100).toFixed(1)}%`);
    assert.ok(figures.openKept >= OPEN_KEPT_BAR, misses);
    assert.ok(figures.fixedPrecision >= PRECISION_FLOOR && figures.newPrecision >= PRECISION_FLOOR, misses);
  });
});
