import * as assert from 'node:assert/strict';
import { ServerStatsRequest } from '@ecq-writer/protocol';
import * as path from 'node:path';
import { startTestServer } from './harness';
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

/**
 * Attempts per input, each on a fresh server: the least disturbed counts, as in the regex
 * timing test. The thread clock leaves out other programs' time, but on a loaded machine the
 * collector's and compiler's helper threads get less of it and leave more work to the main
 * thread: one run measured 70 ms beside three other test sessions, and 10–30 ms alone.
 */
const ATTEMPTS = 3;

/** Every request an editor sends for an open draft, then the server's longest run per handler. */
async function longestRuns(dir: string, name: string, text: string): Promise<{ findings: number; over: string[]; line: string }> {
  const server = await startTestServer(dir);
  try {
    const { client } = server;
    const uri = URI.fromFsPath(path.join(dir, `${name.replace(/\W+/g, '-')}.ecq.md`));
    await server.open(uri, text);
    const diagnostics = await server.diagnostics(uri);
    const textDocument = { uri };
    const middle = { line: Math.floor(text.split('\n').length / 2), character: 0 };
    await client.sendRequest('textDocument/documentSymbol', { textDocument });
    await client.sendRequest('textDocument/foldingRange', { textDocument });
    await client.sendRequest('textDocument/hover', { textDocument, position: middle });
    await client.sendRequest('textDocument/completion', { textDocument, position: middle });
    await client.sendRequest('textDocument/codeLens', { textDocument });
    const atCursor = diagnostics.filter((d) => d.range.start.line === diagnostics[0]?.range.start.line);
    await client.sendRequest('textDocument/codeAction', { textDocument, range: { start: middle, end: middle }, context: { diagnostics: atCursor } });
    await client.sendRequest('ecq/documentStats', { uri });
    await client.sendNotification('textDocument/didClose', { textDocument });
    const stats = await client.sendRequest(ServerStatsRequest);
    const [slowest, timing] = Object.entries(stats.handlers).sort(([, a], [, b]) => (b.threadCpuMs ?? 0) - (a.threadCpuMs ?? 0))[0]!;
    const over = Object.entries(stats.handlers)
      .filter(([, t]) => (t.threadCpuMs ?? 0) > MAX_SLICE_CPU_MS)
      .map(([handler, t]) => `${handler}: ${t.threadCpuMs!.toFixed(1)} ms (${t.step})`);
    return { findings: diagnostics.length, over, line: `longest run ${slowest} (${timing.step}), ${(timing.threadCpuMs ?? 0).toFixed(1)} ms main-thread CPU; longest GC pause ${stats.longestGcMs.toFixed(1)} ms` };
  } finally {
    await server.dispose();
  }
}

suite('robustness: no handler holds the main thread for 50 ms on 1 MB of adversarial text', () => {
  let t: ReturnType<typeof tempDir> | undefined;

  setup(function () {
    // The figure is the thread clock's, which only Linux offers (threadClock.ts).
    if (!mainThreadClock()) this.skip();
    t = tempDir({});
  });
  teardown(() => t?.dispose());

  for (const [name, make] of Object.entries({ ...BLOCK_PATTERNS, ...INLINE_PATTERNS })) {
    test(name, async function () {
      this.timeout(300_000);
      const text = make(ONE_MB);
      let run = await longestRuns(t!.dir, name, text);
      let attempts = 1;
      while (run.over.length > 0 && attempts < ATTEMPTS) {
        run = await longestRuns(t!.dir, name, text);
        attempts++;
      }
      console.log(`      ${name}: ${run.findings} findings; ${run.line}${attempts > 1 ? ` (attempt ${attempts})` : ''}`);
      assert.deepEqual(run.over, [], `handlers over ${MAX_SLICE_CPU_MS} ms of main-thread CPU in one run, in each of ${attempts} attempts`);
    });
  }
});
