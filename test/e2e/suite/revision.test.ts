import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EcqWriterApi } from '../../../client/src/extension';
import { activate, openDraft, waitFor, workspaceFile } from './helpers';

/**
 * ECQ: Review Revision in the real editor (issue 15): the Revision view compares the drafts
 * with an earlier copy of the package, grouped by ECQ, fixed findings struck through and new
 * ones marked; it follows an edit, and a finding goes to its place in the draft.
 */
suite('Revision review in a real VS Code', () => {
  let api: EcqWriterApi;
  const earlier = () => workspaceFile('earlier');

  suiteSetup(async () => {
    api = await activate();
    // The earlier version: the sample draft as it is on disk before the edits below.
    await vscode.workspace.fs.createDirectory(earlier());
    await vscode.workspace.fs.copy(workspaceFile('sample.ecq.md'), vscode.Uri.joinPath(earlier(), 'sample.ecq.md'), { overwrite: true });
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.workspace.fs.delete(earlier(), { recursive: true });
  });

  test('the view groups findings by ECQ, follows an edit, strikes through a fixed one and marks a new one', async () => {
    const editor = await openDraft('sample.ecq.md');
    const first = await api.revision.compareWith({ kind: 'folder', path: earlier().fsPath });
    assert.equal(first?.error, undefined);
    const labels = () => api.revision.getChildren().map((n) => api.revision.getTreeItem(n).label as string);
    assert.ok(labels().includes('ECQ 2: Driving Efficiency'), labels().join(' | '));

    // Fix the wordy "utilized" and add a filler word: one fixed, one new.
    const text = editor.document.getText();
    const at = text.indexOf('utilized');
    const started = Date.now();
    await editor.edit((b) => {
      b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'utilized'.length)), 'used');
      b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, ' It was very hard work.');
    });
    const items = await waitFor('the view to show the fixed and the new finding', () => {
      const r = api.revision.current;
      if (!r || r.totals.fixed < 1 || r.totals.added < 1) return undefined;
      return api.revision.getChildren().flatMap((s) => api.revision.getChildren(s)).map((n) => api.revision.getTreeItem(n));
    }, 10_000);
    console.log(`      edit → revision view updated: ${Date.now() - started} ms`);
    const fixed = items.find((i) => i.description === 'fixed');
    assert.ok(fixed && /u\u0336t\u0336i\u0336l\u0336/.test(String(fixed.label)), `fixed is struck through: ${String(fixed?.label)}`);
    const added = items.find((i) => i.description === 'new');
    assert.ok(added && /very/.test(String(added.label)), items.map((i) => `${String(i.label)} (${i.description})`).join(' | '));
    const open = items.find((i) => i.description === 'still open');
    assert.equal(open?.command?.command, 'ecq.openLocation');
    await vscode.commands.executeCommand(open!.command!.command, ...(open!.command!.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), workspaceFile('sample.ecq.md').toString());
  });

  test('Apply to Another Posting copies the package into a new folder linked to the posting, asks first, and never overwrites', async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await openDraft('sample.ecq.md');
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = { showOpenDialog: window['showOpenDialog'], showInputBox: window['showInputBox'], showInformationMessage: window['showInformationMessage'], showWarningMessage: window['showWarningMessage'] };
    const asked: string[] = [];
    const warned: string[] = [];
    // Answer as the writer would: the GAO announcement, a new folder, "Copy".
    window['showOpenDialog'] = async () => [workspaceFile('real-gao.posting.md')];
    window['showInputBox'] = async () => 'gao-application';
    window['showInformationMessage'] = async (message: string) => {
      asked.push(message);
      return 'Copy';
    };
    window['showWarningMessage'] = async (message: string) => {
      warned.push(message);
      return undefined;
    };
    let written: vscode.Uri[] | undefined;
    let again: vscode.Uri[] | undefined;
    try {
      written = await vscode.commands.executeCommand<vscode.Uri[]>('ecq.applyToAnotherPosting');
      again = await vscode.commands.executeCommand<vscode.Uri[]>('ecq.applyToAnotherPosting');
    } finally {
      Object.assign(window, original);
    }
    const folder = workspaceFile('gao-application');
    assert.match(asked[0] ?? '', /^Copy \d+ files into gao-application/);
    assert.ok(written && written.some((u) => u.path.endsWith('/sample.ecq.md')), (written ?? []).map((u) => u.path).join(', '));
    const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'ecq.config.json')))) as { posting: string };
    assert.equal(config.posting, 'real-gao.posting.md');
    // A second run would overwrite: refused, nothing written.
    assert.equal(again, undefined);
    assert.match(warned.join(' '), /would overwrite/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });
});
