import * as assert from 'node:assert/strict';
import { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { serverOnFreshProject } from './harness';

/**
 * Fix-all rewrites the writer's prose, so it runs only when asked for by its own name,
 * `source.fixAll.ecq`, and applies only mechanical fixes: never a skeleton to fill in.
 */

// Two examples without a Result (their quick fix inserts a "[Result: …]" skeleton) and
// four wordy phrases with a mechanical fix.
const DRAFT = [
  '## ECQ 2: Driving Efficiency',
  '',
  '### Example 1: Award backlog',
  '',
  'In 2023 the office took 147 days to issue awards, and 14 review steps slowed 410 staff at the agency.',
  '',
  'I utilized a new tool in order to cut the steps, and I merged the rest into one system.',
  '',
  '### Example 2: Travel audits',
  '',
  'In 2021 travel audits lagged 9 months behind for 60 staff.',
  '',
  'I utilized a sampling plan in order to audit 3,000 vouchers a quarter.',
  '',
].join('\n');

suite('language server: fix all', () => {
  const live = serverOnFreshProject({ 'a.ecq.md': DRAFT });
  let uri: string;
  let diagnostics: Diagnostic[];

  const codeActions = (only: string[] | undefined, forDiagnostics: Diagnostic[] = []) =>
    live.server.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: forDiagnostics, ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;

  setup(async () => {
    uri = live.uriOf('a.ecq.md');
    await live.server.open(uri, DRAFT);
    diagnostics = await live.server.diagnostics(uri);
    assert.deepEqual(diagnostics.map((d) => d.code), ['ccar.missing-result', 'plain.wordy', 'plain.wordy', 'ccar.missing-result', 'plain.wordy', 'plain.wordy']);
  });

  test('a bare source.fixAll, as ESLint users set it for every save, gets no ECQ Writer action', async () => {
    assert.deepEqual(await codeActions(['source.fixAll']), []);
  });

  test('a request for every source action (source) gets no fix-all either', async () => {
    assert.deepEqual(await codeActions(['source']), []);
  });

  test('the light bulb (no kind asked) offers no fix-all', async () => {
    const actions = await codeActions(undefined, diagnostics);
    assert.ok(actions.length > 0);
    assert.ok(!actions.some((a) => a.kind?.startsWith('source')), actions.map((a) => a.kind).join(', '));
  });

  test('source.fixAll.ecq, asked by name, applies the mechanical fixes and inserts no skeleton', async () => {
    const actions = await codeActions(['source.fixAll.ecq']);
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.ecq']);
    const change = actions[0]!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const edits = change.edits as TextEdit[];
    assert.deepEqual(edits.map((e) => e.newText), ['used', 'to', 'used', 'to']);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, DRAFT), edits);
    assert.ok(!/\[|Result/.test(fixed), fixed);
    assert.equal(fixed, DRAFT.replace(/utilized/g, 'used').replace(/in order to/g, 'to'));
  });

  test('the Result skeleton stays a quick fix the writer can pick, one example at a time', async () => {
    const missing = diagnostics.filter((d) => d.code === 'ccar.missing-result');
    const actions = await codeActions(undefined, missing);
    assert.deepEqual(actions.filter((a) => /skeleton/.test(a.title)).map((a) => a.title), ['Insert a Result skeleton', 'Insert a Result skeleton']);
    // A rule's own "fix all" would insert a skeleton in every example: not offered.
    assert.ok(!actions.some((a) => /^Fix all/.test(a.title)), actions.map((a) => a.title).join('\n'));
    // A mechanical rule keeps its own "fix all".
    const wordy = await codeActions(undefined, diagnostics.filter((d) => d.code === 'plain.wordy').slice(0, 1));
    assert.ok(wordy.some((a) => a.title === 'Fix all 4 "wordy phrase" problems in this file'), wordy.map((a) => a.title).join('\n'));
  });
});
