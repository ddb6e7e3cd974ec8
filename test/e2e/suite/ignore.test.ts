import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, codes, diagnosticsWhen, EXTENSION_ID, waitFor, workspaceFile } from './helpers';

const DRAFT = [
  '## ECQ 2: Driving Efficiency',
  '',
  'In 2023 the office took 147 days to issue awards, and 14 review steps slowed 410 staff.',
  '',
  'I was responsible for cutting the steps. I moved the rest into one system in six months.',
  '',
  'Award time fell from 147 to 84 days.',
  '',
].join('\n');

/**
 * Ignore this finding in the real editor: the quick fix asks, then writes ecq-ignore.json
 * beside the drafts and nothing into the draft (dismissed, it writes nothing); the finding stays ignored after an edit above it, after
 * the draft is closed and opened again from disk, and for `ecq lint`.
 */
suite('Ignore this finding in a real VS Code', () => {
  const draft = () => workspaceFile('ignore-me.ecq.md');
  const ignoreFile = () => workspaceFile('ecq-ignore.json');

  suiteSetup(async () => {
    await activate();
    await vscode.workspace.fs.writeFile(draft(), Buffer.from(DRAFT));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [draft(), ignoreFile()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('the quick fix hides the finding without touching the draft; it survives an edit above, a reopen and ecq lint', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft()));
    await diagnosticsWhen(draft(), (c) => c.includes('phrase.weak'));
    const action = await waitFor('the Ignore quick fix', async () => {
      const diagnostic = vscode.languages.getDiagnostics(draft()).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'phrase.weak');
      if (!diagnostic) return undefined;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draft(), diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      return actions.find((a) => a.title === 'Ignore this finding');
    });
    assert.equal(action.edit, undefined, 'no edit to the draft');
    // The quick fix asks before it writes (the writer's answer is given here in the dialog's place).
    const api = await activate();
    const asked: string[] = [];
    const realAsk = api.writes.ask;
    try {
      api.writes.ask = async (question) => {
        asked.push(question);
        return undefined;
      };
      await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
      assert.deepEqual(asked, ['Ignore this phrase.weak finding on "was responsible for"?']);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(ignoreFile())), 'dismissed: nothing written');
      assert.ok(codes(draft()).includes('phrase.weak'));
      api.writes.ask = async (question, _detail, accept) => {
        asked.push(question);
        return accept;
      };
      await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
      assert.equal(asked.length, 2);
    } finally {
      api.writes.ask = realAsk;
    }
    await diagnosticsWhen(draft(), (c) => !c.includes('phrase.weak'));
    assert.equal(editor.document.getText(), DRAFT);
    assert.equal(editor.document.isDirty, false);
    const recorded = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(ignoreFile())).toString('utf8')) as { ignored: { rule: string; text: string }[] };
    assert.deepEqual(recorded.ignored.map((e) => `${e.rule}: ${e.text}`), ['phrase.weak: was responsible for']);

    // An edit above the finding, with a finding of its own to show the new text was analysed.
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), '\nWe utilized a new intake form across the office.\n'));
    await diagnosticsWhen(draft(), (c) => c.includes('plain.wordy') && !c.includes('phrase.weak'));
    await editor.document.save();

    // Closed and opened again: read from disk, still ignored.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft()));
    await diagnosticsWhen(draft(), (c) => c.includes('plain.wordy') && !c.includes('phrase.weak'));

    // The command line reads the same file.
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const lint = spawnSync(process.execPath, [path.join(extension.extensionPath, 'dist/ecq.js'), 'lint', '--format', 'json', 'ignore-me.ecq.md'], { cwd: folder, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    const rules = (JSON.parse(lint.stdout) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings.map((f) => f.rule);
    assert.ok(rules.includes('plain.wordy') && !rules.includes('phrase.weak'), `${lint.stderr} ${rules.join()}`);

    // Clearing (confirmed, as the dialog would) brings it back.
    await vscode.commands.executeCommand('ecq.clearIgnoredFindings', { confirmed: true });
    await diagnosticsWhen(draft(), (c) => c.includes('phrase.weak'));
    assert.ok(codes(draft()).includes('plain.wordy'));
  });
});
