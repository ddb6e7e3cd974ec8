// A real VS Code on machines without internet access: code-server from the npm registry
// bundles VS Code's server and web workbench, and Debian's Chromium opens it headless.
// Used by the end-to-end tests, `npm start` and the README screenshot.
// Recipe: shared/reference/real-vscode-tests.md.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3'; // bundles VS Code 1.100.3; proven on Node 20 here
const RIPGREP_VERSION = '1.15.11'; // the @vscode/ripgrep that code-server 4.100.3 resolves

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cacheDir = path.join(repoRoot, '.cache', `code-server-${CODE_SERVER_VERSION}`);

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** The Chromium to drive: Debian's, never a download (Playwright's own installer cannot reach its CDN here). */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) fail('Chromium is missing. Install it with: apt-get install -y chromium  (or set CHROMIUM_PATH)');
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Without these Chromium keeps reaching for Google's hosts, which the closed network refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** code-server's binary, installed into .cache on first use and reused after that. */
export function ensureCodeServer() {
  const bin = path.join(cacheDir, 'node_modules', '.bin', 'code-server');
  if (fs.existsSync(bin) && fs.existsSync(path.join(cacheDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) return bin;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) fail('ripgrep is missing; code-server needs it. Install it with: apt-get install -y ripgrep');
  // code-server's postinstall fetches ripgrep from GitHub unless it finds a cached archive.
  const rgCache = path.join(process.env.TMPDIR || os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_VERSION}`);
  const archive = path.join(rgCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (!fs.existsSync(archive)) {
    const pack = fs.mkdtempSync(path.join(os.tmpdir(), 'rgpack-'));
    fs.copyFileSync(rg, path.join(pack, 'rg'));
    fs.mkdirSync(rgCache, { recursive: true });
    execFileSync('tar', ['czf', archive, '-C', pack, 'rg']);
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  // npm 11 runs a dependency's install scripts only when allowScripts names it.
  fs.writeFileSync(path.join(cacheDir, 'package.json'), JSON.stringify({ name: 'ecq-writer-code-server', private: true, allowScripts: { 'code-server': true, argon2: true } }, null, 2));
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(repoRoot, cacheDir)} (once; about a minute)…`);
  const result = spawnSync('npm', ['install', '--prefix', cacheDir, `code-server@${CODE_SERVER_VERSION}`, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' },
  });
  if (result.status !== 0 || !fs.existsSync(bin)) fail(`Installing code-server failed (exit ${result.status}). If the error mentions gssapi.h, install libkrb5-dev: apt-get install -y libkrb5-dev`);
  return bin;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, deadlineMs, child) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer at ${url} within ${deadlineMs / 1000} s`);
}

/**
 * Starts code-server on loopback with fresh profile folders. `settings` become the user's
 * settings. Workspace trust is off unless `workspaceTrust` (the Restricted Mode tests, which
 * also turn it on in `settings`). Resolves once it answers HTTP.
 */
export async function startCodeServer({ bin, workspace, userDataDir, extensionsDir, settings = {}, workspaceTrust = false, port, log = () => {} }) {
  port ??= await freePort();
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'workbench.enableExperiments': false,
        'chat.disableAIFeatures': true,
        ...settings,
      },
      null,
      2,
    ),
  );
  fs.mkdirSync(extensionsDir, { recursive: true });
  const args = ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, workspace];
  // No extension gallery: the editor under test makes no request to the internet.
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '', EXTENSIONS_GALLERY: '{}' } });
  child.stdout.on('data', (d) => log(String(d)));
  child.stderr.on('data', (d) => log(String(d)));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url, 60_000, child);
  return {
    url,
    port,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** Installs a .vsix into an extensions folder with code-server's own CLI. */
export function installVsix(bin, vsix, extensionsDir, userDataDir) {
  // code-server creates these folders one level at a time, so their parents must exist.
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(userDataDir, { recursive: true });
  const result = spawnSync(bin, ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'], { encoding: 'utf8' });
  if (result.status !== 0) fail(`Installing ${vsix} into code-server failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Drives the workbench's Quick Open (Ctrl+P, or Ctrl+Shift+P for a command) as a user would,
 * and picks the entry named `text` once the list shows it (before that it lists recent files).
 */
export async function quickPick(page, text, { command = false } = {}) {
  await page.keyboard.press(command ? 'Control+Shift+P' : 'Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: 10_000 });
  await page.keyboard.type(text);
  await page.waitForSelector(`.quick-input-list .monaco-list-row >> text=${command ? text.replace(/^.*?:\s*/, '') : text}`, { timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/**
 * The frame (a webview's, say) whose first <h1> reads `heading`, polled until `timeoutMs`;
 * undefined when none shows up.
 */
export async function findFrameWithHeading(page, heading, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const title = await frame.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '');
      if (title === heading) return frame;
    }
    await page.waitForTimeout(100);
  }
  return undefined;
}

/**
 * The walkthrough opens when the installed extension first starts (a workspace of drafts
 * activates it at start-up) and takes the focus: a script that types into the workbench waits
 * for it and closes it first, as a user who has read it would.
 */
export async function closeFirstRunWalkthrough(page) {
  const walkthrough = page.locator('.tab', { hasText: 'Walkthrough' });
  await walkthrough.waitFor({ timeout: 30_000 });
  await walkthrough.locator('.codicon-close').click();
  await walkthrough.waitFor({ state: 'detached', timeout: 10_000 });
}

/**
 * What the README's pictures start from: `npm run package`, the VSIX installed into a fresh
 * code-server profile, a copy of samples/ opened in headless Chromium with the user's
 * `settings`, the workbench ready for keys and the walkthrough closed. `close()` stops it
 * all and removes the copy.
 */
export async function openSamplesWorkbench({ scratchPrefix, settings, viewport }) {
  const build = spawnSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(1);
  const bin = ensureCodeServer();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), scratchPrefix));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
  const userDataDir = path.join(scratch, 'user-data');
  const extensionsDir = path.join(scratch, 'extensions');
  installVsix(bin, path.join(repoRoot, 'ecq-writer.vsix'), extensionsDir, userDataDir);
  const server = await startCodeServer({ bin, workspace, userDataDir, extensionsDir, settings });
  // Loaded only here: `npm start` imports this file and needs no browser.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const close = async () => {
    await browser.close();
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // The workbench is ready for keys once the explorer lists the workspace.
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    await closeFirstRunWalkthrough(page);
    return { page, workspace, close };
  } catch (error) {
    await close();
    throw error;
  }
}
