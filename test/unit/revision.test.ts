import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli } from '../../server/src/cli/main';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { reviewRevision, RevisionReview } from '../../server/src/core/revision/review';
import { tempDir } from '../helpers/tempDir';
import { REVISIONS_DIR, REVISIONS_TODAY } from '../helpers/revisionEvaluation';

const repoRoot = path.resolve(__dirname, '../../..');

function run(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd, now: () => new Date(Date.UTC(2026, 11, 7)) });
  return { code, out, err };
}

const CHALLENGE = 'In 2023 the grants office took 147 days to issue awards, and applicants sent the same budget documents three times.';
const ACTION_WEAK = 'I was responsible for cutting the review steps from 14 to 6 and moving the rest into one system.';
const ACTION_WE = 'We moved every remaining step into the grants management system so that nothing was handed off by email.';
const RESULT = 'Within 18 months the average time to award fell from 147 to 84 days.';

function draft(...paragraphs: string[]): string {
  return ['## ECQ 2: Driving Efficiency', '', ...paragraphs.flatMap((p) => [p, '']), '## ECQ 4: Leading People', '', 'In 2022 our survey scores were 21 points below the average, and numerous specialists planned to leave.', '', 'I made development a performance element for all 17 supervisors.', '', 'By 2024 the score had risen by 17 points.', ''].join('\n');
}

function review(before: string, after: string): RevisionReview {
  return reviewRevision([{ path: 'a.ecq.md', text: before }], [{ path: 'a.ecq.md', text: after }], { config: DEFAULT_CONFIG, today: REVISIONS_TODAY });
}

function summary(r: RevisionReview): { fixed: string[]; added: string[]; open: string[] } {
  const tag = (f: { finding: { ruleId: string }; quote: string }): string => `${f.finding.ruleId} ${f.quote}`;
  return {
    fixed: r.sections.flatMap((s) => s.fixed.map(tag)).sort(),
    added: r.sections.flatMap((s) => s.added.map(tag)).sort(),
    open: r.sections.flatMap((s) => s.open.map(tag)).sort(),
  };
}

