import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/core/parse/document';
import { joinLines, lint } from '../helpers/fixtures';
import { CORPUS_DIR, readCorpus } from '../helpers/corpus';
import { CcarPartKind } from '../../server/src/core/domain/headings';

function parts(text: string, kind: 'ecq' | 'tq' = 'ecq'): Record<CcarPartKind, boolean>[] {
  return parseDocument(text, { kind }).sections.flatMap((s) => s.examples.map((e) => e.ccar.present));
}

function missing(text: string): string[] {
  return lint(text).findings.filter((f) => f.ruleId.startsWith('ccar.')).map((f) => f.ruleId.replace('ccar.missing-', ''));
}

const ALL = { challenge: true, context: true, action: true, result: true };

suite('CCAR: labelled parts', () => {
  test('bold, plain and heading labels; STAR aliases', () => {
    assert.deepEqual(parts(joinLines('## ECQ 1: Leading Change', '', '**Challenge:** A.', '', '**Context:** B.', '', '**Action:** I did C.', '', '**Result:** D.')), [ALL]);
    assert.deepEqual(parts(joinLines('## ECQ 1: Leading Change', '', 'Situation: A.', '', 'Task: B.', '', 'Actions: I did C.', '', 'Results - D.')), [ALL]);
    assert.deepEqual(parts(joinLines('## ECQ 1: Leading Change', '', '### Challenge/Context', '', 'A.', '', '### Action', '', 'C.', '', '### Result', '', 'D.')), [ALL]);
  });

  test('labelled parts are not marked inferred; their span starts at the label', () => {
    const text = joinLines('## ECQ 1: Leading Change', '', '**Challenge:** The office was slow.', '', '**Result:** Time fell 40 percent.');
    const ex = parseDocument(text).sections[0]!.examples[0]!;
    const challenge = ex.ccar.parts.find((p) => p.kind === 'challenge')!;
    assert.equal(challenge.inferred, false);
    assert.ok(text.slice(challenge.span.start).startsWith('Challenge:'));
  });

  test('a labelled example that omits a label is checked by inference for that part', () => {
    // No Context label, but the prose before the first label sets the scene.
    const text = joinLines('## ECQ 1: Leading Change', '', 'As Director, I lead 210 staff in four offices.', '', '**Challenge:** Awards took 312 days.', '', '**Action:** I cut 9 review points.', '', '**Result:** Awards now take 171 days.');
    assert.deepEqual(missing(text), []);
    const bare = joinLines('## ECQ 1: Leading Change', '', '**Challenge:** Awards took 312 days.', '', '**Action:** I cut 9 review points.', '', '**Result:** Awards now take 171 days.');
    assert.deepEqual(missing(bare), ['context']);
  });
});

