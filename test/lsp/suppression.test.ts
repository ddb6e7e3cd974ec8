import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { startTestServer, TestServer } from './harness';
import { tempDir } from '../helpers/tempDir';
import { URI } from '../../server/src/lsp/uri';

/**
 * "Disable … for this line" must leave the Markdown as it was: a comment line inside a
 * paragraph, a list or a table splits it (issue 12). Each case applies the offered edit,
 * checks that markdown-it reads the same blocks (HTML aside), and that the finding is gone
 * while the same finding elsewhere stays.
 */

const md = new MarkdownIt('default', { html: true });

/** The block structure: each block token's type and nesting, HTML blocks left out. */
function blocks(text: string): string[] {
  return md
    .parse(text, {})
    .filter((t) => t.type !== 'html_block' && t.type !== 'inline')
    .map((t) => `${t.type}@${t.level}`);
}

function apply(text: string, edit: TextEdit): string {
  const lines = text.split(/(?<=\n)/);
  const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length, 0) + p.character;
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

suite('language server: suppression comments keep the Markdown whole', () => {
  let t: ReturnType<typeof tempDir>;
  let server: TestServer;
  let version = 1;
  const uri = (): string => URI.fromFsPath(t.file('draft.ecq.md'));

  setup(async () => {
    t = tempDir({});
    server = await startTestServer(t.dir);
    version = 1;
  });
  teardown(async () => {
    await server.dispose();
    t.dispose();
  });

  /** Opens `text`, disables `rule` for the finding on `line`, and returns the new text with the title offered. */
  async function disable(text: string, rule: string, line: number): Promise<{ title: string; text: string; remaining: Diagnostic[] }> {
    await server.open(uri(), text);
    const diagnostics = await server.diagnostics(uri());
    const target = diagnostics.find((d) => d.code === rule && d.range.start.line === line);
    assert.ok(target, `${rule} on line ${line + 1}: ${diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`).join(', ')}`);
    const actions = (await server.client.sendRequest('textDocument/codeAction', { textDocument: { uri: uri() }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
    const action = actions.find((a) => a.title.startsWith(`Disable ${rule}`));
    assert.ok(action, actions.map((a) => a.title).join(', '));
    const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    const changed = edits.reduceRight((acc, e) => apply(acc, e), text);
    await server.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri(), version: ++version }, contentChanges: [{ text: changed }] });
    const remaining = (await server.diagnostics(uri())).filter((d) => d.code === rule);
    return { title: action.title, text: changed, remaining };
  }

  const HEAD = '## ECQ 1: Leading Change\n\nIn 2023 the office had a backlog of 4,000 claims and 60 staff.\n\n';

  test('line 2 of a soft-wrapped paragraph: a comment at the end of the line, and the paragraph stays one', async () => {
    const text = `${HEAD}I reviewed the plan with the union.\nWe built a new intake system for the field.\nWe trained 60 staff in a month.\n\nThe backlog fell 40 percent.\n`;
    const r = await disable(text, 'voice.we', 5);
    assert.equal(r.title, 'Disable voice.we for this line');
    assert.deepEqual(blocks(r.text), blocks(text));
    assert.match(r.text.split('\n')[5]!, /^We built a new intake system for the field\. <!-- ecq-disable-line voice\.we -->$/);
    assert.deepEqual(r.remaining.map((d) => d.range.start.line), [6]);
  });

  test('a bullet between bullets: the list stays one list', async () => {
    const text = `${HEAD}- I reviewed the plan.\n- We built a new intake system.\n- We trained 60 staff.\n\nThe backlog fell 40 percent.\n`;
    const r = await disable(text, 'voice.we', 5);
    assert.deepEqual(blocks(r.text), blocks(text));
    assert.deepEqual(r.remaining.map((d) => d.range.start.line), [6]);
  });

  test('a table row: the comment goes before the table, which stays a table', async () => {
    const text = `${HEAD}| Year | What |\n|---|---|\n| 2023 | We built a new intake system. |\n\nWe trained 60 staff.\n`;
    const r = await disable(text, 'voice.we', 6);
    assert.equal(r.title, 'Disable voice.we for this table');
    assert.deepEqual(blocks(r.text), blocks(text));
    assert.deepEqual(r.remaining.map((d) => d.range.start.line), [9]);
  });

  test('a hard line break stays last on its line; a CRLF file gets CRLF lines', async () => {
    const text = `${HEAD}We built a new intake system.  \nI trained 60 staff.\n`;
    const r = await disable(text, 'voice.we', 4);
    assert.equal(r.text.split('\n')[4], 'We built a new intake system. <!-- ecq-disable-line voice.we -->  ');
    assert.deepEqual(blocks(r.text), blocks(text));

    const crlf = `${HEAD}| Year | What |\n|---|---|\n| 2023 | We built it. |\n`.replace(/\n/g, '\r\n');
    const c = await disable(crlf, 'voice.we', 6);
    assert.ok(!/[^\r]\n/.test(c.text), 'every inserted line ends with CRLF');
    assert.deepEqual(blocks(c.text), blocks(crlf));
  });

  test('a line longer than a page: the comment goes at its true end, before a hard break', async () => {
    // The fix reads only the ends of a line (issue 12: a megabyte on one line, named by hundreds of findings).
    const long = `## ECQ 2: Driving Efficiency\n\n${'I cut the review time of the office. '.repeat(300)}I utilize a plan.  \nIt worked.\n`;
    const c = await disable(long, 'plain.wordy', 2);
    assert.equal(c.title, 'Disable plain.wordy for this line');
    assert.ok(c.text.includes('I utilize a plan. <!-- ecq-disable-line plain.wordy -->  \nIt worked.'), c.text.slice(-120));
  });

  test('a request naming hundreds of findings gets actions for the first 200, and each rule\'s fix-all once', async () => {
    const text = `## ECQ 2: Driving Efficiency\n\n${'I utilize the plan. '.repeat(400)}\n`;
    await server.open(uri(), text);
    const diagnostics = (await server.diagnostics(uri())).filter((d) => d.code === 'plain.wordy');
    assert.ok(diagnostics.length >= 400, `${diagnostics.length} findings`);
    const actions = (await server.client.sendRequest('textDocument/codeAction', { textDocument: { uri: uri() }, range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, context: { diagnostics } })) as CodeAction[];
    const named = new Set(actions.flatMap((a) => a.diagnostics ?? []).map((d) => `${d.range.start.line}:${d.range.start.character}`));
    assert.equal(named.size, 200);
    assert.equal(actions.filter((a) => a.title.startsWith('Fix all ')).length, 1);
  });

  test('every "Disable" action on every finding of the sample drafts keeps their block structure', async () => {
    const root = path.resolve(__dirname, '../../..');
    const files = ['samples', 'samples/va-application'].flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => /\.(?:ecq|tq|resume|stories)\.(?:md|txt)$/.test(f)).map((f) => path.join(root, dir, f)));
    let checked = 0;
    const broken: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const fileUri = URI.fromFsPath(t.file(path.basename(file)));
      await server.open(fileUri, text);
      for (const d of await server.diagnostics(fileUri)) {
        const actions = (await server.client.sendRequest('textDocument/codeAction', { textDocument: { uri: fileUri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
        const action = actions.find((a) => a.title.startsWith('Disable '));
        if (!action) continue;
        checked++;
        const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
        const changed = edits.reduceRight((acc, e) => apply(acc, e), text);
        if (JSON.stringify(blocks(changed)) !== JSON.stringify(blocks(text))) broken.push(`${path.basename(file)}:${d.range.start.line + 1} ${String(d.code)} (${action.title})`);
      }
    }
    assert.ok(checked > 50, `only ${checked} findings checked`);
    assert.deepEqual(broken, []);
  });
});