suite('revision review: matching findings', () => {
  const base = draft(CHALLENGE, ACTION_WEAK, ACTION_WE, RESULT);

  test('the same text: every finding is still open', () => {
    const s = summary(review(base, base));
    assert.deepEqual(s.fixed, []);
    assert.deepEqual(s.added, []);
    assert.ok(s.open.includes('phrase.weak was responsible for') && s.open.includes('voice.we we'), s.open.join(', '));
  });

  test('an edit above a finding moves its line, not its state', () => {
    const edited = draft(`${CHALLENGE} The office also spent $6 million a year on contract staff to move paper between those steps.`, 'I set a goal of issuing every routine award in 90 days.', ACTION_WEAK, ACTION_WE, RESULT);
    const r = review(base, edited);
    const s = summary(r);
    assert.deepEqual(s.fixed, []);
    assert.deepEqual(s.added, []);
    const weak = r.sections.flatMap((x) => x.open).find((f) => f.finding.ruleId === 'phrase.weak')!;
    assert.notEqual(weak.document.lines.positionAt(weak.finding.span.start).line, weak.before.document.lines.positionAt(weak.before.finding.span.start).line, 'the line did change');
  });

  test('a moved paragraph keeps its findings open', () => {
    const s = summary(review(base, draft(CHALLENGE, ACTION_WE, ACTION_WEAK, RESULT)));
    assert.deepEqual(s.fixed, []);
    assert.deepEqual(s.added, []);
  });

  test('a sentence reworded with its problem kept is still open; reworded without it, fixed', () => {
    const kept = 'I was responsible for reducing the review steps from 14 to 6 and for moving the remainder into one system.';
    assert.deepEqual(summary(review(base, draft(CHALLENGE, kept, ACTION_WE, RESULT))).fixed, []);
    const fixedText = 'I cut the review steps from 14 to 6 and moved the rest into one system.';
    const s = summary(review(base, draft(CHALLENGE, fixedText, ACTION_WE, RESULT)));
    assert.deepEqual(s.fixed, ['phrase.weak was responsible for']);
    assert.deepEqual(s.added, []);
  });

  test('the same word in another story is fixed plus new, not open', () => {
    const other = 'We rebuilt the training catalogue for the 96 new specialists in a single quarter of the fiscal year.';
    const s = summary(review(base, draft(CHALLENGE, ACTION_WEAK, other, RESULT)));
    assert.deepEqual(s.fixed, ['voice.we we']);
    assert.deepEqual(s.added, ['voice.we we']);
  });

  test('an example added and one dropped', () => {
    const twoExamples = (second: string): string =>
      ['## ECQ 2: Driving Efficiency', '', '### Example 1', '', CHALLENGE, '', ACTION_WEAK, '', RESULT, '', '### Example 2', '', second, ''].join('\n');
    const old = twoExamples('In 2019 I inherited a team of 12 budget analysts who had missed three reporting deadlines. I met with each lead and we agreed on a division of work.');
    const now = twoExamples('In 2021 numerous field offices waited 41 days for laptops. I removed five of the seven approval steps. The wait fell to 9 days.');
    const r = review(old, now);
    const examples = r.sections.find((s) => s.group.ecqId === '2025.driving-efficiency')!.examples;
    assert.deepEqual(examples.map((e) => e.change).sort(), ['added', 'dropped', 'unchanged']);
    const s = summary(r);
    assert.ok(s.fixed.includes('voice.we we'), s.fixed.join(', '));
    assert.ok(s.added.includes('claim.vague-quantifier numerous'), s.added.join(', '));
    assert.ok(s.open.includes('phrase.weak was responsible for'));
  });

  test('a rewritten example reports the CCAR part it gained', () => {
    const withoutResult = draft(CHALLENGE, ACTION_WEAK);
    const r = review(withoutResult, draft(CHALLENGE, ACTION_WEAK, RESULT));
    const example = r.sections.find((s) => s.group.ecqId === '2025.driving-efficiency')!.examples[0]!;
    assert.equal(example.change, 'rewritten');
    assert.ok(example.gained.includes('result'), JSON.stringify(example));
    assert.deepEqual(summary(r).fixed.filter((f) => f.startsWith('ccar.missing-result')).length, 1);
  });
});

suite('revision review: sections', () => {
  test('sections are matched by ECQ, not by their place: a section moved and a package split into files', () => {
    const okafor = fs.readFileSync(path.join(REVISIONS_DIR, 'okafor-section-moved/old/okafor-2025.ecq.md'), 'utf8');
    const parts = okafor.split('\n## ');
    const reordered = [parts[0], ...parts.slice(1).reverse()].join('\n## ');
    const moved = reviewRevision([{ path: 'a.ecq.md', text: okafor }], [{ path: 'a.ecq.md', text: reordered.replace(/\n*$/, '\n') }], { config: DEFAULT_CONFIG, today: REVISIONS_TODAY });
    assert.deepEqual([moved.totals.fixed, moved.totals.added], [0, 0]);
    assert.deepEqual(
      moved.sections.filter((s) => s.group.ecqNumber !== null).map((s) => s.group.ecqNumber),
      [1, 2, 3, 4, 5],
      'listed in the order of the set',
    );
    for (const s of moved.sections.filter((x) => x.score)) assert.equal(s.score!.before, s.score!.after, s.group.label);
    const split = parts.slice(1).map((p, i) => ({ path: `ecq${i + 1}.ecq.md`, text: `---\nkind: ecq\n---\n\n## ${p}` }));
    const merged = reviewRevision(split, [{ path: 'a.ecq.md', text: okafor }], { config: DEFAULT_CONFIG, today: REVISIONS_TODAY });
    assert.deepEqual([merged.totals.fixed, merged.totals.added], [0, 0]);
  });

  test('length and score are given before and after, with the score parts', () => {
    const r = review(draft(CHALLENGE, ACTION_WEAK), draft(CHALLENGE, ACTION_WEAK, RESULT));
    const s = r.sections.find((x) => x.group.ecqId === '2025.driving-efficiency')!;
    assert.ok(s.length.after.characters > s.length.before.characters);
    assert.ok(s.score!.after! > s.score!.before!, JSON.stringify(s.score));
    assert.deepEqual(s.score!.parts.map((p) => p.name), ['ccar', 'quantified', 'recency', 'voice', 'coverage']);
  });
});

