import * as assert from 'node:assert/strict';
import { CodeLens } from 'vscode-languageserver';
import { DocumentStatsRequest } from '@ecq-writer/protocol';
import { serverOnFreshProject } from './harness';

/**
 * Board and coach remarks through the language server (issue 15 item 2): a lens beside each
 * remark in the remarks file with its state, and in a draft above each ECQ section a remark
 * speaks to, leading to the remark.
 */

const DRAFT = `## ECQ 1: Leading Change

In 2024 the agency's claims backlog had grown to 40,000 cases. We redesigned intake with the field offices, and I set weekly targets.

Customer satisfaction improved a great deal.

## ECQ 2: Leading People

In 2025 I built a team of 40 analysts from three offices and cut turnover from 22 to 9 percent.
`;

const REMARKS = `---
kind: remarks
returned: 2026-10-02
resubmitBy: 2026-12-01
---
# Board remarks

## Leading Change

- Results are not quantified.
- The narrative reads as a team effort.

## Leading People

- Well described.
`;

suite('language server: remarks', () => {
  const live = serverOnFreshProject({ 'pkg/a.ecq.md': DRAFT, 'pkg/board.md': REMARKS });


  async function lenses(uri: string): Promise<string[]> {
    await live.server.diagnostics(uri);
    const got = (await live.server.client.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    return got.map((l) => `${l.range.start.line}: ${l.command?.title}`);
  }

  test('beside each remark in the remarks file, its state', async () => {
    const uri = live.uriOf('pkg/board.md');
    await live.server.open(uri, REMARKS);
    const titles = await lenses(uri);
    assert.equal(titles.length, 3, titles.join('\n'));
    assert.match(titles[0]!, /^9: Remark open · ECQ 1: Leading Change · result\.unquantified: 1 finding still open/);
    assert.match(titles[1]!, /^10: Remark open · ECQ 1: Leading Change · voice\.we/);
    assert.match(titles[2]!, /^14: Remark: check by hand · ECQ 2: Leading People: no rule speaks to it/);
  });

  test('in the draft, above the ECQ section each remark concerns, leading to the remark', async () => {
    const uri = live.uriOf('pkg/a.ecq.md');
    await live.server.open(uri, DRAFT);
    const got = (await live.server.diagnostics(uri), (await live.server.client.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[]);
    const titles = got.map((l) => `${l.range.start.line}: ${l.command?.title}`);
    assert.deepEqual(titles, ['0: Remark open: "Results are not quantified."', '0: Remark open: "The narrative reads as a team effort."', '6: Remark: check by hand: "Well described."']);
    assert.equal(got[0]!.command?.command, 'ecq.openLocation');
    assert.deepEqual(got[0]!.command?.arguments, [live.uriOf('pkg/board.md'), 9, 0]);
  });

  test('the status bar counts the days left to resubmitBy, in the remarks file and in the drafts beside it', async () => {
    for (const [name, text] of [['pkg/board.md', REMARKS], ['pkg/a.ecq.md', DRAFT]] as const) {
      const uri = live.uriOf(name);
      await live.server.open(uri, text);
      await live.server.diagnostics(uri);
      const stats = await live.server.client.sendRequest(DocumentStatsRequest, { uri });
      assert.equal(stats.resubmitBy, '2026-12-01', name);
      assert.equal(stats.resubmitDaysLeft, 9, name);
    }
  });

  test('a draft whose folder holds no remarks file has no remark lenses', async () => {
    const uri = live.uriOf('pkg/a.ecq.md');
    await live.server.open(uri, DRAFT);
    live.project.dispose();
    assert.deepEqual((await lenses(uri)).filter((x) => x.includes('Remark')), []);
  });
});
