import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, diagnosticsWhen, EXTENSION_ID, openDraft, waitFor, workspaceFile } from '../helpers';

/**
 * A draft opened from an email or a shared drive lands in an untrusted folder. VS Code then
 * runs only extensions that declare `capabilities.untrustedWorkspaces`, so these tests run in
 * an editor started with workspace trust on and this folder not trusted (scripts/e2e.mjs).
 */
suite('ECQ Writer in Restricted Mode (an untrusted folder)', () => {
  suiteSetup(async () => {
    await activate();
  });

  test('the folder really is untrusted, and the extension still runs', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the harness should open the folder in Restricted Mode');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)!.isActive);
  });

  test('installed from its package, it opened the walkthrough on its first activation', async () => {
    // The installed extension is in production mode, so it opens the walkthrough once (the
    // main pass runs it under development, where it does not). scripts/e2e.mjs also fails
    // the pass if the Welcome editor reports that it cannot find the walkthrough.
    const label = await waitFor('the walkthrough editor', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .map((t) => t.label)
        .find((l) => /^(Welcome|Walkthrough: )/.test(l)),
    );
    console.log(`      walkthrough opened on first activation as "${label}"`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('findings arrive and a quick fix applies', async () => {
    const sample = workspaceFile('sample.ecq.md');
    const editor = await openDraft('sample.ecq.md');
    await diagnosticsWhen(sample, (c) => c.includes('plain.wordy') && c.includes('phrase.weak'));
    const wordy = vscode.languages.getDiagnostics(sample).find((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)) === 'plain.wordy')!;
    const actions = await waitFor('quick fixes for plain.wordy', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', sample, wordy.range, vscode.CodeActionKind.QuickFix.value);
      return found && found.length > 0 ? found : undefined;
    });
    const fix = actions.find((a) => a.title === 'Replace with "used"');
    assert.ok(fix?.edit, `no fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /and used it for one full cycle/);
    await diagnosticsWhen(sample, (c) => !c.includes('plain.wordy') && c.includes('phrase.weak'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  // Last, and left open: scripts/e2e.mjs then reads the page (the pictures of the README).
  test('the details page of the installed extension opens', async () => {
    await vscode.commands.executeCommand('extension.open', EXTENSION_ID);
    const label = await waitFor('the details page', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .map((t) => t.label)
        .find((l) => /ECQ Writer/.test(l)),
    );
    console.log(`      details page opened as "${label}"`);
  });
});
