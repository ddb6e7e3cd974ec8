import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeLens } from 'vscode-languageserver';
import { startTestServer, TestServer } from './harness';
import { tempDir } from '../helpers/tempDir';
import { URI } from '../../server/src/lsp/uri';
import { PostingCoverageRequest, PostingCoverageResult } from '@ecq-writer/protocol';

const POSTING = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/postings/corpus/va-infrastructure-modernization.posting.md'), 'utf8');
const TQ_DRAFT = '# MTQ 1\n\nIn 2023 I led the modernization of mission-critical legacy systems and the migration of 140 applications to a commercial cloud, with no outage for end users.\n';
const LEGACY = '# ECQs\n\n## ECQ 1: Leading Change\n\nIn 2023 I cut award time 45 percent for 210 staff.\n\n## ECQ 4: Business Acumen\n\nI absorbed a $3.2 million cut.\n';

suite('language server: the linked job posting', () => {
  let t: ReturnType<typeof tempDir>;
  let server: TestServer;
  const uriOf = (name: string) => URI.fromFsPath(t.file(name));
  const coverage = (uri?: string) => server.client.sendRequest(PostingCoverageRequest, uri ? { uri } : {}) as Promise<PostingCoverageResult>;

  setup(async () => {
    t = tempDir({ 'job.posting.md': POSTING, 'ecq.config.json': '{ "posting": "job.posting.md" }', 'drafts/mtq1.tq.md': TQ_DRAFT, 'drafts/package.ecq.md': LEGACY });
    server = await startTestServer(t.dir);
  });
  teardown(async () => {
    await server.dispose();
    t.dispose();
  });

  test('the uncovered TQs are reported on one draft of the package, the set mismatch on the ECQ draft', async () => {
    await server.open(uriOf('drafts/mtq1.tq.md'), TQ_DRAFT);
    await server.open(uriOf('drafts/package.ecq.md'), LEGACY);
    const onTq = (await server.diagnostics(uriOf('drafts/mtq1.tq.md'))).filter((d) => String(d.code).startsWith('posting.'));
    // MTQ 1 has its own section; MTQ 2 and MTQ 3 are addressed nowhere. The TQ narrative carries them.
    assert.deepEqual(onTq.map((d) => [d.code, (String(d.message).match(/^(MTQ \d)/) ?? [])[1]]), [['posting.tq-uncovered', 'MTQ 2'], ['posting.tq-uncovered', 'MTQ 3']]);
    const onEcq = (await server.diagnostics(uriOf('drafts/package.ecq.md'))).filter((d) => String(d.code).startsWith('posting.'));
    assert.deepEqual(onEcq.map((d) => d.code), ['posting.ecq-set-mismatch']);
    assert.deepEqual(onEcq[0]!.range.start, { line: 2, character: 3 });
  });

  test('coverage: TQs and key terms with the places they are used, in drafts and in the posting', async () => {
    await server.open(uriOf('drafts/mtq1.tq.md'), TQ_DRAFT);
    const result = await coverage(uriOf('drafts/mtq1.tq.md'));
    assert.equal(result.posting?.title, 'Executive Director, Infrastructure Modernization and Cloud Operations');
    assert.equal(result.posting?.uri, uriOf('job.posting.md'));
    assert.deepEqual(result.tqs.map((x) => [x.label, x.addressed]), [['MTQ 1', true], ['MTQ 2', false], ['MTQ 3', false]]);
    assert.equal(result.tqs[0]!.byHeading, uriOf('drafts/mtq1.tq.md'));
    const cloud = result.terms.find((x) => x.term === 'commercial cloud')!;
    assert.deepEqual(cloud.uses, [{ uri: uriOf('drafts/mtq1.tq.md'), range: { start: { line: 2, character: 110 }, end: { line: 2, character: 126 } } }]);
    // The ranges in the posting point at the term.
    const postingLines = POSTING.split('\n');
    for (const r of cloud.postingRanges) assert.equal(postingLines[r.start.line]!.slice(r.start.character, r.end.character).toLowerCase(), 'commercial cloud');
    assert.deepEqual([...result.drafts].sort(), [uriOf('drafts/mtq1.tq.md'), uriOf('drafts/package.ecq.md')].sort());
  });

  test('an edit that uses a missing term turns it to covered', async () => {
    const uri = uriOf('drafts/mtq1.tq.md');
    await server.open(uri, TQ_DRAFT);
    const before = await coverage(uri);
    assert.equal(before.terms.find((x) => x.term === 'zero trust architecture')!.uses.length, 0);
    await server.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'I built a zero-trust architecture. ' }]);
    const after = await coverage(uri);
    assert.equal(after.terms.find((x) => x.term === 'zero trust architecture')!.uses.length, 1);
    assert.ok(after.overall > before.overall);
  });

  test('code lenses in the posting summarise the coverage, overall and per TQ', async () => {
    await server.open(uriOf('job.posting.md'), POSTING);
    const lenses = (await server.client.sendRequest('textDocument/codeLens', { textDocument: { uri: uriOf('job.posting.md') } })) as CodeLens[];
    assert.equal(lenses.length, 4);
    assert.match(lenses[0]!.command!.title, /^ECQ Writer: 2 drafts cover \d+% of this posting \(TQs \d+%, key terms \d+%\)$/);
    assert.equal(lenses[0]!.range.start.line, 0);
    assert.match(lenses[1]!.command!.title, /^MTQ 1: \d+% of its wording used, addressed/);
    assert.match(lenses[2]!.command!.title, /^MTQ 2: \d+% of its wording used, not addressed · missing: /);
    // Drafts get no lenses.
    await server.open(uriOf('drafts/mtq1.tq.md'), TQ_DRAFT);
    assert.deepEqual(await server.client.sendRequest('textDocument/codeLens', { textDocument: { uri: uriOf('drafts/mtq1.tq.md') } }), []);
  });

  test('a real announcement as a job board copies it: its TQ-1 … TQ-4 are the TQs the drafts are checked against', async () => {
    const real = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/postings/real/shared/usajobs-gao-chief-labor-relations-officer-2025.posting.md'), 'utf8');
    fs.writeFileSync(t.file('job.posting.md'), real);
    await server.open(uriOf('drafts/mtq1.tq.md'), TQ_DRAFT);
    const result = await coverage(uriOf('drafts/mtq1.tq.md'));
    assert.equal(result.posting?.title, 'Chief Labor Relations Officer');
    assert.deepEqual(result.tqs.map((x) => x.label), ['TQ 1', 'TQ 2', 'TQ 3', 'TQ 4']);
    assert.ok(result.terms.some((x) => x.term.toLowerCase() === 'labor relations'));
    const onTq = (await server.diagnostics(uriOf('drafts/mtq1.tq.md'))).filter((d) => d.code === 'posting.tq-uncovered');
    assert.ok(onTq.length >= 3, onTq.map((d) => d.message).join('\n'));
  });

  test('a real announcement with no TQs is a posting all the same: coverage on its key terms, no error', async () => {
    const real = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/postings/real/dev/fhwa-director-eastern-federal-lands-2024.posting.txt'), 'utf8');
    fs.writeFileSync(t.file('job.posting.txt'), real);
    fs.writeFileSync(t.file('ecq.config.json'), '{ "posting": "job.posting.txt" }');
    await server.open(uriOf('drafts/mtq1.tq.md'), TQ_DRAFT);
    const result = await coverage(uriOf('drafts/mtq1.tq.md'));
    assert.equal(result.error, undefined);
    assert.equal(result.posting?.title, 'Director, Eastern Federal Lands Highway Division');
    assert.deepEqual(result.tqs, []);
    assert.ok(result.terms.length > 5);
  });

  test('a posting that cannot be read: one clear message, the drafts still checked, no coverage', async () => {
    fs.writeFileSync(t.file('job.posting.md'), '');
    await server.open(uriOf('drafts/package.ecq.md'), LEGACY);
    const diagnostics = await server.diagnostics(uriOf('drafts/package.ecq.md'));
    assert.ok(diagnostics.length > 0);
    assert.ok(!diagnostics.some((d) => String(d.code).startsWith('posting.')));
    assert.ok(server.messages.some((m) => /job\.posting\.md: the posting is empty/.test(m)), server.messages.join('\n'));
    const result = await coverage(uriOf('drafts/package.ecq.md'));
    assert.match(result.error ?? '', /the posting is empty/);
    assert.deepEqual(result.terms, []);
  });

  test('without a linked posting: no posting findings and an empty coverage', async () => {
    fs.writeFileSync(t.file('ecq.config.json'), '{}');
    await server.open(uriOf('drafts/package.ecq.md'), LEGACY);
    assert.ok(!(await server.diagnostics(uriOf('drafts/package.ecq.md'))).some((d) => String(d.code).startsWith('posting.')));
    const result = await coverage(uriOf('drafts/package.ecq.md'));
    assert.equal(result.posting, undefined);
    assert.equal(result.error, undefined);
  });
});

