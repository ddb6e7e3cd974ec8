// `npm run test:start`: what a newcomer does. Runs `npm start` with a fresh profile,
// waits for the address it prints, opens it in headless Chromium, opens a sample draft
// and waits for the findings to be drawn. Then stops it with Ctrl+C, as a user would.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, closeFirstRunWalkthrough, freePort, quickPick, repoRoot } from './codeServer.mjs';

const DEADLINE_MS = 300_000;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ecq-start-'));
const port = await freePort();
const start = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')], {
  cwd: repoRoot,
  env: { ...process.env, PORT: String(port), ECQ_START_PROFILE: profile },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
start.stdout.on('data', (d) => (output += d));
start.stderr.on('data', (d) => (output += d));

function fail(message) {
  console.error(`${message}\n\nnpm start printed:\n${output}`);
  start.kill('SIGKILL');
  process.exit(1);
}

const timer = setTimeout(() => fail(`npm start gave no working editor within ${DEADLINE_MS / 1000} s.`), DEADLINE_MS);
const url = await new Promise((resolve) => {
  const look = () => {
    const m = /Open (http:\/\/\S+)/.exec(output);
    if (m) resolve(m[1]);
  };
  start.stdout.on('data', look);
  start.on('exit', (code) => fail(`npm start exited (${code}) before printing an address.`));
});
console.log(`npm start printed ${url}`);

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  // A newcomer's first sight is the walkthrough; it is checked here, then closed.
  await closeFirstRunWalkthrough(page);
  console.log('The walkthrough opened with the editor.');
  await quickPick(page, 'okafor-2025.ecq.md');
  await page.waitForSelector('.squiggly-warning, .squiggly-error, .squiggly-info', { timeout: 60_000 });
  const status = await page.locator('.statusbar-item', { hasText: 'findings' }).first().textContent({ timeout: 20_000 });
  console.log(`The editor at that address shows the sample draft's findings (status bar: ${status?.trim()}).`);
} catch (e) {
  await browser.close();
  fail(`The editor at ${url} did not show findings: ${e instanceof Error ? e.message : e}`);
}
await browser.close();

start.removeAllListeners('exit');
const stopped = new Promise((resolve) => start.once('exit', resolve));
start.kill('SIGINT');
await stopped;
clearTimeout(timer);
fs.rmSync(profile, { recursive: true, force: true });
console.log('npm start: working editor at the printed address; Ctrl+C stopped it.');
