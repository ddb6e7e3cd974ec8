import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { lint } from '../helpers/fixtures';
import { Finding } from '../../server/src/core/rules/types';
import { delimiterRuns, keepEmphasis, widenToEmphasis } from '../../server/src/core/rules/emphasis';

/**
 * Quick fixes inside Markdown emphasis (issue 12): "Delete "very"" on `**very**` left `****`,
 * and "Replace with "to"" on `in **order to**` left `to**`. A fix must keep emphasis well
 * formed, or take the markers with the words when the words were all they emphasised.
 */

const HEADING = '## ECQ 1: Leading Change\n\n';

/** The draft after the first fix of the first finding of `rule`, without the heading. */
function fixed(paragraph: string, rule: string): string {
  const text = HEADING + paragraph + '\n';
  const finding = lint(text).findings.find((f: Finding) => f.ruleId === rule);
  assert.ok(finding, `no ${rule} finding in ${JSON.stringify(paragraph)}`);
  const edits = [...finding.fixes[0]!.edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out.slice(HEADING.length, -1);
}

const md = new MarkdownIt();
/** What a reader sees: the paragraph rendered, so stray markers show as text. */
const rendered = (paragraph: string): string => md.renderInline(paragraph);

suite('quick fixes inside emphasis', () => {
  test('deleting the only emphasised word takes its markers: **very**, *really*, _actually_', () => {
    assert.equal(fixed('It was **very** important to the team.', 'plain.filler'), 'It was important to the team.');
    assert.equal(fixed('It was *really* important to the team.', 'plain.filler'), 'It was important to the team.');
    assert.equal(fixed('It was _actually_ important to the team.', 'plain.filler'), 'It was important to the team.');
    assert.equal(fixed('It was **_very_** important to the team.', 'plain.filler'), 'It was important to the team.');
  });

  test('deleting an emphasised word at the end of a sentence keeps the sentence tidy', () => {
    assert.equal(fixed('The plan was adopted **completely**.', 'plain.filler'), 'The plan was adopted.');
  });

  test('deleting one word of several emphasised keeps the emphasis on the rest', () => {
    const out = fixed('It was **very important** to the team.', 'plain.filler');
    assert.equal(out, 'It was **important** to the team.');
    assert.equal(rendered(out), 'It was <strong>important</strong> to the team.');
  });

  test('a replacement across a marker keeps the pair: in **order to** → **to**', () => {
    const out = fixed('We met in **order to** achieve the goal.', 'plain.wordy');
    assert.equal(out, 'We met **to** achieve the goal.');
    assert.equal(rendered(out), 'We met <strong>to</strong> achieve the goal.');
  });

  test('a replacement wholly inside emphasis keeps the markers around it', () => {
    assert.equal(fixed('We met **in order to** achieve the goal.', 'plain.wordy'), 'We met **to** achieve the goal.');
  });

  test('plain text is fixed as before', () => {
    assert.equal(fixed('It was very important to the team.', 'plain.filler'), 'It was important to the team.');
    assert.equal(fixed('We met in order to achieve the goal.', 'plain.wordy'), 'We met to achieve the goal.');
  });
});

suite('emphasis markers', () => {
  test('pairs openers with closers of the same marker; snake_case, escaped and lone markers pair with nothing', () => {
    const text = 'a **b** snake_case \\*x* _c_';
    const runs = delimiterRuns(text, 0, text.length);
    assert.deepEqual(
      runs.map((r) => [text.slice(r.start, r.end), r.start, r.partner === undefined ? undefined : runs[r.partner]!.start]),
      [
        ['**', 2, 5],
        ['**', 5, 2],
        ['_', 13, undefined],
        ['*', 22, undefined],
        ['_', 24, 26],
        ['_', 26, 24],
      ],
    );
  });

  test('widening stops where the markers are not around the words alone', () => {
    const text = '**very important**';
    const runs = delimiterRuns(text, 0, text.length);
    assert.deepEqual(widenToEmphasis(runs, { start: 2, end: 6 }), { start: 2, end: 6 });
    assert.deepEqual(widenToEmphasis(runs, { start: 2, end: 16 }), { start: 0, end: 18 });
  });

  test('a deletion that empties an emphasis removes both markers', () => {
    const text = 'met in **order to** go';
    const runs = delimiterRuns(text, 0, text.length);
    assert.deepEqual(keepEmphasis(text, runs, { span: { start: 3, end: 17 }, newText: '' }), { span: { start: 3, end: 19 }, newText: '' });
  });
});

suite('resume fixes inside emphasis', () => {
  const RESUME = '# Jane Doe\n\n## Work Experience\n\n### Director, Office of Operations\n01/2018 – 06/2022\n\n';

  /** Every fix of `rule` on the bullet, applied one at a time, as the bullet line it leaves. */
  function fixesOf(bullet: string, rule: string): string[] {
    const text = `${RESUME}${bullet}\n`;
    const finding = lint(text, { path: 'jane.resume.md' }).findings.find((f: Finding) => f.ruleId === rule);
    assert.ok(finding, `no ${rule} finding in ${JSON.stringify(bullet)}`);
    return finding.fixes.map((fix) => {
      let out = text;
      for (const e of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
      return out.slice(RESUME.length, -1);
    });
  }

  test('a weak opener in bold, or a gerund in bold, keeps its pair of markers on the new verb', () => {
    assert.deepEqual(fixesOf('- **Responsible for** managing a staff of 40 and a $12M budget.', 'resume.weak-start')[0], '- **Managed** a staff of 40 and a $12M budget.');
    assert.equal(fixesOf('- Responsible for **managing** 12 programs worth $4M.', 'resume.weak-start')[0], '- **Managed** 12 programs worth $4M.');
    assert.equal(fixesOf('- **Helped** cut costs by 10% across 41 systems.', 'resume.weak-start')[0], '- **Cut** costs by 10% across 41 systems.');
    for (const out of fixesOf('- **Responsible for** managing a staff of 40 and a $12M budget.', 'resume.weak-start')) assert.ok(/^- \*\*[A-Z][a-z]+\*\* a staff of 40/.test(out), out);
  });

  test('the other verbs replace the gerund too, and none repeats the first', () => {
    const outs = fixesOf('- Responsible for managing a staff of 40 and a $12M budget.', 'resume.weak-start');
    assert.equal(new Set(outs).size, outs.length, outs.join(' | '));
    for (const out of outs) assert.ok(!/managing/.test(out), out);
  });

  test('"Start with the verb" after a pronoun keeps the verb\'s emphasis', () => {
    assert.equal(fixesOf('- I **led** a staff of 40 to cut costs by 10%.', 'resume.first-person')[0], '- **Led** a staff of 40 to cut costs by 10%.');
  });
});