suite('language server: posting projects', () => {
  test('a config written after start-up is read without any file-watcher event', async () => {
    const t = tempDir({ 'job.posting.md': POSTING, 'ecq.config.json': '{}', 'mtq1.tq.md': TQ_DRAFT });
    const server = await startTestServer(t.dir);
    try {
      const uri = URI.fromFsPath(t.file('mtq1.tq.md'));
      await server.open(uri, TQ_DRAFT);
      assert.equal((await server.client.sendRequest(PostingCoverageRequest, { uri })).posting, undefined);
      fs.writeFileSync(t.file('ecq.config.json'), '{ "posting": "job.posting.md" }');
      // A different size or modification time is enough; no didChangeWatchedFiles is sent.
      const after = await server.client.sendRequest(PostingCoverageRequest, { uri });
      assert.equal(after.posting?.title, 'Executive Director, Infrastructure Modernization and Cloud Operations');
    } finally {
      await server.dispose();
      t.dispose();
    }
  });

  test('each application in a workspace is compared with its own posting, from its own folder', async () => {
    const t = tempDir({
      'a/job.posting.md': POSTING,
      'a/ecq.config.json': '{ "posting": "job.posting.md" }',
      'a/mtq1.tq.md': TQ_DRAFT,
      'b/other.tq.md': '# TQ 1\n\nI built a zero trust architecture for 40 agencies.\n',
    });
    const server = await startTestServer(t.dir);
    try {
      const uri = URI.fromFsPath(t.file('a/mtq1.tq.md'));
      await server.open(uri, TQ_DRAFT);
      const result = await server.client.sendRequest(PostingCoverageRequest, { uri });
      assert.deepEqual(result.drafts, [uri]);
      assert.equal(result.terms.find((x) => x.term === 'zero trust architecture')!.uses.length, 0);
    } finally {
      await server.dispose();
      t.dispose();
    }
  });
});
