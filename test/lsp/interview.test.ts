import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeLens, Hover, MarkupContent } from 'vscode-languageserver';
import { PracticeAnalysisRequest, PracticeSetRequest } from '@ecq-writer/protocol';
import { serverOnFreshProject } from './harness';

/**
 * Interview files through the language server (issue 13): the lens above each question,
 * the hover on its heading, the posting the front matter links, and the practice view's
 * two requests.
 */

const POSTING = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/e2e-workspace/job.posting.md'), 'utf8');
const INTERVIEW = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/e2e-workspace/practice.interview.md'), 'utf8').replace('posting: job.posting.md', 'posting: ../postings/job.posting.md');

suite('language server: interview files', () => {
  const live = serverOnFreshProject({ 'postings/job.posting.md': POSTING, 'prep/practice.interview.md': INTERVIEW, 'drafts/a.ecq.md': '## ECQ 1: Leading Change\n\nI led a change.\n' });
  let uri: string;

  setup(async () => {
    uri = live.uriOf('prep/practice.interview.md');
    await live.server.open(uri, INTERVIEW);
  });

  test('findings on the answers, with the posting the front matter links in a sibling folder', async () => {
    const codes = (await live.server.diagnostics(uri)).map((d) => String(d.code));
    assert.ok(codes.includes('answer.scope-unquantified'), codes.join(', '));
    assert.ok(codes.includes('answer.length'), codes.join(', '));
    assert.deepEqual(live.server.messages, [], 'no message about the posting link');
  });

  test('a lens above each question: what it asks about, key words, parts, spoken time; "still to prepare" when unanswered', async () => {
    await live.server.diagnostics(uri);
    const lenses = (await live.server.client.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    const titles = lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`);
    assert.equal(lenses.length, 3, titles.join('\n'));
    assert.match(titles[0]!, /^8: ECQ 4: Leading People.*key words \d+ of \d+.*parts \d of 3 answered.*min spoken/);
    assert.match(titles[1]!, /ECQ 2: Driving Efficiency/);
    assert.match(titles[2]!, /a general question · still to prepare/);
    assert.ok(lenses.every((l) => l.command?.command === 'ecq.practiceInterview'));
  });

  test('the hover on a question heading lists its key words and its parts, each ticked or not', async () => {
    await live.server.diagnostics(uri);
    const hover = (await live.server.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 10 } })) as Hover;
    const text = (hover.contents as MarkupContent).value;
    assert.match(text, /asks about ECQ 4: Leading People/);
    assert.match(text, /\*\*Key words\*\* \(\d+ of \d+ used\)/);
    assert.match(text, /- ✓ Tell us about a time you led people through a major change/);
    assert.match(text, /What resistance did you meet/);
    assert.match(text, /\*\*Answer\*\*: \d+ words/);
  });

  test('practice: the interview file\'s own questions; elsewhere, the bank and the posting\'s TQs', async () => {
    const own = await live.server.client.sendRequest(PracticeSetRequest, { uri });
    assert.deepEqual(own.questions.map((q) => q.source), ['file', 'file', 'file']);
    assert.equal(own.ecqSet, '2025');
    const draft = live.uriOf('drafts/a.ecq.md');
    await live.server.open(draft, '## ECQ 1: Leading Change\n\nI led a change.\n');
    const bank = await live.server.client.sendRequest(PracticeSetRequest, { uri: draft, count: 7 });
    assert.equal(bank.questions.length, 7);
    assert.ok(bank.questions.every((q) => q.source === 'bank' || q.source === 'posting'));
  });

  test('practice: an answer is analysed as an interview answer: parts, key words, CCAR, figures, spoken time', async () => {
    const result = await live.server.client.sendRequest(PracticeAnalysisRequest, {
      uri,
      ecqSet: '2025',
      question: 'Tell us about a time you led people through a major change. What resistance did you meet, and how did you overcome it?',
      answer: 'In 2023 our cloud migration had stalled and two division chiefs resisted the move. I met each chief and set shared milestones with them. I coached the 60 engineers weekly. We finished 39 of 41 migrations and cut hosting costs by 36%.',
    });
    assert.equal(result.category, 'ecq');
    assert.equal(result.ecq?.number, 4);
    assert.equal(result.parts.length, 3);
    assert.ok(result.ccar.action && result.ccar.result, JSON.stringify(result.ccar));
    assert.ok(result.figures.some((f) => /36%/.test(f)), result.figures.join(' | '));
    assert.ok(result.words > 30 && result.minutes > 0 && result.paceWpm === 140);
    assert.ok(result.findings.some((f) => f.rule === 'answer.length'), 'a 45-word answer is too short');
  });
});
