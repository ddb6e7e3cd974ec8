import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PackageOverviewResult, ReadinessReportResult } from '@ecq-writer/protocol';
import type { EcqWriterApi } from '../../../client/src/extension';
import { activate, EXTENSION_ID, openDraft, waitFor, workspaceFile } from './helpers';

/**
 * One count everywhere, in the real editor (issue 11): for each draft of the workspace, the
 * Problems panel (findings other than hints), the status bar, the Package Overview and the
 * readiness report show the number of findings that `ecq lint` gives, run by the
 * extension's own bundled command line on the same folder. This file runs first (its name
 * sorts first), before any test changes a setting or the project config.
 */
suite('One count of findings in a real VS Code', () => {
  let api: EcqWriterApi;

  suiteSetup(async () => {
    api = await activate();
  });

  test('the Problems panel, status bar, Package Overview and readiness report match ecq lint on every draft', async () => {
    const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'ecq.js');
    // The editor's host may be Electron: run it as Node.
    const run = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '.'], { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    assert.ok(run.status === 0 || run.status === 1, `ecq lint exited ${run.status}: ${run.stderr}`);
    const lint = JSON.parse(run.stdout) as { files: { path: string; kind: string; findings: { severity: string }[] }[] };
    const drafts = lint.files.filter((f) => f.kind !== 'posting' && f.findings.length > 0);
    assert.ok(drafts.length >= 2, `drafts with findings: ${lint.files.map((f) => f.path).join(', ')}`);

    let hints = 0;
    for (const draft of drafts) {
      const expected = draft.findings.filter((f) => f.severity !== 'hint').length;
      hints += draft.findings.length - expected;
      const uri = workspaceFile(draft.path);
      await openDraft(draft.path);
      const problems = await waitFor(`the Problems panel's findings of ${draft.path}`, () => {
        const shown = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ECQ Writer' && d.severity !== vscode.DiagnosticSeverity.Hint).length;
        return shown === expected ? shown : undefined;
      });
      await api.statusBar.update();
      const statusBar = Number(/· (\d+) findings?$/.exec(api.statusBar.text)?.[1]);
      // By method name: a request type from this test's copy of the protocol library is not the bundled client's.
      const overview = (await api.client.sendRequest<PackageOverviewResult>('ecq/packageOverview')).files.find((f) => f.uri === uri.toString())?.findings;
      const report = (await api.client.sendRequest<ReadinessReportResult>('ecq/readinessReport', { uri: uri.toString() })).report?.files.find((f) => f.path === draft.path)?.findings;
      assert.deepEqual({ problems, statusBar, overview, report }, { problems: expected, statusBar: expected, overview: expected, report: expected }, draft.path);
    }
    assert.ok(hints > 0, 'the workspace shows hints, which every count leaves out');
  });
});
