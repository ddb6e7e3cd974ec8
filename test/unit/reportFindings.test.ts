import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { runCli } from '../../server/src/cli/main';
import { relativeFileLink, renderReportHtml } from '../../server/src/core/report/html';
import { scorePartOf } from '../../server/src/core/report/readiness';
import { lint, readinessReportOf } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';

/** A 2025 ECQ draft with one example that says "we" and gives no figure, and one clean example. */
const DRAFT = [
  '# ECQ 2: Driving Efficiency',
  '',
  '## Example 1: Consolidating the field offices',
  '',
  'In 2024 our 14 field offices each ran their own contracts, and costs had risen 22 percent in two years.',
  '',
  'The offices served 3 million veterans, and the union and two Senate offices watched every change.',
  '',
  'We consolidated the contracts into one and we renegotiated the leases with the landlords.',
  '',
  'The offices were happier with the new arrangement.',
  '',
  '## Example 2: Closing data centers',
  '',
  'In 2023 my agency ran 11 data centers that cost $31 million a year and failed two audits.',
  '',
  'The centers held the records of 2 million claimants, and the Inspector General tracked the audits.',
  '',
  'I moved 140 applications to the cloud and I closed the 11 centers in 18 months.',
  '',
  'Hosting costs fell from $31 million to $12 million a year, and both audit findings were closed.',
  '',
].join('\n');

const reportOf = readinessReportOf;

suite('readiness report: the findings behind the scores', () => {
  const report = reportOf({ 'a.ecq.md': DRAFT });
  const lines = DRAFT.split('\n');

  test('every finding of every draft is listed once, with its place, rule and message', () => {
    const direct = lint(DRAFT, { path: 'a.ecq.md' }).findings;
    assert.equal(report.findings.length, direct.length);
    assert.equal(report.findings.length, report.files.reduce((n, f) => n + f.findings, 0));
    for (const f of report.findings) {
      assert.equal(f.path, 'a.ecq.md');
      assert.ok(f.line >= 1 && f.line <= lines.length, `${f.rule} at line ${f.line}`);
      assert.ok(f.column >= 1 && f.column <= lines[f.line - 1]!.length + 1, `${f.rule} at ${f.line}:${f.column}`);
      assert.ok(f.message.length > 0 && f.title.length > 0);
    }
    // In draft order.
    const order = report.findings.map((f) => f.line * 10_000 + f.column);
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  });

  test('a finding that lowers a part of an ECQ\'s score is listed under that ECQ, at the line it points to', () => {
    const ecq = report.ecqs.find((e) => e.name === 'Driving Efficiency')!;
    const we = ecq.findings.filter((f) => f.rule === 'voice.we');
    assert.ok(we.length >= 1, JSON.stringify(ecq.findings));
    assert.ok(we.every((f) => f.part === 'voice' && lines[f.line - 1]!.slice(f.column - 1).toLowerCase().startsWith('we')));
    assert.ok(ecq.findings.some((f) => f.part === 'quantified'), JSON.stringify(ecq.findings));
    assert.ok(ecq.parts.find((p) => p.name === 'voice')!.score! < 1);
    // Only findings that bear on a part, and none from the clean example's lines.
    assert.ok(ecq.findings.every((f) => f.part !== undefined && f.part === scorePartOf(f.rule)));
    const secondExample = lines.indexOf('## Example 2: Closing data centers') + 1;
    assert.ok(ecq.findings.every((f) => f.line < secondExample), JSON.stringify(ecq.findings));
    // ECQs without evidence list nothing.
    for (const other of report.ecqs.filter((e) => e.evidence === 0)) assert.deepEqual(other.findings, []);
  });

  test('the page lists the findings, each linking where the host says, and escapes what the draft wrote', () => {
    const hostile = reportOf({ 'a <b>.ecq.md': DRAFT.replace('We consolidated', 'We consolidated <img src=x onerror=alert(1)>') });
    const linked = renderReportHtml(hostile, { nonce: 'abcdefghijklmnopqrstuv', link: (f) => `command:ecq.openLocation?${encodeURIComponent(JSON.stringify([f.path, f.line - 1, f.column - 1]))}` });
    const anchors = linked.match(/<a class="place" href="command:ecq\.openLocation\?[^"]+">/g) ?? [];
    // Each finding once in the list of every finding, and again under the ECQ it lowers.
    const underEcqs = hostile.ecqs.reduce((n, e) => n + e.findings.length, 0);
    assert.equal(anchors.length, hostile.findings.length + underEcqs);
    assert.match(linked, /a &lt;b&gt;\.ecq\.md/);
    assert.doesNotMatch(linked, /<img/i);
    assert.doesNotMatch(linked, /<b>/);
    const plain = renderReportHtml(hostile, { nonce: 'abcdefghijklmnopqrstuv' });
    assert.doesNotMatch(plain, /<a /);
    assert.match(plain, /<span class="place">\d+:\d+<\/span>/);
  });

  test('relative file links use forward slashes and encode each segment', () => {
    assert.equal(relativeFileLink('drafts/my ecq.md', 12), 'drafts/my%20ecq.md#L12');
    assert.equal(relativeFileLink('..\\drafts\\a#1.ecq.md', 3), '../drafts/a%231.ecq.md#L3');
  });

  test('rules lower the part they measure', () => {
    assert.equal(scorePartOf('ccar.missing-result'), 'ccar');
    assert.equal(scorePartOf('resume.unquantified'), 'quantified');
    assert.equal(scorePartOf('recency.stale'), 'recency');
    assert.equal(scorePartOf('resume.first-person'), 'voice');
    assert.equal(scorePartOf('plain.filler'), undefined);
  });
});

suite('ecq report: links from the saved page to the drafts', () => {
  test('links are relative to the folder the page is saved in', () => {
    const dir = tempDir({ 'drafts/a.ecq.md': DRAFT, 'out/.keep': '' });
    try {
      const code = runCli(['report', '--out', 'out/report.html', 'drafts'], { out: () => undefined, err: () => undefined, cwd: dir.dir, now: () => new Date(Date.UTC(2026, 10, 22)) });
      assert.ok(code === 0 || code === 1, `exit ${code}`);
      const html = fs.readFileSync(dir.file('out/report.html'), 'utf8');
      const hrefs = [...html.matchAll(/<a class="place" href="([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(hrefs.length > 0);
      assert.ok(hrefs.every((h) => /^\.\.\/drafts\/a\.ecq\.md#L\d+$/.test(h)), hrefs.join(' '));
      let out = '';
      runCli(['report', 'drafts'], { out: (t) => (out += t), err: () => undefined, cwd: dir.dir, now: () => new Date(Date.UTC(2026, 10, 22)) });
      assert.match(out, /href="drafts\/a\.ecq\.md#L\d+"/);
    } finally {
      dir.dispose();
    }
  });
});
