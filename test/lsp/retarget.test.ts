import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RetargetPlanRequest } from '@ecq-writer/protocol';
import { serverOnFreshProject } from './harness';

/** Apply to Another Posting through the language server (issue 15): planned, never written by the server. */

const POSTING = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/e2e-workspace/job.posting.md'), 'utf8');
const DRAFT = '## ECQ 2: Driving Efficiency\n\nIn 2023 I moved 41 systems to a commercial cloud and cut hosting costs by 36%.\n';

suite('language server: re-aiming a package at a new posting', () => {
  const live = serverOnFreshProject({ 'a.ecq.md': DRAFT, 'incoming/new.posting.md': POSTING });
  let uri: string;

  setup(async () => {
    uri = live.uriOf('a.ecq.md');
    await live.server.open(uri, DRAFT);
  });

  test('the plan: the drafts, the posting and a config linked to it, with the coverage report; the server writes nothing', async () => {
    const plan = await live.server.client.sendRequest(RetargetPlanRequest, { uri, posting: live.project.file('incoming/new.posting.md'), folder: live.project.file('next-job') });
    assert.equal(plan.error, undefined);
    const names = plan.files.map((f) => path.relative(live.project.dir, f.path)).sort();
    assert.deepEqual(names, ['next-job/a.ecq.md', 'next-job/ecq.config.json', 'next-job/new.posting.md'].map((n) => n.split('/').join(path.sep)));
    assert.equal(JSON.parse(plan.files.find((f) => f.path.endsWith('ecq.config.json'))!.text).posting, 'new.posting.md');
    assert.match(plan.report, /MTQ 1/);
    assert.equal(fs.existsSync(live.project.file('next-job')), false, 'nothing written');
  });

  test('bad input: a posting outside the workspace, a folder whose files exist', async () => {
    const outside = await live.server.client.sendRequest(RetargetPlanRequest, { uri, posting: path.join(path.dirname(live.project.dir), 'elsewhere.posting.md'), folder: live.project.file('next-job') });
    assert.match(outside.error ?? '', /inside the workspace/);
    fs.mkdirSync(live.project.file('taken'));
    fs.writeFileSync(live.project.file('taken/a.ecq.md'), 'mine');
    const taken = await live.server.client.sendRequest(RetargetPlanRequest, { uri, posting: live.project.file('incoming/new.posting.md'), folder: live.project.file('taken') });
    assert.match(taken.error ?? '', /would overwrite/);
    assert.equal(fs.readFileSync(live.project.file('taken/a.ecq.md'), 'utf8'), 'mine');
  });
});
