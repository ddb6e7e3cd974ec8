import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, EXTENSION_ID, waitFor } from './helpers';

interface WalkthroughStep {
  readonly id: string;
  readonly description: string;
  readonly media: { readonly image?: string; readonly markdown?: string };
}

/** Runs a command and waits for it; a picker or notification it opens is dismissed, as a writer who changed their mind would. */
async function runToEnd(command: string): Promise<void> {
  let settled = false;
  const running = Promise.resolve(vscode.commands.executeCommand(command)).finally(() => (settled = true));
  const deadline = Date.now() + 20_000;
  while (!settled) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (settled) break;
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('notifications.clearAll');
    if (Date.now() > deadline) assert.fail(`${command} did not finish`);
  }
  await running;
}

/**
 * The walkthrough (issue 14 item 4): ECQ: Get Started opens it, every step has a picture,
 * and every command button in it names a command that exists and runs. Runs before the
 * resume suite, which must be last (it leaves the readiness report open for scripts/e2e.mjs).
 */
suite('The walkthrough in a real VS Code', () => {
  const walkthrough = () => (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { walkthroughs: { id: string; steps: WalkthroughStep[] }[] } }).contributes.walkthroughs[0]!;

  suiteSetup(() => activate());
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('ECQ: Get Started with ECQ Writer opens the walkthrough', async () => {
    const labels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
    const opened = async (open: () => Thenable<unknown>, name: RegExp): Promise<string> => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await open();
      return waitFor(`an editor named ${name}`, () => labels().find((l) => name.test(l))).catch((e: Error) => {
        throw new Error(`${e.message}; the tabs: ${labels().join(', ')}`);
      });
    };
    // Which walkthrough the Welcome editor shows is not visible from here (code-server 4.100
    // keeps the tab's first title), so scripts/e2e.mjs reads the workbench's console: an id
    // the editor cannot find is reported there. The unknown id is the control.
    await opened(() => vscode.commands.executeCommand('workbench.action.openWalkthrough', 'ecq-writer.ecq-writer#no-such-walkthrough', false), /^Welcome$/);
    const label = await opened(() => vscode.commands.executeCommand('ecq.openWalkthrough'), /^(Welcome|Walkthrough: )/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    console.log(`      walkthrough opened as "${label}"`);
  });

  test('every step has a picture or a button, and every button\'s command exists and runs', async () => {
    const steps = walkthrough().steps;
    assert.deepEqual(steps.map((s) => s.id), ['openDraft', 'findAndFix', 'linkPosting', 'resumePages', 'readinessReport']);
    const known = new Set(await vscode.commands.getCommands(true));
    for (const step of steps) {
      const commands = [...step.description.matchAll(/\(command:([\w.-]+)\)/g)].map((m) => m[1]!);
      assert.ok(step.media.image || commands.length > 0, `${step.id} has neither a picture nor a button`);
      for (const command of commands) {
        assert.ok(known.has(command), `${step.id}: no command ${command}`);
        const started = Date.now();
        await runToEnd(command);
        console.log(`      ${step.id}: ${command} ran (${Date.now() - started} ms)`);
      }
    }
  });
});
