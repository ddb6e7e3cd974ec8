import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { parseDocument } from '../../server/src/core/parse/document';
import { PostingMatcher } from '../../server/src/core/posting/coverage';
import { analyzePosting } from '../../server/src/core/posting/posting';
import { retargetPlan } from '../../server/src/core/posting/retarget';
import { tempDir } from '../helpers/tempDir';

/** Re-aiming a package at a new posting (issue 15 item 3): the ranking, and a copy that never overwrites. */

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const POSTING_NAME = 'va-infrastructure-modernization.posting.md';
const POSTING = fs.readFileSync(path.join(FIXTURES, 'postings/corpus', POSTING_NAME), 'utf8');

const STORIES = `---
kind: stories
---
# Story bank

## Story 1: Securing the field network

ECQs: Leading Change

In 2024 I put a zero trust architecture in place across 300 field offices, set up continuous monitoring of every device, and ran risk management under FISMA for the whole enterprise. Incidents fell by 40 percent.

## Story 2: A cybersecurity review

ECQs: Merit and Competence

In 2023 I reviewed the cybersecurity of our payroll system and fixed 12 findings in three months.

## Story 3: Mentoring supervisors

ECQs: Leading People

In 2025 I coached 14 new supervisors; 12 were promoted within two years.
`;

const DRAFT = `## ECQ 1: Leading Change

In 2024 I moved 90 applications to commercial cloud environments without an outage, and cut hosting costs by 18 percent.
`;

suite('retarget: ranking', () => {
  const posting = analyzePosting(POSTING, { path: POSTING_NAME });
  const files = [
    { path: 'bank.stories.md', document: parseDocument(STORIES, { path: 'bank.stories.md' }) },
    { path: 'a.ecq.md', document: parseDocument(DRAFT, { path: 'a.ecq.md' }) },
  ];
  const plan = retargetPlan(new PostingMatcher(posting), files, DEFAULT_CONFIG);
  const tq = (label: string) => plan.tqs.find((t) => t.tq.label === label)!;

  test('for each TQ, the stories and examples that cover most of its wording first, with the terms each brings', () => {
    const security = tq('MTQ 2');
    assert.deepEqual(security.candidates.map((c) => c.label), ['Securing the field network', 'A cybersecurity review']);
    assert.ok(security.candidates[0]!.score > security.candidates[1]!.score);
    for (const term of ['zero trust architecture', 'continuous monitoring']) assert.ok(security.candidates[0]!.terms.includes(term), security.candidates[0]!.terms.join('; '));
    assert.deepEqual(security.candidates[1]!.terms, ['cybersecurity']);
    const cloud = tq('MTQ 1');
    assert.equal(cloud.candidates[0]!.kind, 'example');
    assert.equal(cloud.candidates[0]!.label, 'ECQ 1: Leading Change');
    assert.ok(!plan.tqs.some((t) => t.candidates.some((c) => c.label === 'Mentoring supervisors')), 'a story that uses none of the terms is never listed');
  });

  test('which kinds of material use each term, and which terms nothing uses', () => {
    const term = (t: string) => plan.terms.find((x) => x.term === t)!;
    assert.deepEqual(term('zero trust architecture').usedBy, ['stories']);
    assert.deepEqual(term('commercial cloud').usedBy, ['drafts']);
    assert.deepEqual(term('investment portfolio').usedBy, []);
    assert.deepEqual(tq('MTQ 3').candidates, []);
  });
});

function run(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd, now: () => new Date(Date.UTC(2026, 11, 7)) });
  return { code, out, err };
}

suite('ecq retarget', () => {
  const files = {
    'new.posting.md': POSTING,
    'pkg/ecq.config.json': '{\n  // the old one\n  "posting": "old.posting.md",\n  "recencyYears": 12\n}\n',
    'pkg/old.posting.md': POSTING,
    'pkg/a.ecq.md': DRAFT,
    'pkg/bank.stories.md': STORIES,
    'pkg/board.remarks.md': '- Leading Change: too old.\n',
    'pkg/ecq-vocabulary.txt': 'FISMA\n',
  };

  test('copies the package into a new folder linked to the new posting, the old config kept with its comments, and prints the plan', () => {
    const t = tempDir(files);
    try {
      const r = run(['retarget', 'new.posting.md', 'pkg', '--out', 'next'], t.dir);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(fs.readdirSync(t.file('next')).sort(), ['a.ecq.md', 'bank.stories.md', 'ecq-vocabulary.txt', 'ecq.config.json', 'new.posting.md']);
      const config = fs.readFileSync(t.file('next/ecq.config.json'), 'utf8');
      assert.match(config, /\/\/ the old one/);
      assert.match(config, /"posting": "new.posting.md"/);
      assert.match(config, /"recencyYears": 12/);
      assert.match(r.out, /^Copied 5 files to next, linked to next\/new\.posting\.md\.$/m);
      assert.match(r.out, /Left behind \(they belong to the old application\): pkg\/board\.remarks\.md \(remarks\), pkg\/old\.posting\.md \(posting\)/);
      assert.match(r.out, /^ +\d+% +story Securing the field network \(next\/bank\.stories\.md\): .*zero trust architecture/m);
      const json = JSON.parse(run(['retarget', '--format', 'json', 'new.posting.md', 'pkg', '--out', 'json-copy'], t.dir).out) as { version: number; tqs: { label: string; candidates: { label: string; line: number }[] }[] };
      assert.equal(json.version, 1);
      assert.equal(json.tqs.find((x) => x.label === 'MTQ 2')!.candidates[0]!.label, 'Securing the field network');
      assert.equal(json.tqs.find((x) => x.label === 'MTQ 2')!.candidates[0]!.line, 6);
    } finally {
      t.dispose();
    }
  });

  test('never overwrites: a target that exists stops it with exit 2 and nothing written; other files beside are fine', () => {
    const t = tempDir({ ...files, 'next/a.ecq.md': 'mine\n', 'other/notes.md': 'keep\n' });
    try {
      const r = run(['retarget', 'new.posting.md', 'pkg', '--out', 'next'], t.dir);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err, /next: would overwrite a file \(next\/a\.ecq\.md\); nothing written/);
      assert.deepEqual(fs.readdirSync(t.file('next')), ['a.ecq.md']);
      assert.equal(fs.readFileSync(t.file('next/a.ecq.md'), 'utf8'), 'mine\n');
      const beside = run(['retarget', 'new.posting.md', 'pkg', '--out', 'other'], t.dir);
      assert.equal(beside.code, 0, beside.err);
      assert.equal(fs.readFileSync(t.file('other/notes.md'), 'utf8'), 'keep\n');
    } finally {
      t.dispose();
    }
  });

  test('bad input: no --out, a missing posting, a folder with no drafts', () => {
    const t = tempDir({ ...files, 'empty/notes.md': 'Nothing here.\n' });
    try {
      assert.equal(run(['retarget', 'new.posting.md', 'pkg'], t.dir).code, 2);
      const missing = run(['retarget', 'nowhere.posting.md', 'pkg', '--out', 'x'], t.dir);
      assert.equal(missing.code, 2);
      assert.match(missing.err, /nowhere\.posting\.md/);
      const empty = run(['retarget', 'new.posting.md', 'empty', '--out', 'x'], t.dir);
      assert.equal(empty.code, 2);
      assert.match(empty.err, /empty: not a package/);
      assert.ok(!fs.existsSync(t.file('x')));
    } finally {
      t.dispose();
    }
  });
});
