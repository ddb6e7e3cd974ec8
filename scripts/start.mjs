// `npm start`: builds and packages the extension, installs the .vsix into a local
// code-server profile, opens a workspace of sample drafts and prints the address to open.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer, installVsix, repoRoot, startCodeServer } from './codeServer.mjs';

const port = Number(process.env.PORT ?? 8080);
// The profile (settings, installed extension, the sample workspace) persists between runs;
// ECQ_START_PROFILE puts it elsewhere (the start check uses a fresh one).
const profile = process.env.ECQ_START_PROFILE ?? path.join(repoRoot, '.cache', 'start');
const workspace = path.join(profile, 'workspace');
const vsix = path.join(repoRoot, 'ecq-writer.vsix');

console.log('Building and packaging the extension…');
const build = spawnSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0 || !fs.existsSync(vsix)) {
  console.error('npm run package failed; see the errors above.');
  process.exit(1);
}

const bin = ensureCodeServer();
const userDataDir = path.join(profile, 'user-data');
const extensionsDir = path.join(profile, 'extensions');
installVsix(bin, vsix, extensionsDir, userDataDir);

// The sample drafts are copied once, so your edits survive a restart and never touch the repository.
if (!fs.existsSync(workspace)) {
  fs.mkdirSync(workspace, { recursive: true });
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
  commitEarlierVersion(workspace);
}

/**
 * A history for ECQ: Review Revision: one commit of the package as the board returned it
 * (samples-history/, with the problems its remarks name), and the revised drafts on top,
 * not committed, as a writer has them mid-revision. Without git the workspace has no history.
 */
function commitEarlierVersion(folder) {
  const git = (...args) => spawnSync('git', args, { cwd: folder, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 'ECQ Writer sample', GIT_AUTHOR_EMAIL: 'sample@example.gov', GIT_COMMITTER_NAME: 'ECQ Writer sample', GIT_COMMITTER_EMAIL: 'sample@example.gov' } });
  if (git('init', '-q').status !== 0) return;
  fs.cpSync(path.join(repoRoot, 'samples-history'), folder, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'The package as first submitted (returned by the board)');
  fs.cpSync(path.join(repoRoot, 'samples'), folder, { recursive: true });
}

const server = await startCodeServer({ bin, workspace, userDataDir, extensionsDir, port, settings: { 'workbench.colorTheme': 'Default Light Modern', 'git.openRepositoryInParentFolders': 'never' } }).catch((e) => {
  console.error(`code-server did not start: ${e.message}. Is port ${port} free? Set PORT to use another.`);
  process.exit(1);
});

const url = `${server.url}/?folder=${encodeURIComponent(workspace)}`;
console.log(`
ECQ Writer is running in VS Code (${path.basename(path.dirname(path.dirname(path.dirname(bin)))).replace('code-server-', 'code-server ')}).

  Open ${url}

The workspace is ${workspace.startsWith(repoRoot) ? path.relative(repoRoot, workspace) : workspace}: sample drafts to try the extension on.
Press Ctrl+C to stop.`);

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
