import * as assert from 'node:assert/strict';
import { ServerStatsRequest } from '@ecq-writer/protocol';
import { startTestServer, TestServer } from './harness';
import { tempDir } from '../helpers/tempDir';
import { URI } from '../../server/src/lsp/uri';
import { BLOCK_PATTERNS, INLINE_PATTERNS } from '../helpers/adversarial';
import { mainThreadClock } from '../../server/src/lsp/threadClock';

/**
 * Issue 12's bar: no input of 1 MB or less holds the server's main thread for more than
 * 50 ms of CPU in one run of a handler. The server times each synchronous run by the main
 * thread's CPU clock (lsp/timing.ts), which, unlike the wall clock, does not count the
 * time other programs of a loaded machine take; the garbage collector's pauses on this
 * thread do count. Each adversarial megabyte goes through every request an editor sends
 * for an open draft.
 */
const ONE_MB = 1024 * 1024;
const MAX_SLICE_CPU_MS = 50;

suite('robustness: no handler holds the main thread for 50 ms on 1 MB of adversarial text', () => {
  let t: ReturnType<typeof tempDir> | undefined;
  let server: TestServer | undefined;

  // A server per input: its figures are the longest runs since it started.
  setup(async function () {
    // The figure is the thread clock's, which only Linux offers (threadClock.ts).
    if (!mainThreadClock()) this.skip();
    t = tempDir({});
    server = await startTestServer(t.dir);
  });
  teardown(async () => {
    await server?.dispose();
    t?.dispose();
  });

  for (const [name, make] of Object.entries({ ...BLOCK_PATTERNS, ...INLINE_PATTERNS })) {
    test(name, async function () {
      this.timeout(120_000);
      const { client, open, diagnostics: diagnosticsOf } = server!;
      const uri = URI.fromFsPath(t!.file(`${name.replace(/\W+/g, '-')}.ecq.md`));
      const text = make(ONE_MB);
      await open(uri, text);
      const diagnostics = await diagnosticsOf(uri);
      const textDocument = { uri };
      const middle = { line: Math.floor(text.split('\n').length / 2), character: 0 };
      await client.sendRequest('textDocument/documentSymbol', { textDocument });
      await client.sendRequest('textDocument/foldingRange', { textDocument });
      await client.sendRequest('textDocument/hover', { textDocument, position: middle });
      await client.sendRequest('textDocument/completion', { textDocument, position: middle });
      const atCursor = diagnostics.filter((d) => d.range.start.line === diagnostics[0]?.range.start.line);
      await client.sendRequest('textDocument/codeAction', { textDocument, range: { start: middle, end: middle }, context: { diagnostics: atCursor } });
      await client.sendRequest('ecq/documentStats', { uri });
      await client.sendNotification('textDocument/didClose', { textDocument });

      const stats = await client.sendRequest(ServerStatsRequest);
      const [slowest, timing] = Object.entries(stats.handlers).sort(([, a], [, b]) => (b.threadCpuMs ?? 0) - (a.threadCpuMs ?? 0))[0]!;
      console.log(`      ${name}: ${diagnostics.length} findings; longest run ${slowest} (${timing.step}), ${(timing.threadCpuMs ?? 0).toFixed(1)} ms main-thread CPU; longest GC pause ${stats.longestGcMs.toFixed(1)} ms`);
      const over = Object.entries(stats.handlers).filter(([, timing]) => (timing.threadCpuMs ?? 0) > MAX_SLICE_CPU_MS);
      assert.deepEqual(
        over.map(([handler, timing]) => `${handler}: ${timing.threadCpuMs!.toFixed(1)} ms (${timing.step})`),
        [],
        `handlers over ${MAX_SLICE_CPU_MS} ms of main-thread CPU in one run`,
      );
    });
  }
});