suite('ecq diff', () => {
  const pair = (name: string): string => path.join(REVISIONS_DIR, name);

  test('--format json: the documented shape, findings shaped as ecq lint writes them', () => {
    const r = run(['diff', '--format', 'json', path.join(pair('haines-edits'), 'old'), path.join(pair('haines-edits'), 'new')], repoRoot);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { version: number; old: string; new: string; sections: { ecq: string | null; fixed: Record<string, unknown>[]; new: Record<string, unknown>[]; open: Record<string, unknown>[]; score: { before: number | null; after: number | null } }[]; totals: { fixed: number; new: number; open: number } };
    assert.equal(json.version, 1);
    assert.match(json.old, /haines-edits.old$/);
    assert.match(json.new, /haines-edits.new$/);
    assert.deepEqual(json.totals, { fixed: 9, new: 3, open: 21 });
    const leading = json.sections.find((s) => s.ecq === 'Leading Change')!;
    assert.equal(typeof leading.score.before, 'number');
    assert.equal(typeof leading.score.after, 'number');
    for (const f of [...leading.fixed, ...leading.new, ...leading.open]) {
      for (const key of ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']) assert.ok(key in f, `${key} in ${JSON.stringify(f)}`);
    }
    const lint = JSON.parse(run(['lint', '--format', 'json', '--today', '2026-12-07', path.join(pair('haines-edits'), 'new')], repoRoot).out) as { files: { findings: Record<string, unknown>[] }[] };
    const opened = leading.open[0]!;
    const same = lint.files[0]!.findings.find((f) => f['line'] === opened['line'] && f['column'] === opened['column'])!;
    for (const [key, value] of Object.entries(same)) assert.deepEqual(opened[key], value, key);
  });

  test('text: one block per ECQ and the totals; two files compare as well as two folders', () => {
    const r = run(['diff', path.join(pair('okafor-section-moved'), 'old/okafor-2025.ecq.md'), path.join(pair('okafor-section-moved'), 'new/okafor-2025.ecq.md')], repoRoot);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^ECQ 3: Merit and Competence$/m);
    assert.match(r.out, /^ {2}fixed .*\[acronym\.undefined\]$/m);
    assert.match(r.out, /^3 fixed, 1 new, 9 still open\./m);
  });

  test('exit 1 when the new version has a finding at error severity', () => {
    // One ECQ a file: not a package, so no ecq.missing (an error) for the ECQs it leaves out.
    const one = ['## ECQ 2: Driving Efficiency', '', CHALLENGE, '', ACTION_WEAK, '', RESULT, ''].join('\n');
    const t = tempDir({ 'old/a.ecq.md': one, 'new/a.ecq.md': one, 'strict/a.ecq.md': one, 'strict/ecq.config.json': '{ "rules": { "phrase.weak": "error" } }' });
    try {
      assert.equal(run(['diff', 'old', 'new'], t.dir).code, 0);
      assert.equal(run(['diff', 'old', 'strict'], t.dir).code, 1);
    } finally {
      t.dispose();
    }
  });

  test('bad input: a clear message naming it, exit 2, nothing on standard output', () => {
    const t = tempDir({ 'good/a.ecq.md': draft(CHALLENGE), 'notes/readme.md': 'Just notes.\n', 'bad.ecq.md': new Uint8Array([0x93, 0x41, 0x0a]) });
    try {
      const cases: [string[], RegExp][] = [
        [['diff', 'missing', 'good'], /ecq: missing: no such file or folder, and not a revision/],
        [['diff', 'good', 'missing'], /ecq: missing: no such file or folder/],
        [['diff', 'notes', 'good'], /ecq: notes: not a package: no drafts/],
        [['diff', 'bad.ecq.md', 'good/a.ecq.md'], /ecq: bad\.ecq\.md: not valid UTF-8/],
        [['diff', 'good'], /ecq diff compares two versions/],
      ];
      for (const [args, message] of cases) {
        const r = run(args, t.dir);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.err, message);
        assert.equal(r.out, '');
      }
    } finally {
      t.dispose();
    }
  });

  test('git revisions: ecq diff HEAD~1 . and ecq diff REV1 REV2 PATH', function () {
    if (spawnSync('git', ['--version']).error) this.skip();
    const t = tempDir({ 'drafts/a.ecq.md': draft(CHALLENGE, ACTION_WEAK, ACTION_WE) });
    const git = (...args: string[]): string => {
      const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: t.dir, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };
    try {
      git('init', '-q');
      git('add', '.');
      git('commit', '-q', '-m', 'first');
      git('tag', 'v1');
      fs.writeFileSync(t.file('drafts/a.ecq.md'), draft(CHALLENGE, 'I cut the review steps from 14 to 6.', ACTION_WE, RESULT));
      git('commit', '-q', '-am', 'second');
      const head = JSON.parse(run(['diff', '--format', 'json', 'HEAD~1', '.'], t.dir).out) as { old: string; totals: { fixed: number } };
      assert.equal(head.old, 'HEAD~1:.');
      assert.ok(head.totals.fixed >= 1, JSON.stringify(head.totals));
      const tags = run(['diff', '--format', 'json', 'v1', 'HEAD', 'drafts/'], t.dir);
      // The draft holds two of the five ECQs, so ecq.missing (an error) is open in the new version.
      assert.equal(tags.code, 1, tags.err);
      assert.deepEqual((JSON.parse(tags.out) as { totals: unknown }).totals, head.totals);
      const inside = run(['diff', 'HEAD~1', 'a.ecq.md'], t.file('drafts'));
      assert.equal(inside.code, 1, inside.err);
      assert.match(inside.out, /fixed HEAD~1:drafts\/a\.ecq\.md:\d+:\d+ .*\[phrase\.weak\]/);
      const missing = run(['diff', 'no-such-tag', '.'], t.dir);
      assert.equal(missing.code, 2);
      assert.match(missing.err, /ecq: no-such-tag: no such file or folder, and not a revision/);
      const absent = run(['diff', 'v1', 'HEAD', 'elsewhere/'], t.dir);
      assert.equal(absent.code, 2);
      assert.match(absent.err, /v1:elsewhere\/: no such file or folder at revision v1/);
    } finally {
      t.dispose();
    }
  });

  test('timing: ecq diff of two 40 KB packages as a whole process (printed, not asserted)', function () {
    const cli = path.join(repoRoot, 'dist/ecq.js');
    if (!fs.existsSync(cli)) this.skip();
    const old = fs.readFileSync(path.join(pair('haines-edits'), 'old/haines-legacy.ecq.md'), 'utf8');
    const now = fs.readFileSync(path.join(pair('haines-edits'), 'new/haines-legacy.ecq.md'), 'utf8');
    // Five copies of an 8 KB package under distinct applicants' folders make about 40 KB a side.
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) {
      files[`old/p${i}.ecq.md`] = old;
      files[`new/p${i}.ecq.md`] = now;
    }
    const t = tempDir(files);
    try {
      const started = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [cli, 'diff', '--format', 'json', 'old', 'new'], { cwd: t.dir, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.equal(r.status, 0, r.stderr);
      const size = Object.entries(files).filter(([k]) => k.startsWith('old/')).reduce((n, [, v]) => n + v.length, 0);
      console.log(`      ecq diff, two ${Math.round(size / 1024)} KB packages, whole process: ${ms.toFixed(0)} ms`);
    } finally {
      t.dispose();
    }
  });
});
