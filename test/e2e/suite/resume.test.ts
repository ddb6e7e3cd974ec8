import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { EcqWriterApi } from '../../../client/src/extension';
import type { ReadinessReportResult } from '@ecq-writer/protocol';
import { activate, diagnosticsWhen, waitFor, workspaceFile } from './helpers';

/**
 * The 2025 process in the real editor: the resume's page meter, its quick fixes, the
 * Competencies view and the readiness report. The suite writes a resume and a story bank
 * into the workspace and removes them at the end. It runs last and leaves the report open:
 * scripts/e2e.mjs then checks, in the browser, that the webview rendered with its styles
 * and without a Content-Security-Policy violation.
 */
suite('Resume, competencies and readiness report in a real VS Code', () => {
  let api: EcqWriterApi;
  const fixtures = path.resolve(__dirname, '../../../../test/fixtures/e2e-resume');
  const resume = () => workspaceFile('candidate.resume.md');
  const stories = () => workspaceFile('candidate.stories.md');

  suiteSetup(async () => {
    api = await activate();
    for (const [name, uri] of [['candidate.resume.md', resume()], ['candidate.stories.md', stories()]] as const) {
      await vscode.workspace.fs.writeFile(uri, fs.readFileSync(path.join(fixtures, name)));
    }
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    for (const uri of [resume(), stories()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('the status bar shows the resume\'s pages, and passes the limit when the resume grows', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(resume()));
    const text = await waitFor('the page meter', () => /^\$\(book\) 1\.\d \/ 2 pages · \d+ findings$/.test(api.statusBar.text) && api.statusBar.text);
    const started = Date.now();
    const bullets = Array.from({ length: 40 }, (_, i) => `- Led recovery team ${i} through the migration of 40 systems to commercial cloud, closing 2 data centers and cutting hosting costs by 12 percent.`).join('\n');
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), `\n## ADDITIONAL EXPERIENCE\n\n${bullets}\n`));
    const over = await waitFor('the meter over the limit', () => /^\$\(warning\) 2\.\d \/ 2 pages/.test(api.statusBar.text) && api.statusBar.text);
    console.log(`      page meter: "${text}" → "${over}" ${Date.now() - started} ms after the edit`);
    await diagnosticsWhen(resume(), (codes) => codes.includes('resume.over-length'));
    await vscode.commands.executeCommand('undo');
    await waitFor('the meter back under the limit', () => /^\$\(book\) 1\.\d \/ 2 pages/.test(api.statusBar.text));
  });

  test('"I" and "Responsible for" bullets: findings and quick fixes that work', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(resume()));
    await diagnosticsWhen(resume(), (codes) => codes.includes('resume.weak-start') && codes.includes('resume.first-person'));
    const fix = async (code: string, lineText: string, expected: string): Promise<void> => {
      // After an edit the server answers for the new version only, so ask until the
      // diagnostics and their fixes are those of the current text.
      const { diagnostic, preferred } = await waitFor(`a preferred fix for ${code}`, async () => {
        const found = vscode.languages.getDiagnostics(resume()).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === code && editor.document.lineAt(d.range.start.line).text.includes(lineText));
        if (!found) return undefined;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', resume(), found.range, vscode.CodeActionKind.QuickFix.value);
        const action = actions.find((a) => a.isPreferred && a.title.startsWith('Start with'));
        return action?.edit ? { diagnostic: found, preferred: action } : undefined;
      });
      assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
      assert.ok(editor.document.lineAt(diagnostic.range.start.line).text.includes(expected), editor.document.lineAt(diagnostic.range.start.line).text);
    };
    await fix('resume.weak-start', 'Responsible for supervising', '- Supervised the network operations branch');
    await fix('resume.first-person', 'I stopped a cloud migration', '- Stopped a cloud migration');
    await diagnosticsWhen(resume(), (codes) => codes.filter((c) => c === 'resume.first-person').length === 2);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('Outline: a resume\'s sections, positions and bullets; a story bank\'s stories and CCAR parts', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(resume()));
    const symbols = await waitFor('the resume outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', resume());
      return found && found.length > 0 ? found : undefined;
    });
    const experience = symbols.find((s) => s.name === 'PROFESSIONAL EXPERIENCE');
    assert.ok(experience, symbols.map((s) => s.name).join());
    assert.equal(experience.children[0]!.name, 'Deputy Chief Information Officer, Infrastructure and Operations');
    assert.ok(experience.children[0]!.children.length > 0, 'bullets under the position');
    const storySymbols = await waitFor('the story bank outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', stories());
      return found && found.length > 0 ? found : undefined;
    });
    assert.equal(storySymbols.length, 6);
    assert.ok(storySymbols[0]!.children.some((c) => c.name === 'Action'), storySymbols[0]!.children.map((c) => c.name).join());
  });

  test('the Competencies view shows the grid and goes to the evidence', async () => {
    await vscode.commands.executeCommand('ecq.competencies.focus');
    const rows = await waitFor('the competency grid', async () => {
      await api.competencies.load();
      const list = api.competencies.getChildren();
      return list.length === 5 && list;
    });
    const labels = rows.map((r) => String(api.competencies.getTreeItem(r).label));
    assert.equal(labels[1], 'ECQ 2: Driving Efficiency');
    const efficiency = rows[1]!;
    assert.match(String(api.competencies.getTreeItem(efficiency).description), /^\d+ pieces of evidence/);
    const competencies = api.competencies.getChildren(efficiency);
    assert.deepEqual(competencies.map((c) => api.competencies.getTreeItem(c).label), ['Fiscal Responsibility', 'Managing Resources', 'Leveraging Technology']);
    const evidence = api.competencies.getChildren(competencies[0]);
    assert.ok(evidence.length > 0);
    const item = api.competencies.getTreeItem(evidence[0]!);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = await waitFor('the evidence in its file', () => vscode.window.activeTextEditor);
    const [, line] = item.command!.arguments as [string, number];
    assert.equal(editor.selection.active.line, line);
    assert.ok(editor.document.uri.path.endsWith(String(item.description).split(':')[0]!), editor.document.uri.path);
  });

  test('ECQ: Show Readiness Report opens the report for the project', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(resume()));
    const rendered = new Promise<ReadinessReportResult>((resolve) => {
      const sub = api.report.onDidRender((r) => {
        sub.dispose();
        resolve(r);
      });
    });
    await vscode.commands.executeCommand('ecq.showReadinessReport');
    const result = await rendered;
    assert.ok(result.report, result.error);
    assert.equal(result.report.ecqs.length, 5);
    assert.ok(result.report.files.some((f) => f.path === 'candidate.resume.md' && f.pages !== undefined));
    assert.ok(result.report.findingsByRule.some((r) => r.rule === 'story.coverage'));
    assert.ok(api.report.visible);
    // The page links each finding to its place through ecq.openLocation; scripts/e2e.mjs
    // checks the links in the webview, and this checks where such a link goes.
    const finding = result.report.findings.find((f) => f.path === 'candidate.resume.md' && f.line > 1);
    assert.ok(finding, 'a finding in the resume');
    const root = vscode.Uri.parse(result.root!);
    await vscode.commands.executeCommand('ecq.openLocation', vscode.Uri.joinPath(root, finding.path).toString(), finding.line - 1, finding.column - 1);
    const editor = await waitFor('the finding in its draft', () => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.uri.path.endsWith('/candidate.resume.md') && active.selection.active.line === finding.line - 1 ? active : undefined;
    });
    assert.equal(editor.selection.active.character, finding.column - 1);
    // Left open for scripts/e2e.mjs to inspect in the browser.
  });
});
