import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeAction, Diagnostic, DiagnosticSeverity, Hover } from 'vscode-languageserver';
import { DocumentStatsRequest } from '@ecq-writer/protocol';
import { startTestServer, TestServer } from './harness';
import { tempDir } from '../helpers/tempDir';
import { URI } from '../../server/src/lsp/uri';
import { runCli } from '../../server/src/cli/main';

/**
 * Findings that span files (the posting's uncovered TQs, folder packages) are a function
 * of the project's drafts: pulling a document's diagnostics again, or after an edit to
 * another draft that changes nothing it depends on, gives the same findings, and the same
 * as `ecq lint` gives for the same files.
 */

const SAMPLE = path.resolve(__dirname, '../../../samples/va-application');
const RESUME = 'ellison.resume.md';
const ECQ = 'ellison-2025.ecq.md';
const TQ = 'ellison-mtq1.tq.md';

interface CliFinding {
  readonly rule: string;
  readonly line: number;
  readonly column: number;
}

/** `ecq lint --format json` on a folder: each file's findings as "rule line:column", in order. */
function cliFindings(dir: string): Map<string, string[]> {
  let out = '';
  const code = runCli(['lint', '--format', 'json', '.'], { out: (t) => (out += t), err: () => undefined, cwd: dir, now: () => new Date(Date.UTC(2026, 10, 22)) });
  assert.ok(code === 0 || code === 1, `ecq lint exited ${code}`);
  const report = JSON.parse(out) as { files: { path: string; findings: CliFinding[] }[] };
  return new Map(report.files.map((f) => [f.path, f.findings.map((x) => `${x.rule} ${x.line}:${x.column}`)]));
}

