import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, analyzeInSteps } from '../../server/src/core/analyze';
import { runToEnd } from '../../server/src/core/steps';
import { FactsCache } from '../../server/src/core/analysis/facts';
import { TODAY } from '../helpers/fixtures';
import { Finding } from '../../server/src/core/rules/types';

/** Draft-like text: headings, labels, list items, markup and the words rules look for. */
const fragment = fc.constantFrom(
  '## ECQ 1: Leading Change\n\n', '## ECQ 2: Driving Efficiency\n\n', '### Example 1\n\n', '**Challenge:** ', 'Context: ', '---\n\n',
  'I was responsible for ', 'we built ', 'numerous ', 'the OMB ', 'Office of Management and Budget (OMB) ', 'In 2012 ', 'utilize ',
  'I believe ', '$4.3 million ', '40 percent ', 'was implemented ', '"quoted we did" ', '<!-- ecq-disable-next-line phrase.weak -->\n',
  '> quote\n', '- item\n', '`code` ', '[link](http://x.gov) ', '**bold** ', '\n\n', '\n', '. ', 'U.S. ', '“', '”', '\r\n', '\t', 'é', '😀',
);
const draft = fc.array(fc.oneof(fragment, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''));

function applyFix(text: string, f: Finding): string {
  const edits = [...f.fixes[0]!.edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

suite('robustness', () => {
  test('analysis never throws and every span and fix lies inside the text', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom('ecq', 'tq', 'resume', 'stories', 'posting'), fc.constantFrom('a.md', 'a.txt'), (text, kind, path) => {
        const r = analyze(text, { kind, path, today: TODAY });
        for (const f of r.findings) {
          assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, JSON.stringify(f.span));
          assert.ok(f.message.length > 0);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start <= e.span.end);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('analysis is deterministic, and a warm cache gives the same result as a cold one', () => {
    fc.assert(
      fc.property(draft, draft, (a, b) => {
        const cache = new FactsCache();
        analyze(a, { today: TODAY, cache });
        const warm = analyze(b, { today: TODAY, cache }).findings;
        const cold = analyze(b, { today: TODAY }).findings;
        assert.deepEqual(warm, cold);
      }),
      { numRuns: 200 },
    );
  });

  test('analysis in steps, dropped part way and restarted on new text, equals a cold analysis', () => {
    // The language server runs a large draft's analysis in slices and drops it when the
    // writer types; the blocks finished before the drop stay in the document's cache.
    fc.assert(
      fc.property(draft, draft, fc.nat({ max: 200 }), (a, b, stepsBeforeDrop) => {
        const cache = new FactsCache();
        const dropped = analyzeInSteps(a, { today: TODAY, cache });
        let steps = 0;
        for (let next = dropped.next(); !next.done && steps < stepsBeforeDrop; next = dropped.next()) steps++;
        const restarted = runToEnd(analyzeInSteps(b, { today: TODAY, cache }));
        assert.deepEqual(restarted.findings, analyze(b, { today: TODAY }).findings);
      }),
      { numRuns: 200 },
    );
  });

  test('a large draft is analysed in many small steps', () => {
    const text = '## ECQ 1: Leading Change\n\nI led the change. We built it in 2012.\n\n'.repeat(500);
    let steps = 0;
    const run = analyzeInSteps(text, { today: TODAY });
    for (let next = run.next(); !next.done; next = run.next()) steps++;
    // At least one step per block, so no step does a large share of the work.
    assert.ok(steps >= 1000, `${steps} steps`);
  });

  test('applying a preferred fix removes that finding', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const findings = analyze(text, { today: TODAY }).findings.filter((f) => f.fixes[0]?.preferred && (f.ruleId === 'plain.wordy' || f.ruleId === 'plain.filler'));
        for (const f of findings.slice(0, 3)) {
          const fixed = applyFix(text, f);
          const after = analyze(fixed, { today: TODAY }).findings;
          const shifted = f.span.start;
          assert.ok(!after.some((g) => g.ruleId === f.ruleId && g.span.start === shifted && fixed.slice(g.span.start, g.span.end) === text.slice(f.span.start, f.span.end)));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('a disable-file comment silences every rule', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const r = analyze(`<!-- ecq-disable-file -->\n\n${text.replace(/<!--|-->/g, '')}`, { today: TODAY });
        assert.deepEqual(r.findings, []);
      }),
      { numRuns: 200 },
    );
  });

  // A quadratic run on 2 MB would take hours: the timeout is the bound, not a measured time.
  test('pathological inputs are analysed to the end within the timeout', function () {
    this.timeout(60000);
    const size = 2 * 1024 * 1024;
    const times: string[] = [];
    for (const [name, unit] of [
      ['unclosed backticks', '`` ` ``` '],
      ['brackets', '[[[[ ]]]] ]( ('],
      ['html-ish', '<a <b <!-- '],
      ['one long line', 'I was responsible for numerous U.S. things in 2012 and we built it '],
      ['emphasis', '**_*_**_ '],
      ['quotes', '" “ ” " '],
      ['digits', '2012-2013 $4.3 40% FY12 09/2014 '],
      ['newlines', '\n\n\r\n\n'],
      ['part tags', 'The backlog fell. (Result) '],
      ['weak phrases far from a subject', 'staff helped '],
      ['bullet lines', 'Trained staff\n•\t'],
    ] as const) {
      const text = unit.repeat(Math.ceil(size / unit.length));
      const start = Date.now();
      analyze(text, { today: TODAY });
      // Printed, not asserted: a time bound would fail by accident on a loaded machine.
      times.push(`${name} ${((Date.now() - start) / 1000).toFixed(1)} s`);
    }
    console.log(`      2 MB of each pathological input: ${times.join(', ')}`);
  });
});
