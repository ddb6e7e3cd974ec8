import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { tempDir } from '../helpers/tempDir';

/**
 * Workspace content that once hung or exhausted the language server (issue 12): a named pipe
 * or a /dev/zero symlink as the vocabulary, the config or the posting. The server runs in a
 * child process, so a regression to a blocking read fails here by timeout instead of freezing
 * the suite (a blocked open() cannot be interrupted by mocha's own timeout).
 */

const repoRoot = path.resolve(__dirname, '../../..');
/** Far beyond the second or two these take; a hang or a runaway allocation runs into it. */
const CHILD_TIMEOUT_MS = 20_000;

const DRAFT = ['## ECQ 1: Driving Efficiency', '', 'In 2023 the office took 147 days to issue awards. I cut the steps. Award time fell to 84 days.', ''].join('\n');

/** The files of the package overview (ecq/packageOverview, sent by the client at activation), and the server's messages. */
function packageOverviewInChild(workspace: string): { files: string[]; messages: string[] } {
  const harness = path.join(repoRoot, 'out/test/lsp/harness.js');
  const script = `
    const { startTestServer } = require(${JSON.stringify(harness)});
    (async () => {
      const server = await startTestServer(${JSON.stringify(workspace)});
      const overview = await server.client.sendRequest('ecq/packageOverview');
      const out = { files: overview.files.map((f) => f.path), messages: [...server.messages, ...server.logs] };
      await server.dispose();
      return out;
    })().then((out) => { process.stdout.write(JSON.stringify(out)); process.exit(0); }, (e) => { console.error(e); process.exit(3); });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: CHILD_TIMEOUT_MS });
  assert.equal(r.error, undefined, `the server did not answer: ${String(r.error)}`);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { files: string[]; messages: string[] };
}

suite('LSP: workspace content that is not a regular file', () => {
  const cases: { name: string; setup: (dir: string) => void; message: RegExp }[] = [
    { name: 'mkfifo ecq-vocabulary.txt', setup: (dir) => execFileSync('mkfifo', [path.join(dir, 'ecq-vocabulary.txt')]), message: /ecq-vocabulary\.txt: the vocabulary file is a named pipe/ },
    { name: 'mkfifo ecq.config.json', setup: (dir) => execFileSync('mkfifo', [path.join(dir, 'ecq.config.json')]), message: /ecq\.config\.json: cannot read the config file: is a named pipe/ },
    { name: 'ln -s /dev/zero ecq-vocabulary.txt', setup: (dir) => fs.symlinkSync('/dev/zero', path.join(dir, 'ecq-vocabulary.txt')), message: /the vocabulary file is a symbolic link to \/dev\/zero/ },
    { name: 'ln -s /dev/zero ecq.config.json', setup: (dir) => fs.symlinkSync('/dev/zero', path.join(dir, 'ecq.config.json')), message: /cannot read the config file: is a symbolic link to \/dev\/zero/ },
    { name: '{"posting": "/dev/zero"}', setup: (dir) => fs.writeFileSync(path.join(dir, 'ecq.config.json'), '{"posting": "/dev/zero"}'), message: /"posting" names "\/dev\/zero", which is outside the project folder/ },
    { name: 'mkfifo d.ecq.md', setup: (dir) => execFileSync('mkfifo', [path.join(dir, 'd.ecq.md')]), message: /./ },
  ];
  for (const c of cases) {
    test(`${c.name}: the package overview answers, the problem is named`, function () {
      if (process.platform === 'win32') this.skip();
      const t = tempDir({ 'a.ecq.md': DRAFT });
      try {
        c.setup(t.dir);
        const { files, messages } = packageOverviewInChild(t.dir);
        assert.deepEqual(files, ['a.ecq.md']);
        assert.ok(messages.some((m) => c.message.test(m)), messages.join('\n'));
      } finally {
        t.dispose();
      }
    });
  }
});
