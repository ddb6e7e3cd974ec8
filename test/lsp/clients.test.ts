import * as assert from 'node:assert/strict';
import { startTestServer } from './harness';

/** Clients other than VS Code: the server must start for any LSP client (issue 12). */

/** Far beyond the warm-up's few hundred milliseconds; a server that never gets there fails here. */
const READY_WITHIN_MS = 10_000;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(condition(), what);
}

suite('LSP: clients without optional capabilities', () => {
  test('a client that does not advertise workspace folders: the server starts, warms up and answers', async () => {
    const server = await startTestServer(undefined, { textDocument: { diagnostic: { dynamicRegistration: false } } });
    try {
      await until(() => server.logs.some((l) => l.includes('Engine warmed up')), 'the server started and warmed up');
      assert.deepEqual(
        server.logs.filter((l) => /failed|error/i.test(l)),
        [],
      );
      const uri = 'file:///tmp/ecq-client-test/a.ecq.md';
      await server.open(uri, '## ECQ 1: Leading Change\n\nI was responsible for the merger of two offices.\n');
      const diagnostics = await server.diagnostics(uri);
      assert.ok(diagnostics.some((d) => d.code === 'phrase.weak'), JSON.stringify(diagnostics.map((d) => d.code)));
    } finally {
      await server.dispose();
    }
  });
});
