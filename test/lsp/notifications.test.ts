import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startTestServer } from './harness';
import { tempDir } from '../helpers/tempDir';
import { URI } from '../../server/src/lsp/uri';
import { PostingCoverageChangedNotification, PostingCoverageChangedParams, ProjectConfigChangedNotification } from '@ecq-writer/protocol';

const POSTING = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/postings/corpus/va-infrastructure-modernization.posting.md'), 'utf8');
const TQ_DRAFT = '# MTQ 1\n\nIn 2023 I led the modernization of mission-critical legacy systems.\n';

suite('language server: notifications to the client', () => {
  test('ecq/postingCoverageChanged arrives with the parameters its declaration names, and the client logs no protocol error', async () => {
    const t = tempDir({ 'job.posting.md': POSTING, 'ecq.config.json': '{ "posting": "job.posting.md" }', 'mtq1.tq.md': TQ_DRAFT });
    const server = await startTestServer(t.dir);
    try {
      const received: PostingCoverageChangedParams[] = [];
      let notified: () => void = () => undefined;
      // Registered with the shared declaration, as the extension's coverage model registers it.
      server.client.onNotification(PostingCoverageChangedNotification, (params) => {
        received.push(params);
        notified();
      });
      const next = () => new Promise<void>((resolve) => (notified = resolve));
      const uri = URI.fromFsPath(t.file('mtq1.tq.md'));
      await server.open(uri, TQ_DRAFT);
      // Sent once typing pauses.
      const afterEdit = next();
      await server.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Then ' }]);
      await afterEdit;
      const afterFiles = next();
      await server.client.sendNotification(ProjectConfigChangedNotification);
      await afterFiles;
      assert.deepEqual(server.protocolErrors, []);
      assert.deepEqual(received, [{ reason: 'edit' }, { reason: 'files' }]);
    } finally {
      await server.dispose();
      t.dispose();
    }
  });
});
