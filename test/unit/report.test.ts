import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { runCli } from '../../server/src/cli/main';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { renderReportHtml } from '../../server/src/core/report/html';
import { buildReadinessReport, ReadinessReport } from '../../server/src/core/report/readiness';
import { lint, readinessReportOf, TODAY } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';
import { readCorpus } from '../helpers/corpus';

// The sample corpus, copied into the repository (test/fixtures/corpus).
const read = readCorpus;

const reportOf = readinessReportOf;

function run(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd, now: () => new Date(Date.UTC(2026, 10, 22)) });
  return { code, out, err };
}

suite('readiness report', () => {
  const full = reportOf({
    'ellison-2025.ecq.md': read('drafts/ellison-2025.ecq.md'),
    'ellison.resume.md': read('resume/ellison.resume.md'),
    'ellison.stories.md': read('resume/ellison.stories.md'),
  });

  test('a score per ECQ of the set, each the mean of its five parts', () => {
    assert.equal(full.set, '2025');
    assert.deepEqual(full.ecqs.map((e) => e.number), [1, 2, 3, 4, 5]);
    for (const e of full.ecqs) {
      assert.deepEqual(e.parts.map((p) => p.name), ['ccar', 'quantified', 'recency', 'voice', 'coverage']);
      const scored = e.parts.filter((p) => p.score !== null).map((p) => p.score!);
      assert.equal(e.score, Math.round((scored.reduce((a, b) => a + b, 0) / scored.length) * 100), e.name);
    }
  });

  test('findings by rule add up to the findings of the files', () => {
    const total = full.files.reduce((n, f) => n + f.findings, 0);
    assert.equal(full.findingsByRule.reduce((n, r) => n + r.count, 0), total);
    assert.ok(full.findingsByRule.some((r) => r.rule === 'story.coverage' && r.count === 3));
    assert.equal(full.files.find((f) => f.path === 'ellison.resume.md')?.pages, readPages());
  });

  test('an empty package scores zero and every grid row is thin', () => {
    const empty = reportOf({ 'a.resume.md': '# Name\n\n## Experience\n' });
    assert.equal(empty.overall, 0);
    assert.ok(empty.grid.every((r) => r.thin));
  });

  test('weaker drafts score lower: a resume in first person with no figures', () => {
    const weak = reportOf({ 'w.resume.md': '# Name\n\n## Experience\n\n### Director\n06/2020 – Present\n\n- I was responsible for the budget and contracts. [Driving Efficiency]\n- We helped with the cloud migration and the data center work. [Driving Efficiency]\n' });
    const strong = reportOf({ 's.resume.md': '# Name\n\n## Experience\n\n### Director\n06/2020 – Present\n\n- Cut cloud spending from $148 million to $121 million by consolidating 14 contracts. [Driving Efficiency]\n- Closed 11 data centers, saving $31 million a year on hosting costs. [Driving Efficiency]\n' });
    const ecq = (r: ReadinessReport): number => r.ecqs.find((e) => e.name === 'Driving Efficiency')!.score;
    assert.ok(ecq(weak) < ecq(strong), `${ecq(weak)} vs ${ecq(strong)}`);
  });

  test('the HTML has a strict CSP with a nonce, no script, no inline style attribute, and escapes draft text', () => {
    const tricky = reportOf({ 'x.resume.md': '# <script>alert(1)</script>\n\n## Experience\n\n### Director "<b>"\n06/2020 – Present\n\n- Cut costs 12% by closing <img src=x onerror=alert(1)> 3 sites. [Driving Efficiency]\n' });
    const html = renderReportHtml(tricky, { nonce: 'abcdefghijklmnopqrstuv' });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abcdefghijklmnopqrstuv';[^"]*script-src 'none'/);
    assert.match(html, /<style nonce="abcdefghijklmnopqrstuv">/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\sstyle="/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /https?:\/\//);
    assert.throws(() => renderReportHtml(tricky, { nonce: 'short' }), /nonce/);
  });
});

function readPages(): number {
  const r = lint(read('resume/ellison.resume.md'), { path: 'ellison.resume.md' });
  return buildReadinessReport([{ path: 'r', document: r.document, findings: r.findings }], { config: DEFAULT_CONFIG, today: TODAY }).files[0]!.pages!;
}

suite('ecq report', () => {
  test('--format json and html to standard output; --out never replaces a file without --force', () => {
    const dir = tempDir({ 'ellison.resume.md': read('resume/ellison.resume.md'), 'ellison.stories.md': read('resume/ellison.stories.md') });
    try {
      const json = run(['report', '--format', 'json', '.'], dir.dir);
      assert.equal(json.code, 0, json.err);
      const parsed = JSON.parse(json.out) as ReadinessReport;
      assert.equal(parsed.version, 1);
      assert.equal(parsed.files.length, 2);
      const html = run(['report', '.'], dir.dir);
      assert.match(html.out, /^<!DOCTYPE html>/);
      assert.equal(run(['report', '--out', 'report.html', '.'], dir.dir).code, 0);
      const first = fs.readFileSync(dir.file('report.html'), 'utf8');
      const again = run(['report', '--out', 'report.html', '.'], dir.dir);
      assert.equal(again.code, 2);
      assert.match(again.err, /report\.html already exists; pass --force/);
      assert.equal(fs.readFileSync(dir.file('report.html'), 'utf8'), first);
      assert.equal(run(['report', '--out', 'report.html', '--force', '.'], dir.dir).code, 0);
      assert.equal(run(['lint', '--out', 'x.html', '.'], dir.dir).code, 2);
    } finally {
      dir.dispose();
    }
  });
});
