import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { RevisionReviewRequest } from '@ecq-writer/protocol';
import { serverOnFreshProject } from './harness';

/**
 * ECQ: Review Revision through the language server (issue 15): the drafts as typed against a
 * git revision or a folder of the project, findings matched by their words.
 */

const OLD = [
  '## ECQ 2: Driving Efficiency',
  '',
  'In 2023 the office took 147 days to issue awards, and 14 review steps slowed 410 staff.',
  '',
  'I was responsible for cutting the steps. We moved the rest into one system and utilized a new tool.',
  '',
  'Award time fell from 147 to 84 days.',
  '',
].join('\n');

/** The same draft with a paragraph added above, "utilized" fixed, and a new vague claim. */
const NEW = OLD.replace('## ECQ 2: Driving Efficiency\n', '## ECQ 2: Driving Efficiency\n\nThe awards process had not changed in ten years.\n').replace('utilized a new tool', 'used a new tool').replace('84 days.', '84 days. Staff found the tool very easy to use.');

const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.gov', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.gov' } });

suite('language server: revision review', () => {
  const live = serverOnFreshProject({ 'a.ecq.md': OLD, 'earlier/a.ecq.md': OLD });
  let uri: string;

  setup(async function () {
    uri = live.uriOf('a.ecq.md');
  });

  test('against a folder of the project: fixed, new and still open, by their words; an edit above moves nothing', async () => {
    await live.server.open(uri, NEW);
    const review = await live.server.client.sendRequest(RevisionReviewRequest, { uri, against: { kind: 'folder', path: 'earlier' } });
    assert.equal(review.error, undefined);
    const section = review.sections.find((s) => s.label === 'ECQ 2: Driving Efficiency');
    assert.ok(section, JSON.stringify(review.sections.map((s) => s.label)));
    assert.deepEqual(section.fixed.map((f) => f.quote), ['utilized']);
    assert.ok(section.added.some((f) => f.quote === 'very'), JSON.stringify(section.added));
    const open = section.open.find((f) => f.rule === 'phrase.weak');
    assert.ok(open, 'the weak phrase is still open, not fixed and new, though a paragraph was added above it');
    assert.equal(open.uri, uri);
    assert.equal(open.range?.start.line, 6);
    assert.deepEqual(review.totals, { fixed: section.fixed.length, added: section.added.length, open: section.open.length });
  });

  test('against a git revision: the last commit', async function () {
    // Only the draft: a copy kept in a folder of the work tree would be part of the current version.
    fs.rmSync(live.project.file('earlier'), { recursive: true });
    if (git(live.project.dir, 'init', '-q').status !== 0) this.skip();
    git(live.project.dir, 'add', 'a.ecq.md');
    git(live.project.dir, 'commit', '-q', '-m', 'first');
    await live.server.open(uri, NEW);
    const review = await live.server.client.sendRequest(RevisionReviewRequest, { uri, against: { kind: 'git', revision: 'HEAD' } });
    assert.equal(review.error, undefined);
    assert.equal(review.totals.fixed, 1);
    const missing = await live.server.client.sendRequest(RevisionReviewRequest, { uri, against: { kind: 'git', revision: 'no-such-tag' } });
    assert.match(missing.error ?? '', /no-such-tag/);
  });

  test('the remarks file of the project is listed with each remark\'s state against the revision', async () => {
    fs.writeFileSync(live.project.file('board.remarks.md'), '---\nkind: remarks\nreturned: 2026-10-01\n---\n\n## ECQ 2: Driving Efficiency\n\n- Plain language: avoid words like "utilized".\n- The example reads as a team effort; the candidate\'s role is unclear.\n');
    await live.server.open(uri, NEW);
    const review = await live.server.client.sendRequest(RevisionReviewRequest, { uri, against: { kind: 'folder', path: 'earlier' } });
    const remarks = review.remarks ?? [];
    assert.equal(remarks.length, 2, JSON.stringify(review.remarks));
    assert.equal(remarks[0]!.state, 'addressed', remarks[0]!.reason);
    assert.equal(remarks[1]!.state, 'open', 'the "we" it speaks to is still there');
    assert.equal(remarks[1]!.uri, live.uriOf('board.remarks.md'));
  });

  test('bad input: a folder outside the project or not a package gets a message naming it', async () => {
    await live.server.open(uri, NEW);
    const outside = await live.server.client.sendRequest(RevisionReviewRequest, { uri, against: { kind: 'folder', path: '../..' } });
    assert.match(outside.error ?? '', /inside the project/);
    const empty = await live.server.client.sendRequest(RevisionReviewRequest, { uri, against: { kind: 'folder', path: 'nowhere' } });
    assert.match(empty.error ?? '', /nowhere/);
  });
});
