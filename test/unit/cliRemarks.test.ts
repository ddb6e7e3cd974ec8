import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';
import { REMARKS_DEV_DIR } from '../helpers/remarksEvaluation';
import { REVISIONS_DIR } from '../helpers/revisionEvaluation';
import { tempDir } from '../helpers/tempDir';

function run(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd, now: () => new Date(Date.UTC(2026, 11, 7)) });
  return { code, out, err };
}

const pair = path.join(REVISIONS_DIR, 'ellison-package');
const coach = fs.readFileSync(path.join(REMARKS_DEV_DIR, 'ellison-coach.remarks.md'), 'utf8');

suite('ecq diff --remarks', () => {
  test('lists each remark with its state in JSON, beside the existing fields', () => {
    const r = run(['diff', '--format', 'json', '--today', '2026-12-07', path.join(pair, 'old'), path.join(pair, 'new'), '--remarks', path.join(REMARKS_DEV_DIR, 'ellison-coach.remarks.md')], pair);
    assert.equal(r.err, '');
    const json = JSON.parse(r.out) as { version: number; sections: unknown[]; totals: unknown; remarks: { ecq: string | null; state: string; rules: string[]; findings: unknown[]; line: number }[]; remarksFile: { returned: string } };
    assert.equal(json.version, 1);
    assert.ok(Array.isArray(json.sections) && json.totals);
    assert.equal(json.remarks.length, 8);
    assert.equal(json.remarksFile.returned, '2026-11-15');
    const first = json.remarks[0]!;
    assert.equal(first.state, 'open');
    assert.deepEqual(first.rules, ['voice.we']);
    assert.equal(first.line, 7);
    assert.equal(first.findings.length, 1);
    for (const x of json.remarks) if (x.state === 'addressed') assert.equal(x.findings.length, 0);
    assert.deepEqual(json.remarks.map((x) => x.state), ['open', 'addressed', 'addressed', 'check', 'open', 'addressed', 'addressed', 'check']);
  });

  test('picks up a remarks file in the new version\'s folder, which is not a draft of the package', () => {
    const oldText = fs.readFileSync(path.join(pair, 'old/ellison-2025.ecq.md'), 'utf8');
    const newText = fs.readFileSync(path.join(pair, 'new/ellison-2025.ecq.md'), 'utf8');
    const t = tempDir({ 'old/a.ecq.md': oldText, 'new/a.ecq.md': newText, 'new/coach.remarks.md': coach });
    try {
      const text = run(['diff', '--today', '2026-12-07', 'old', 'new'], t.dir);
      assert.match(text.out, /^Remarks \(new\/coach\.remarks\.md; returned 2026-11-15\)$/m);
      assert.match(text.out, /^ {2}check by hand ECQ 4: Leading People: "The Leading People stories are strong/m);
      // The TQ is not in this package: the remark about it is named on stderr.
      assert.match(text.err, /coach\.remarks\.md: a remark is about TQ, which the new version lacks/);
      const json = JSON.parse(run(['diff', '--format', 'json', '--today', '2026-12-07', 'old', 'new'], t.dir).out) as { sections: { label: string }[]; remarks: unknown[] };
      assert.ok(!json.sections.some((s) => s.label.includes('remarks')));
      assert.equal(json.remarks.length, 8);
    } finally {
      t.dispose();
    }
  });

  test('no remarks: an empty list; a remarks file that cannot be read: exit 2, nothing printed', () => {
    const t = tempDir({ 'old/a.ecq.md': '## ECQ 1: Leading Change\n\nI led it.\n', 'new/a.ecq.md': '## ECQ 1: Leading Change\n\nI led it in 2025.\n' });
    try {
      assert.deepEqual((JSON.parse(run(['diff', '--format', 'json', 'old', 'new'], t.dir).out) as { remarks: unknown[] }).remarks, []);
      const missing = run(['diff', 'old', 'new', '--remarks', 'nowhere.remarks.md'], t.dir);
      assert.equal(missing.code, 2);
      assert.equal(missing.out, '');
      assert.match(missing.err, /nowhere\.remarks\.md/);
      assert.equal(run(['diff', 'old', 'new', '--remarks'], t.dir).code, 2);
    } finally {
      t.dispose();
    }
  });

  test('the days left to resubmitBy', () => {
    const t = tempDir({ 'old/a.ecq.md': '## ECQ 1: Leading Change\n\nI led it.\n', 'new/a.ecq.md': '## ECQ 1: Leading Change\n\nI led it in 2025.\n', 'r.remarks.md': '---\nreturned: 2026-10-08\nresubmitBy: 2026-12-07x\n---\n- Leading Change: too old.\n' });
    try {
      const r = run(['diff', '--today', '2026-11-30', 'old', 'new', '--remarks', 'r.remarks.md'], t.dir);
      assert.match(r.err, /resubmitBy: "2026-12-07x" is not a date/);
      fs.writeFileSync(t.file('r.remarks.md'), '---\nreturned: 2026-10-08\nresubmitBy: 2026-12-07\n---\n- Leading Change: too old.\n');
      const ok = run(['diff', '--today', '2026-11-30', 'old', 'new', '--remarks', 'r.remarks.md'], t.dir);
      assert.match(ok.out, /resubmit by 2026-12-07 \(7 days left\)/);
      assert.match(ok.out, /addressed {5}ECQ 1: Leading Change: "Leading Change: too old\."/);
      assert.match(run(['diff', '--today', '2026-12-09', 'old', 'new', '--remarks', 'r.remarks.md'], t.dir).out, /resubmit by 2026-12-07 \(2 days past\)/);
    } finally {
      t.dispose();
    }
  });
});
