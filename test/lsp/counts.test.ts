import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { DocumentStatsRequest, LintWorkspaceRequest, PackageOverviewRequest, ReadinessReportRequest } from '@ecq-writer/protocol';
import { startTestServer, TestServer } from './harness';
import { tempDir } from '../helpers/tempDir';
import { URI } from '../../server/src/lsp/uri';
import { runCli } from '../../server/src/cli/main';

/**
 * One count everywhere: for each draft of the sample application, the status bar, the
 * Package Overview, the readiness report, Lint Workspace, the Problems panel (diagnostics
 * other than hints) and `ecq lint` give the same number of findings, cross-file findings
 * included and hints left out (isCounted).
 */

const SAMPLE = path.resolve(__dirname, '../../../samples/va-application');
/** The sample's config, with a rule made a hint so the suite shows hints are left out the same way everywhere. */
const CONFIG = JSON.stringify({ posting: 'va-infrastructure-modernization.posting.md', rules: { 'plain.filler': 'hint', 'claim.vague-quantifier': 'hint' } });

suite('language server: one count of findings everywhere', () => {
  let t: ReturnType<typeof tempDir>;
  let server: TestServer;

  setup(async () => {
    const files: Record<string, string> = {};
    for (const name of fs.readdirSync(SAMPLE)) files[name] = fs.readFileSync(path.join(SAMPLE, name), 'utf8');
    files['ecq.config.json'] = CONFIG;
    t = tempDir(files);
    server = await startTestServer(t.dir);
  });
  teardown(async () => {
    await server.dispose();
    t.dispose();
  });

  test('status bar, overview, report, Lint Workspace, Problems panel and ecq lint agree on every draft', async () => {
    let out = '';
    const code = runCli(['lint', '--format', 'json', '.'], { out: (x) => (out += x), err: () => undefined, cwd: t.dir, now: () => new Date(Date.UTC(2026, 10, 22)) });
    assert.ok(code === 0 || code === 1, `ecq lint exited ${code}`);
    const cli = JSON.parse(out) as { files: { path: string; findings: { severity: string }[] }[] };
    const drafts = cli.files.filter((f) => !f.path.endsWith('.posting.md'));
    assert.ok(drafts.length >= 4);
    const overview = await server.client.sendRequest(PackageOverviewRequest);
    const report = await server.client.sendRequest(ReadinessReportRequest, { uri: URI.fromFsPath(t.file(drafts[0]!.path)) });
    const workspace = await server.client.sendRequest(LintWorkspaceRequest);
    let hints = 0;
    for (const draft of drafts) {
      const uri = URI.fromFsPath(t.file(draft.path));
      const expected = draft.findings.filter((f) => f.severity !== 'hint').length;
      hints += draft.findings.length - expected;
      await server.open(uri, fs.readFileSync(t.file(draft.path), 'utf8'));
      const problems = (await server.diagnostics(uri)).filter((d) => d.severity !== DiagnosticSeverity.Hint).length;
      const stats = await server.client.sendRequest(DocumentStatsRequest, { uri });
      const shown = {
        problems,
        statusBar: stats.findings,
        overview: overview.files.find((f) => f.uri === uri)?.findings,
        report: report.report?.files.find((f) => f.path === draft.path)?.findings,
        lintWorkspace: workspace.files.find((f) => f.uri === uri)?.diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint).length,
      };
      assert.deepEqual(shown, { problems: expected, statusBar: expected, overview: expected, report: expected, lintWorkspace: expected }, draft.path);
    }
    // The suite would prove nothing about hints if the sample had none.
    assert.ok(hints > 0, 'the sample shows hints');
    assert.equal(report.report?.findings.length, drafts.reduce((n, d) => n + d.findings.filter((f) => f.severity !== 'hint').length, 0));
  });
});
