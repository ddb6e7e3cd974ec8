import * as assert from 'node:assert/strict';
import { NewPackageFilesRequest } from '@ecq-writer/protocol';
import { ECQ_SETS } from '../../server/src/core/domain/ecqSets';
import { analyze } from '../../server/src/core/analyze';
import { startTestServer, TestServer } from './harness';

suite('language server: the files of a new ECQ package', () => {
  let server: TestServer;
  setup(async () => {
    server = await startTestServer();
  });
  teardown(async () => {
    await server.dispose();
  });

  test('one skeleton per ECQ of the set, each read back as that ECQ', async () => {
    for (const set of ['2025', 'legacy'] as const) {
      const { files } = await server.client.sendRequest(NewPackageFilesRequest, { set });
      assert.equal(files.length, ECQ_SETS[set].ecqs.length);
      for (const [i, file] of files.entries()) {
        assert.match(file.name, /^ecq-\d-[a-z0-9-]+\.ecq\.md$/);
        const doc = analyze(file.text, { path: file.name, today: { year: 2026, month: 12, day: 7 } }).document;
        assert.equal(doc.sections[0]?.ecq?.name, ECQ_SETS[set].ecqs[i]!.name, file.name);
      }
    }
    // A set the server does not know gives no files rather than an error.
    assert.deepEqual((await server.client.sendRequest(NewPackageFilesRequest, { set: 'other' as '2025' })).files, []);
  });
});
