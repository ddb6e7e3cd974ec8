import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RetargetPlanRequest } from '@ecq-writer/protocol';
import { startTestServer, TestServer } from './harness';
import { tempDir } from '../helpers/tempDir';
import { URI } from '../../server/src/lsp/uri';

/** Apply to Another Posting through the language server (issue 15): planned, never written by the server. */

const POSTING = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/e2e-workspace/job.posting.md'), 'utf8');
const DRAFT = '## ECQ 2: Driving Efficiency\n\nIn 2023 I moved 41 systems to a commercial cloud and cut hosting costs by 36%.\n';

suite('language server: re-aiming a package at a new posting', () => {
  let t: ReturnType<typeof tempDir>;
  let server: TestServer;
  let uri: string;

  setup(async () => {
    t = tempDir({ 'a.ecq.md': DRAFT, 'incoming/new.posting.md': POSTING });
    server = await startTestServer(t.dir);
    uri = URI.fromFsPath(t.file('a.ecq.md'));
    await server.open(uri, DRAFT);
  });
  teardown(async () => {
    await server.dispose();
    t.dispose();
  });

  test('the plan: the drafts, the posting and a config linked to it, with the coverage report; the server writes nothing', async () => {
    const plan = await server.client.sendRequest(RetargetPlanRequest, { uri, posting: t.file('incoming/new.posting.md'), folder: t.file('next-job') });
    assert.equal(plan.error, undefined);
    const names = plan.files.map((f) => path.relative(t.dir, f.path)).sort();
    assert.deepEqual(names, ['next-job/a.ecq.md', 'next-job/ecq.config.json', 'next-job/new.posting.md'].map((n) => n.split('/').join(path.sep)));
    assert.equal(JSON.parse(plan.files.find((f) => f.path.endsWith('ecq.config.json'))!.text).posting, 'new.posting.md');
    assert.match(plan.report, /MTQ 1/);
    assert.equal(fs.existsSync(t.file('next-job')), false, 'nothing written');
  });

  test('bad input: a posting outside the workspace, a folder whose files exist', async () => {
    const outside = await server.client.sendRequest(RetargetPlanRequest, { uri, posting: path.join(path.dirname(t.dir), 'elsewhere.posting.md'), folder: t.file('next-job') });
    assert.match(outside.error ?? '', /inside the workspace/);
    fs.mkdirSync(t.file('taken'));
    fs.writeFileSync(t.file('taken/a.ecq.md'), 'mine');
    const taken = await server.client.sendRequest(RetargetPlanRequest, { uri, posting: t.file('incoming/new.posting.md'), folder: t.file('taken') });
    assert.match(taken.error ?? '', /would overwrite/);
    assert.equal(fs.readFileSync(t.file('taken/a.ecq.md'), 'utf8'), 'mine');
  });
});
