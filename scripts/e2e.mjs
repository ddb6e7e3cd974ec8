// `npm run test:e2e`: runs test/e2e inside a real VS Code (code-server's extension host),
// driven by headless Chromium. The suite's exit code is this script's.
import * as fs from 'node:fs';
import { format } from 'node:util';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, ensureCodeServer, repoRoot, startCodeServer } from './codeServer.mjs';

const DEADLINE_MS = 600_000;
const screenshot = process.argv.find((a) => a.startsWith('--screenshot='))?.slice('--screenshot='.length);

for (const built of ['dist/client.js', 'dist/server.js', 'out/test/e2e/suite/index.js']) {
  if (!fs.existsSync(path.join(repoRoot, built))) {
    console.error(`${built} is missing: run "npm run build" first (npm run test:e2e does).`);
    process.exit(1);
  }
}

const bin = ensureCodeServer();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ecq-e2e-'));
// The tests edit files: they get a copy of the fixture workspace, never the repository's.
const workspace = path.join(scratch, 'workspace');
fs.cpSync(path.join(repoRoot, 'test/fixtures/e2e-workspace'), workspace, { recursive: true });

const serverLog = [];
const server = await startCodeServer({
  bin,
  workspace,
  userDataDir: path.join(scratch, 'user-data'),
  extensionsDir: path.join(scratch, 'extensions'),
  log: (line) => serverLog.push(line),
});

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let exitCode = 1;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const done = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  // The extension host's console and mocha's output.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // Mocha's reporter logs printf-style ("%s (%dms)"), so the arguments are formatted here.
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (text.trim()) console.log(text.replace(/\n$/, ''));
  });
  const host = `127.0.0.1:${server.port}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${host}${repoRoot}`],
    ['extensionTestsPath', `vscode-remote://${host}${path.join(repoRoot, 'out/test/e2e/suite')}`],
    ['skipWelcome', 'true'],
  ]);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), DEADLINE_MS).unref());
  const result = await Promise.race([done, timeout]);
  if (result === 'timeout') {
    console.error(`The end-to-end suite did not finish within ${DEADLINE_MS / 1000} s.`);
  } else {
    exitCode = Number(result);
  }
  if (screenshot) await page.screenshot({ path: screenshot });
} catch (e) {
  console.error(e);
} finally {
  await browser.close();
  await server.stop();
  if (exitCode !== 0) console.error(`\ncode-server log:\n${serverLog.join('').split('\n').slice(-40).join('\n')}`);
  fs.rmSync(scratch, { recursive: true, force: true });
}
console.log(exitCode === 0 ? '\nEnd-to-end tests passed in a real VS Code.' : `\nEnd-to-end tests failed (exit ${exitCode}).`);
process.exit(exitCode);