suite('CCAR: unlabelled prose', () => {
  test('a full narrative in four paragraphs has all four parts, in order', () => {
    const text = joinLines(
      '## ECQ 2: Driving Efficiency',
      '',
      'When I became Deputy CIO in 2022, cloud spending had grown from $61 million to $148 million in three years, and no one could say which agency was paying for what. The CFO asked me to hold cloud costs flat.',
      '',
      'I set up a cost office of eight analysts. I negotiated two enterprise agreements and required every agency to tag its resources.',
      '',
      'Several agency CIOs resisted. I met with each of them and agreed to let them keep half of their savings.',
      '',
      'In fiscal year 2024 cloud spending fell from $148 million to $121 million, and untagged resources fell from 38 to 2 percent.',
    );
    const ex = parseDocument(text).sections[0]!.examples[0]!;
    assert.deepEqual(ex.ccar.present, ALL);
    const order = ex.ccar.parts.map((p) => p.kind);
    assert.equal(order[order.length - 1], 'result');
    assert.ok(ex.ccar.parts.every((p) => p.inferred));
    const result = ex.ccar.parts.find((p) => p.kind === 'result')!;
    assert.ok(text.slice(result.span.start).startsWith('In fiscal year 2024'));
  });

  test('a one-paragraph story still yields each part', () => {
    assert.deepEqual(
      missing(joinLines('## ECQ 4: Leading People', '', 'In 2020 I inherited a branch of 35 staff in which two senior engineers had been in open conflict for a year. I met with both engineers, set clear expectations and gave each a distinct area of ownership. Within six months the branch met its service targets.')),
      [],
    );
  });

  test('each missing part is reported, and only that part', () => {
    const cases: [string, string[]][] = [
      ['I set up a cost office of eight analysts.\n\nI negotiated two enterprise agreements.\n\nCloud spending fell from $148 million to $121 million.', ['challenge']],
      ['Our FOIA backlog kept growing.\n\nI created a triage cell and set weekly targets.\n\nThe backlog fell 40 percent in six months.', ['context']],
      ['In 2022 the Secretary set a goal of closing 11 data centers, and 312 applications in them had no owners.\n\nThe data centers cost $84 million a year.\n\nAll 11 closed on schedule and hosting costs fell $31 million a year.', ['action']],
      ['In 2023 the 120 mainframe staff in my office faced the closure of their data centers, and the union expected layoffs.\n\nI negotiated a retraining agreement with the union and built a 12-month academy.', ['result']],
      ['I chose the vendor and ran the weekly status meetings myself. I also wrote the training plan. The new case system went live on time and users rated it 4.2 out of 5.', ['challenge', 'context']],
    ];
    for (const [body, expected] of cases) assert.deepEqual(missing(`## ECQ 5: Achieving Results\n\n${body}\n`), expected, body);
  });

  test('"the controls I put in place" in a results paragraph is not an action', () => {
    const text = joinLines(
      '## ECQ 1: Rule of Law',
      '',
      'In 2023 the migration plan would have copied 4.1 million borrower files to Canada, which the Privacy Act notice forbade.',
      '',
      'I stopped the cutover and had the vendor reconfigure storage.',
      '',
      'The system moved five weeks late. The Inspector General cited the controls I put in place as a model practice, and the Department adopted them for 46 migrations.',
    );
    const ex = parseDocument(text).sections[0]!.examples[0]!;
    const result = ex.ccar.parts.find((p) => p.kind === 'result')!;
    assert.equal(result.sentences.length, 2);
  });

  test('present-tense role statements are context, not actions', () => {
    const text = '## TQ 1: Security\n\nSince 2021 I have been CISO, where I lead 230 security staff. The bureau had 46 open audit findings.\n\nI consolidated three identity platforms.\n\nThe bureau closed 44 of the 46 findings.';
    assert.deepEqual(lint(text, { kind: 'tq' }).findings.filter((f) => f.ruleId.startsWith('ccar.')), []);
  });

  test('the 2025 and the legacy set are analysed alike', () => {
    const body = 'In 2023 the office took 312 days to award contracts, twice the goal, and 210 staff were affected.\n\nI cut 9 review points and embedded two attorneys.\n\nAward time fell to 171 days.';
    assert.deepEqual(missing(`## ECQ 5: Achieving Results\n\n${body}`), []);
    assert.deepEqual(missing(`## ECQ 1: Leading Change\n\n${body}`), []);
  });
});

suite('CCAR: the sample corpus drafts', () => {
  test('no part that the samples contain is reported missing', async () => {
    const fs = await import('node:fs');
    const files = fs.readdirSync(`${CORPUS_DIR}/drafts`).sort();
    assert.deepEqual(files, ['ellison-2025.ecq.md', 'ellison-mtq1.tq.md', 'haines-legacy.ecq.md']);
    for (const file of files) {
      const text = readCorpus(`drafts/${file}`);
      const findings = lint(text, { path: file }).findings.filter((f) => f.ruleId.startsWith('ccar.'));
      assert.deepEqual(findings.map((f) => `${file}: ${f.message}`), []);
    }
  });
});
