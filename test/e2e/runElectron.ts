import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * The same end-to-end suite under @vscode/test-electron, for machines with internet access:
 * it downloads VS Code itself. On our offline machines `npm run test:e2e` runs the suite in
 * code-server instead. The Restricted Mode pass (test/e2e/suite/restricted) runs only there:
 * it installs the packaged extension, since VS Code exempts an extension under development
 * from workspace trust.
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ecq-e2e-electron-'));
  fs.cpSync(path.join(root, 'test/fixtures/e2e-workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/e2e/suite'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
