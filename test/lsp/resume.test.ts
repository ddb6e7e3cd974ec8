import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeAction, DocumentSymbol, FoldingRange, Hover, TextEdit } from 'vscode-languageserver';
import { serverOnFreshProject } from './harness';
import { readCorpus } from '../helpers/corpus';
import { URI } from '../../server/src/lsp/uri';
import { DocumentStatsRequest, ReadinessReportRequest } from '@ecq-writer/protocol';

const RESUME = readCorpus('resume/ellison.resume.md');
const STORIES = readCorpus('resume/ellison.stories.md');
const POSTING = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/postings/corpus/va-infrastructure-modernization.posting.md'), 'utf8');

suite('language server: resume, story bank and readiness report', () => {
  const live = serverOnFreshProject({ 'ellison.resume.md': RESUME, 'ellison.stories.md': STORIES, 'job.posting.md': POSTING, 'ecq.config.json': '{ "posting": "job.posting.md" }' });
  const uriOf = live.uriOf;


  test('"I" and "Responsible for" bullets get diagnostics whose quick fixes are versioned edits', async () => {
    const uri = uriOf('ellison.resume.md');
    await live.server.open(uri, RESUME);
    const diagnostics = await live.server.diagnostics(uri);
    const weak = diagnostics.find((d) => d.code === 'resume.weak-start' && RESUME.split('\n')[d.range.start.line]!.includes('Responsible for supervising'))!;
    assert.ok(weak, 'weak start');
    const actions = (await live.server.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: weak.range, context: { diagnostics: [weak] } })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.equal(preferred.title, 'Start with "Supervised"');
    const change = preferred.edit!.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] };
    assert.equal(change.textDocument.version, 1);
    assert.equal(change.edits[0]!.newText, 'Supervised');
    const first = diagnostics.find((d) => d.code === 'resume.first-person')!;
    const fixes = (await live.server.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } })) as CodeAction[];
    assert.match(fixes.find((a) => a.isPreferred)!.title, /^Start with the verb: "Stopped…"$/);
  });

  test('the status bar figures: a resume\'s estimated pages against its limit', async () => {
    const uri = uriOf('ellison.resume.md');
    await live.server.open(uri, RESUME);
    const stats = await live.server.client.sendRequest(DocumentStatsRequest, { uri });
    assert.equal(stats.measure, 'pages');
    assert.equal(stats.limit, 2);
    assert.ok(stats.pages! > 1 && stats.pages! < 2, String(stats.pages));
    const bank = await live.server.client.sendRequest(DocumentStatsRequest, { uri: uriOf('ellison.stories.md') });
    assert.equal(bank.isDraft, false); // not open
    await live.server.open(uriOf('ellison.stories.md'), STORIES);
    const open = await live.server.client.sendRequest(DocumentStatsRequest, { uri: uriOf('ellison.stories.md') });
    assert.equal(open.measure, 'stories');
    assert.equal(open.stories, 6);
  });

  test('outline of a resume: sections → positions → bullets, with dates; folding stops above bullets', async () => {
    const uri = uriOf('ellison.resume.md');
    await live.server.open(uri, RESUME);
    const symbols = (await live.server.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['EXECUTIVE SUMMARY', 'PROFESSIONAL EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS AND TRAINING', 'AWARDS']);
    const experience = symbols[1]!;
    assert.equal(experience.detail, '5 positions');
    const deputy = experience.children![0]!;
    assert.equal(deputy.name, 'Deputy Chief Information Officer, Infrastructure and Operations');
    assert.match(deputy.detail!, /^06\/2022 – Present · 9 bullets$/);
    assert.equal(deputy.children![0]!.name, 'Direct enterprise hosting, cloud, network and end-user services…');
    assert.equal(RESUME.split('\n')[deputy.children![1]!.selectionRange.start.line], '- Responsible for a $720 million annual infrastructure portfolio, including capital planning, cloud consumption budgets and 23 major contracts.');
    const headingLine = RESUME.split('\n').indexOf('## PROFESSIONAL EXPERIENCE');
    assert.equal(experience.range.start.line, headingLine);
    assert.ok(experience.range.end.line < RESUME.split('\n').indexOf('## EDUCATION'));
    const ranges = (await live.server.client.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    assert.ok(ranges.some((r) => r.startLine === headingLine));
    assert.ok(!ranges.some((r) => r.startLine === deputy.children![0]!.range.start.line), 'no fold on a bullet');
  });

  test('outline of a story bank: stories → CCAR parts, with spoken time', async () => {
    const uri = uriOf('ellison.stories.md');
    await live.server.open(uri, STORIES);
    const symbols = (await live.server.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols.length, 6);
    assert.equal(symbols[0]!.name, 'Story 1: Bringing cloud spending under control');
    assert.match(symbols[0]!.detail!, /^\d:\d\d spoken · (CCAR complete|\d of 4 CCAR parts)$/);
    const parts = symbols[0]!.children!.map((c) => c.name);
    assert.ok(parts.length >= 3 && parts.every((p) => ['Challenge', 'Context', 'Action', 'Result'].includes(p)), parts.join());
  });

  test('a hover on a story heading gives its spoken time and competencies', async () => {
    const uri = uriOf('ellison.stories.md');
    await live.server.open(uri, STORIES);
    const line = STORIES.split('\n').findIndex((l) => l.startsWith('## Story 1'));
    const hover = (await live.server.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 5 } })) as Hover;
    const text = (hover.contents as { value: string }).value;
    assert.match(text, /Spoken time: about \*\*\d:\d\d\*\* \(\d+ words at 140 words a minute, the pace in front matter\)/);
    assert.match(text, /ECQs: Driving Efficiency \(tagged\)/);
    assert.match(text, /Competencies: .*Fiscal Responsibility/);
  });

  test('the readiness report covers the project\'s drafts and the linked posting', async () => {
    const result = await live.server.client.sendRequest(ReadinessReportRequest, { uri: uriOf('ellison.resume.md') });
    assert.ok(result.report, result.error);
    assert.deepEqual(result.report.files.map((f) => f.path).sort(), ['ellison.resume.md', 'ellison.stories.md']);
    assert.equal(result.report.ecqs.length, 5);
    assert.equal(result.report.posting?.path, 'job.posting.md');
    assert.ok(result.report.grid.every((r) => r.competencies.length === 3));
    assert.equal(result.root, URI.fromFsPath(live.project.dir));
  });
});