/** Diagnostics in the CLI's terms (1-based lines and columns), in order. */
function asCli(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)} ${d.range.start.line + 1}:${d.range.start.character + 1}`);
}

suite('language server: findings across the files of a project', () => {
  let t: ReturnType<typeof tempDir>;
  let server: TestServer;
  const uriOf = (name: string) => URI.fromFsPath(t.file(name));
  const textOf = (name: string) => fs.readFileSync(t.file(name), 'utf8');

  setup(async () => {
    const files: Record<string, string> = {};
    for (const name of fs.readdirSync(SAMPLE)) files[name] = fs.readFileSync(path.join(SAMPLE, name), 'utf8');
    t = tempDir(files);
    server = await startTestServer(t.dir);
  });
  teardown(async () => {
    await server.dispose();
    t.dispose();
  });

  test('pulling a resume again, and after edits to another draft, never adds a finding; the counts are those of ecq lint', async () => {
    const cli = cliFindings(t.dir);
    const expectedResume = cli.get(RESUME)!;
    // The sample's resume carries the posting's uncovered TQs, so the pulls below exercise cross-file findings.
    assert.ok(expectedResume.filter((f) => f.startsWith('posting.tq-uncovered ')).length >= 1, expectedResume.join('\n'));

    await server.open(uriOf(RESUME), textOf(RESUME));
    await server.open(uriOf(ECQ), textOf(ECQ));
    const counts: number[] = [];
    for (let pull = 0; pull < 3; pull++) {
      const resume = await server.diagnostics(uriOf(RESUME));
      counts.push(resume.length);
      assert.deepEqual(asCli(resume), expectedResume, `pull ${pull + 1} of the resume`);
    }

    // Typing in the ECQ draft: words that use none of the posting's terms, so no coverage changes.
    let ecqText = textOf(ECQ);
    for (let version = 2; version <= 5; version++) {
      const line = ecqText.split('\n').length - 1;
      const inserted = `I thanked them. `;
      await server.change(uriOf(ECQ), version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: inserted }]);
      ecqText = ecqText.split('\n').map((l, i) => (i === line ? inserted + l : l)).join('\n');
      await server.diagnostics(uriOf(ECQ));
      const resume = await server.diagnostics(uriOf(RESUME));
      counts.push(resume.length);
      assert.deepEqual(asCli(resume), expectedResume, `the resume after edit ${version - 1} to the ECQ draft`);
    }
    console.log(`      resume findings over 7 pulls: ${counts.join(', ')} (ecq lint: ${expectedResume.length})`);

    // The same files on disk give the command line the same findings, in both drafts.
    fs.writeFileSync(t.file(ECQ), ecqText);
    const after = cliFindings(t.dir);
    assert.deepEqual(asCli(await server.diagnostics(uriOf(ECQ))), after.get(ECQ));
    assert.deepEqual(asCli(await server.diagnostics(uriOf(RESUME))), after.get(RESUME));
  });

  test('the status bar count, hovers and code actions see the cross-file findings the diagnostics show, asked before or after them', async () => {
    await server.open(uriOf(RESUME), textOf(RESUME));
    // Asked before any diagnostics pull, so nothing the pull left behind can answer them.
    const stats = await server.client.sendRequest(DocumentStatsRequest, { uri: uriOf(RESUME) });
    const top = { line: 0, character: 2 };
    const hover = (await server.client.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(RESUME) }, position: top })) as Hover;
    const diagnostics = await server.diagnostics(uriOf(RESUME));
    const uncovered = diagnostics.filter((d) => d.code === 'posting.tq-uncovered');
    assert.ok(uncovered.length >= 1);
    assert.deepEqual(uncovered[0]!.range.start, top);
    // Counted as the Problems panel counts: hints are not listed there.
    assert.equal(stats.findings, diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint).length);
    assert.match(JSON.stringify(hover.contents), /posting\.tq-uncovered/);
    // The diagnostic's index finds its finding: the code action is offered for it.
    const actions = (await server.client.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(RESUME) }, range: uncovered[0]!.range, context: { diagnostics: [uncovered[0]] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Disable posting.tq-uncovered for this heading']);
  });

  test('an edit that addresses a TQ removes its finding from the resume at once, and only that one', async () => {
    await server.open(uriOf(RESUME), textOf(RESUME));
    await server.open(uriOf(TQ), textOf(TQ));
    const before = await server.diagnostics(uriOf(RESUME));
    const uncovered = before.filter((d) => d.code === 'posting.tq-uncovered').map((d) => /^(\S+ \d)/.exec(String(d.message))![1]!);
    assert.ok(uncovered.length >= 1);
    // A section headed with the TQ's label addresses it.
    const lines = textOf(TQ).split('\n').length;
    await server.change(uriOf(TQ), 2, [{ range: { start: { line: lines, character: 0 }, end: { line: lines, character: 0 } }, text: `\n\n# ${uncovered[0]}\n\nI led it.\n` }]);
    await server.diagnostics(uriOf(TQ));
    const after = await server.diagnostics(uriOf(RESUME));
    assert.equal(after.length, before.length - 1);
    assert.deepEqual(after.filter((d) => d.code === 'posting.tq-uncovered').map((d) => /^(\S+ \d)/.exec(String(d.message))![1]!), uncovered.slice(1));
  });

  test('a folder of one-ECQ files: the missing ECQs are reported once, however often the package is pulled', async () => {
    const one = (n: number, name: string) => `## ECQ ${n}: ${name}\n\nIn 2024 I cut the backlog from 410 to 120 cases for 230 staff.\n`;
    const pkg = tempDir({ 'drafts/1.ecq.md': one(1, 'Commitment to the Rule of Law and the Principles of the American Founding'), 'drafts/2.ecq.md': one(2, 'Driving Efficiency') });
    const pkgServer = await startTestServer(pkg.dir);
    try {
      const first = URI.fromFsPath(pkg.file('drafts/1.ecq.md'));
      const second = URI.fromFsPath(pkg.file('drafts/2.ecq.md'));
      await pkgServer.open(first, fs.readFileSync(pkg.file('drafts/1.ecq.md'), 'utf8'));
      await pkgServer.open(second, fs.readFileSync(pkg.file('drafts/2.ecq.md'), 'utf8'));
      const missing = async () => (await pkgServer.diagnostics(first)).filter((d) => d.code === 'ecq.missing').length;
      assert.equal(await missing(), 3);
      await pkgServer.change(second, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Then ' }]);
      await pkgServer.diagnostics(second);
      assert.equal(await missing(), 3);
      assert.equal(await missing(), 3);
    } finally {
      await pkgServer.dispose();
      pkg.dispose();
    }
  });
});
