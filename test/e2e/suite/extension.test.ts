import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { EcqWriterApi } from '../../../client/src/extension';
import { ServerStatsRequest } from '@ecq-writer/protocol';
import { generateCorpus } from '../../../bench/corpus';
import { describeServerStats } from '../../helpers/serverStats';
import { activate, codes, diagnosticsWhen, EXTENSION_ID, openDraft, waitFor, workspaceFile } from './helpers';

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

suite('ECQ Writer in a real VS Code', () => {
  let api: EcqWriterApi;
  const sample = () => workspaceFile('sample.ecq.md');

  suiteSetup(async () => {
    api = await activate();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('activates on a sample draft, which opens in the draft language', async () => {
    const editor = await openDraft('sample.ecq.md');
    assert.equal(editor.document.languageId, 'ecq-markdown');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)!.isActive);
  });

  test('the expected diagnostics appear, with their rule ids and docs links', async () => {
    await openDraft('sample.ecq.md');
    const found = await diagnosticsWhen(sample(), (c) => c.length >= 4);
    assert.deepEqual([...found].sort(), ['ccar.missing-result', 'phrase.weak', 'plain.wordy', 'voice.we']);
    const weak = vscode.languages.getDiagnostics(sample()).find((d) => codeOf(d) === 'phrase.weak')!;
    assert.equal(weak.source, 'ECQ Writer');
    assert.match(String((weak.code as { target: vscode.Uri }).target), /docs\/rules\/phrase\.weak\.md$/);
  });

  test('a Markdown file that is not a draft gets no findings', async () => {
    const notes = workspaceFile('notes.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
    // Wait for the sample's findings as a sign the server has caught up, then check the notes.
    await openDraft('sample.ecq.md');
    await diagnosticsWhen(sample(), (c) => c.length > 0);
    assert.deepEqual(codes(notes), []);
  });

  test('applying a quick fix changes the text and removes the finding', async () => {
    const editor = await openDraft('sample.ecq.md');
    await diagnosticsWhen(sample(), (c) => c.includes('plain.wordy'));
    const diagnostic = vscode.languages.getDiagnostics(sample()).find((d) => codeOf(d) === 'plain.wordy')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', sample(), diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Replace with "used"');
    assert.ok(fix?.edit, `no fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.kind?.value, 'quickfix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /and used it for one full cycle/);
    await diagnosticsWhen(sample(), (c) => !c.includes('plain.wordy') && c.includes('phrase.weak'));
  });

  test('the outline shows ECQ → example → CCAR parts, inferred parts marked', async () => {
    await openDraft('sample.ecq.md');
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', sample());
      return s && s.length > 0 ? s : undefined;
    });
    assert.deepEqual(symbols.map((s) => s.name), ['ECQ 2: Driving Efficiency', 'ECQ 4: Leading People']);
    const example = symbols[0]!.children[0]!;
    assert.deepEqual(example.children.map((c) => `${c.name} (${c.detail})`), ['Challenge (inferred)', 'Context (inferred)', 'Action (inferred)', 'Result (inferred)']);
    assert.equal(symbols[1]!.children[0]!.detail, '3 of 4 CCAR parts');
  });

  test('a snippet expands', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'ecq-markdown', content: '' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'ecq-markdown', name: 'ECQ 2: Driving Efficiency (2025)' });
    const text = await waitFor('the snippet text', () => (document.getText().length > 0 ? document.getText() : undefined));
    assert.match(text, /^## ECQ 2: Driving Efficiency\n\nThe specific problem or goal/);
  });

  test('a settings change turns a rule off', async () => {
    await openDraft('sample.ecq.md');
    await diagnosticsWhen(sample(), (c) => c.includes('phrase.weak'));
    const config = vscode.workspace.getConfiguration('ecq', sample());
    await config.update('rules', { 'phrase.weak': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticsWhen(sample(), (c) => !c.includes('phrase.weak') && c.includes('voice.we'));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(sample(), (c) => c.includes('phrase.weak'));
  });

  test('an edit that introduces a weak phrase shows its finding within 500 ms', async () => {
    const editor = await openDraft('sample.ecq.md');
    await diagnosticsWhen(sample(), (c) => c.includes('phrase.weak'));
    const weakCount = () => codes(sample()).filter((c) => c === 'phrase.weak').length;
    const before = weakCount();
    const line = editor.document.lineAt(editor.document.lineCount - 2);
    const started = performance.now();
    await editor.edit((b) => b.insert(line.range.end, ' I helped write the plan.'));
    await waitFor('the new finding', () => weakCount() > before, 5000);
    const elapsed = performance.now() - started;
    console.log(`      edit → diagnostic in the real editor: ${elapsed.toFixed(0)} ms`);
    assert.ok(elapsed < 500, `${elapsed.toFixed(0)} ms`);
  });

  test('a 200 KB draft stays responsive: diagnostics arrive and no handler takes over 50 ms', async () => {
    const big = workspaceFile('big.ecq.md');
    const text = generateCorpus(210 * 1024, 5);
    await vscode.workspace.fs.writeFile(big, new TextEncoder().encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(big));
    await diagnosticsWhen(big, (c) => c.length > 100, 30_000);
    for (let i = 0; i < 5; i++) {
      const before = vscode.languages.getDiagnostics(big).length;
      await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'I helped. '));
      await waitFor('findings after an edit', () => vscode.languages.getDiagnostics(big).length > before, 10_000);
    }
    const stats = await api.client.sendRequest(ServerStatsRequest);
    console.log(`      ${Math.round(text.length / 1024)} KB draft, slowest handler runs:\n        ${describeServerStats(stats)}`);
    for (const [name, t] of Object.entries(stats.handlers)) {
      // The warm-up runs once at start-up, before any document; it answers no request.
      if (name === 'warmUp') continue;
      // The test machine may have two cores shared by the browser, the editor and the
      // server, so a run's wall time also counts time the operating system gave to them.
      // What the handler itself held the server for is its main thread's CPU time.
      const held = t.threadCpuMs ?? t.wallMs;
      assert.ok(held < 50, `${name} held the server for ${held.toFixed(1)} ms`);
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.workspace.fs.delete(big);
  });

  test('the package overview lists every draft with its ECQs and examples', async () => {
    await api.overview.load();
    const files = api.overview.getChildren();
    const sampleNode = files.find((n) => n.kind === 'file' && n.file.path === 'sample.ecq.md');
    assert.ok(sampleNode, `files: ${files.map((n) => (n.kind === 'file' ? n.file.path : '')).join(', ')}`);
    const sections = api.overview.getChildren(sampleNode);
    assert.deepEqual(sections.map((s) => api.overview.getTreeItem(s).label), ['ECQ 2: Driving Efficiency', 'ECQ 4: Leading People']);
    const item = api.overview.getTreeItem(api.overview.getChildren(sections[1])[0]!);
    assert.equal(item.description, 'missing Result');
    assert.equal(item.command?.command, 'ecq.openLocation');
  });

  test('the status bar shows the draft\'s length against its limit and its findings', async () => {
    await openDraft('sample.ecq.md');
    await diagnosticsWhen(sample(), (c) => c.length >= 4);
    await api.statusBar.update();
    // The sample holds two ECQs, so it is a package and is measured in pages; findings are
    // counted as the Problems panel counts them (the plain.wordy hint is not listed there).
    assert.match(api.statusBar.text, /^\$\(book\) 0\.\d \/ 10 pages · 3 findings$/);
  });

  test('Lint Workspace puts the findings of closed drafts in the Problems panel', async () => {
    const closed = workspaceFile('closed.tq.md');
    await vscode.workspace.fs.writeFile(closed, new TextEncoder().encode('# TQ 1: Cloud\n\nIn 2024 the system failed weekly.\n\nWe utilized numerous tools.\n\nOutages fell 40 percent.\n'));
    const count = await vscode.commands.executeCommand<number>('ecq.lintWorkspace');
    assert.ok(count > 0);
    assert.deepEqual(codes(closed).sort(), ['ccar.missing-context', 'claim.vague-quantifier', 'plain.wordy', 'voice.we']);
    await vscode.workspace.fs.delete(closed);
  });

  test('New ECQ Package writes one file per ECQ and never overwrites one', async () => {
    const folder = workspaceFile('new-package');
    await vscode.workspace.fs.createDirectory(folder);
    const existing = vscode.Uri.joinPath(folder, 'ecq-2-driving-efficiency.ecq.md');
    await vscode.workspace.fs.writeFile(existing, new TextEncoder().encode('My own words.\n'));
    // The command asks before touching a folder that has some of the files; answer for the test.
    const original = vscode.window.showWarningMessage;
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = async () => 'Create the others';
    let created: vscode.Uri[];
    try {
      created = await vscode.commands.executeCommand<vscode.Uri[]>('ecq.newPackage', { set: '2025', folder });
    } finally {
      (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
    }
    assert.equal(created.length, 4);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(existing)), 'My own words.\n');
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n).sort();
    assert.deepEqual(names, ['ecq-1-rule-of-law.ecq.md', 'ecq-2-driving-efficiency.ecq.md', 'ecq-3-merit-and-competence.ecq.md', 'ecq-4-leading-people.ecq.md', 'ecq-5-achieving-results.ecq.md']);
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  test('New ECQ Package can make a new folder for the package, by name', async () => {
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = { showQuickPick: window['showQuickPick'], showInputBox: window['showInputBox'] };
    const asked: string[] = [];
    // Answer as the writer would: the 2025 set, then "New folder…", then its name.
    window['showQuickPick'] = async (items: readonly { label: string }[]) => {
      asked.push(items.map((i) => i.label).join(' | '));
      return items.find((i) => i.label === '2025 ECQs') ?? items.find((i) => i.label.includes('New folder'));
    };
    window['showInputBox'] = async (options: { validateInput: (v: string) => string | undefined }) => {
      assert.ok(options.validateInput('../outside'), 'a name that leads out of the folder is refused');
      assert.equal(options.validateInput('application-2026'), undefined);
      return 'application-2026';
    };
    let created: vscode.Uri[];
    try {
      created = await vscode.commands.executeCommand<vscode.Uri[]>('ecq.newPackage');
    } finally {
      Object.assign(window, original);
    }
    assert.match(asked[1] ?? '', /New folder…/);
    const folder = workspaceFile('application-2026');
    assert.equal(created.length, 5);
    assert.ok(created.every((uri) => uri.path.startsWith(`${folder.path}/`)));
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  test('Set Job Posting handed a file asks before writing the project config', async () => {
    const config = workspaceFile('ecq.config.json');
    const before = await vscode.workspace.fs.readFile(config).then((b) => new TextDecoder().decode(b), () => undefined);
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window['showInformationMessage'];
    const questions: string[] = [];
    window['showInformationMessage'] = async (message: string) => {
      questions.push(message);
      return undefined; // the writer closes the dialog
    };
    try {
      const written = await vscode.commands.executeCommand('ecq.setPosting', workspaceFile('real-gao.posting.md'));
      assert.equal(written, undefined);
    } finally {
      window['showInformationMessage'] = original;
    }
    assert.match(questions[0] ?? '', /^Link real-gao\.posting\.md as the job posting\?/);
    const after = await vscode.workspace.fs.readFile(config).then((b) => new TextDecoder().decode(b), () => undefined);
    assert.equal(after, before, 'nothing was written');
  });
});
