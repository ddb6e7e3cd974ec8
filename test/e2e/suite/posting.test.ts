import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EcqWriterApi } from '../../../client/src/extension';
import { activate, openDraft, waitFor, workspaceFile } from './helpers';
import { termNodes } from './postingHelpers';

/**
 * The job posting features against the real editor. The workspace holds a posting
 * (job.posting.md) and a TQ narrative; the suite links the posting through the command,
 * as a user would, and unlinks it at the end.
 */
/** How long the typing test types: issue 11's bar says a minute. */
const TYPING_MS = 60_000;
/** At least this many edits, however fast the machine. */
const MIN_EDITS = 12;

suite('Job posting in a real VS Code', () => {
  let api: EcqWriterApi;
  const posting = () => workspaceFile('job.posting.md');

  suiteSetup(async () => {
    api = await activate();
    const config = await vscode.commands.executeCommand<vscode.Uri | undefined>('ecq.setPosting', posting(), { confirmed: true });
    assert.ok(config, 'Set Job Posting wrote the project config');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(config));
    assert.deepEqual(JSON.parse(text), { posting: 'job.posting.md' });
    await waitFor('the posting coverage', async () => {
      const result = await api.posting.model.load();
      if (result?.posting && result.terms.length > 0) return result;
      throw new Error(`coverage so far: ${JSON.stringify(result)?.slice(0, 300)}`);
    });
  });

  suiteTeardown(async () => {
    api.posting.comparison.close();
    await vscode.workspace.fs.delete(workspaceFile('ecq.config.json'));
  });

  test('the sidebar lists the posting\'s TQs and key terms, missing ones first', async () => {
    await vscode.commands.executeCommand('ecq.showPostingTerms');
    const roots = api.posting.terms.getChildren();
    assert.deepEqual(roots.map((n) => api.posting.terms.getTreeItem(n).label), ['Executive Director, Infrastructure Modernization and Cloud Operations', 'Technical qualifications', 'Key terms']);
    const tqs = api.posting.terms.getChildren(roots[1]).map((n) => api.posting.terms.getTreeItem(n));
    assert.deepEqual(tqs.map((i) => i.label).sort(), ['MTQ 1', 'MTQ 2', 'MTQ 3']);
    const terms = termNodes(api);
    assert.ok(terms.length >= 20, `${terms.length} terms`);
    const missing = terms.map((t) => t.item.description === 'missing');
    // Missing terms come first.
    assert.deepEqual(missing, [...missing].sort((a, b) => Number(b) - Number(a)));
    assert.ok(terms.some((t) => t.item.label === 'zero trust architecture' && t.item.description === 'missing'));
    assert.ok(terms.some((t) => t.item.label === 'commercial cloud' && t.item.description === '1 use'), terms.map((t) => `${String(t.item.label)}: ${String(t.item.description)}`).join('; '));
    // Clicking a covered term goes to its use in the draft.
    const cloud = terms.find((t) => t.item.label === 'commercial cloud')!;
    await vscode.commands.executeCommand(cloud.item.command!.command, ...(cloud.item.command!.arguments ?? []));
    const editor = await waitFor('the draft at the term', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('modernization.tq.md') && vscode.window.activeTextEditor);
    assert.equal(editor.document.getText(editor.selection).replace(/\s+/g, ' '), 'commercial cloud');
  });

  test('Compare with Posting opens the posting beside the draft, highlighted in both', async () => {
    const draft = await openDraft('modernization.tq.md');
    const applied = new Promise<void>((resolve) => {
      const sub = api.posting.comparison.onDidApply((d) => {
        if (d.has(posting().toString()) && d.has(draft.document.uri.toString())) {
          sub.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('ecq.compareWithPosting');
    const editors = await waitFor('two editors side by side', () => {
      const uris = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString());
      return uris.includes(posting().toString()) && uris.includes(draft.document.uri.toString()) && vscode.window.visibleTextEditors;
    });
    const columns = new Set(editors.map((e) => e.viewColumn));
    assert.ok(columns.size >= 2, 'the posting opened in its own column');
    await Promise.race([applied, waitFor('highlights', () => api.posting.comparison.decorations.size >= 2 && true)]);
    const postingEditor = editors.find((e) => e.document.uri.toString() === posting().toString())!;
    const inPosting = api.posting.comparison.decorations.get(posting().toString())!;
    assert.ok(inPosting.covered.length > 0 && inPosting.missing.length > 0, `${inPosting.covered.length} covered, ${inPosting.missing.length} missing`);
    const words = (ranges: readonly vscode.Range[]) => new Set(ranges.map((r) => postingEditor.document.getText(r).toLowerCase().replace(/\s+/g, ' ')));
    assert.ok(words(inPosting.covered).has('commercial cloud'), [...words(inPosting.covered)].join('; '));
    assert.ok(words(inPosting.missing).has('zero trust architecture'), [...words(inPosting.missing)].join('; '));
    const inDraft = api.posting.comparison.decorations.get(draft.document.uri.toString())!;
    assert.ok(inDraft.covered.some((r) => draft.document.getText(r) === 'commercial cloud'));
  });

  test('an edit that adds a missing term turns it to covered, in the sidebar and the highlights', async () => {
    const draft = await openDraft('modernization.tq.md');
    const line = draft.document.lineAt(7);
    const started = Date.now();
    await draft.edit((b) => b.insert(line.range.end, ' I also built a zero trust architecture for the new platform.'));
    const covered = await waitFor('zero trust architecture to be covered', () => termNodes(api).find((t) => t.item.label === 'zero trust architecture' && t.item.description === '1 use'), 10_000);
    console.log(`      edit → term covered in the sidebar: ${Date.now() - started} ms`);
    assert.ok(covered);
    await waitFor('the posting highlight to follow', () => {
      const inPosting = api.posting.comparison.decorations.get(posting().toString());
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === posting().toString());
      return inPosting && editor && inPosting.covered.some((r) => editor.document.getText(r).toLowerCase() === 'zero trust architecture');
    });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('typing in one draft for a minute never changes another draft\'s findings, cross-file ones included', async () => {
    const other = workspaceFile('modernization.tq.md');
    await openDraft('modernization.tq.md');
    const before = await waitFor('the TQ draft\'s findings', () => (vscode.languages.getDiagnostics(other).length > 0 ? vscode.languages.getDiagnostics(other).map((d) => `${String(typeof d.code === 'object' ? d.code.value : d.code)}@${d.range.start.line}`).sort() : undefined));
    assert.ok(before.some((c) => c.startsWith('posting.tq-uncovered@')), `the TQ draft carries the posting's cross-file findings: ${before.join(', ')}`);
    const draft = await openDraft('sample.ecq.md');
    const fillers = () => vscode.languages.getDiagnostics(draft.document.uri).filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'plain.filler').length;
    const start = fillers();
    // Issue 11's bar: a minute of typing, each edit's answer awaited.
    const typingUntil = Date.now() + TYPING_MS;
    let edits = 0;
    for (let i = 1; i <= MIN_EDITS || Date.now() < typingUntil; i++) {
      // Each edit adds a finding to this draft; the server's answer to it is awaited.
      await draft.edit((b) => b.insert(draft.document.lineAt(draft.document.lineCount - 1).range.end, ' It was very late.'));
      await waitFor(`edit ${i} to be analysed`, () => fillers() === start + i, 10_000);
      const now = vscode.languages.getDiagnostics(other).map((d) => `${String(typeof d.code === 'object' ? d.code.value : d.code)}@${d.range.start.line}`).sort();
      assert.deepEqual(now, before, `after edit ${i}`);
      edits = i;
    }
    console.log(`      ${edits} edits over ${TYPING_MS / 1000} s: the other draft's findings never changed`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('real announcements: a job-board copy with "TQ-1" labels, and a USAJOBS copy with no TQs, are both read', async () => {
    await vscode.commands.executeCommand('ecq.setPosting', workspaceFile('real-gao.posting.md'), { confirmed: true });
    const gao = await waitFor('the TQs of the real announcement', async () => {
      const result = await api.posting.model.load();
      if (result?.posting?.title === 'Chief Labor Relations Officer' && result.tqs.length === 4) return result;
      throw new Error(`coverage so far: ${JSON.stringify(result)?.slice(0, 300)}`);
    });
    assert.deepEqual(gao.tqs.map((t) => t.label), ['TQ 1', 'TQ 2', 'TQ 3', 'TQ 4']);
    await vscode.commands.executeCommand('ecq.setPosting', workspaceFile('real-fhwa.posting.txt'), { confirmed: true });
    await waitFor('the announcement without TQs to be read, not refused', async () => {
      const result = await api.posting.model.load();
      if (result?.posting?.title === 'Director, Eastern Federal Lands Highway Division' && !result.error && result.terms.length > 0) return result;
      throw new Error(`coverage so far: ${JSON.stringify(result)?.slice(0, 300)}`);
    });
    const labels = api.posting.terms.getChildren().map((n) => api.posting.terms.getTreeItem(n).label);
    assert.deepEqual(labels, ['Director, Eastern Federal Lands Highway Division', 'No TQs listed in this posting', 'Key terms']);
    await vscode.commands.executeCommand('ecq.setPosting', posting(), { confirmed: true });
  });
});
