import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';
import { tempDir } from '../helpers/tempDir';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/interview');
const SAMPLE = fs.readFileSync(path.join(fixtures, 'ellison.interview.md'), 'utf8');
const POSTING = fs.readFileSync(path.join(fixtures, 'va-infrastructure-modernization.posting.md'), 'utf8');

function run(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd, now: () => new Date(Date.UTC(2026, 10, 22)) });
  return { code, out, err };
}

/** The documented JSON: exactly these keys, in this order, with these types. */
function assertShape(json: unknown): void {
  const top = json as { version: number; files: unknown[] };
  assert.deepEqual(Object.keys(top), ['version', 'files']);
  assert.equal(top.version, 1);
  for (const f of top.files as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(f), ['path', 'ecqSet', 'questions', 'panelQuestions']);
    assert.ok(f['ecqSet'] === '2025' || f['ecqSet'] === 'legacy');
    assert.equal(typeof f['panelQuestions'], 'number');
    for (const q of f['questions'] as Record<string, unknown>[]) {
      assert.deepEqual(Object.keys(q), ['line', 'text', 'category', 'ecq', 'tq', 'competencies', 'keyWords', 'parts', 'answer']);
      assert.ok(Number.isInteger(q['line']) && (q['line'] as number) >= 1);
      assert.ok(['ecq', 'tq', 'general'].includes(q['category'] as string));
      if (q['category'] === 'ecq') assert.deepEqual(Object.keys(q['ecq'] as object), ['number', 'name']);
      else assert.equal(q['ecq'], null);
      if (q['category'] !== 'tq') assert.equal(q['tq'], null);
      else assert.equal(typeof q['tq'], 'string');
      for (const p of q['parts'] as Record<string, unknown>[]) assert.deepEqual(Object.keys(p), ['text', 'answered']);
      if (q['answer'] !== null) assert.deepEqual(Object.keys(q['answer'] as object), ['words', 'minutes', 'keyWordsUsed']);
    }
  }
}

suite('ecq interview', () => {
  test('json: the documented shape; the posting linked in front matter; TQ and general questions; a question still to prepare', () => {
    const t = tempDir({ 'ellison.interview.md': SAMPLE, 'va-infrastructure-modernization.posting.md': POSTING });
    try {
      const r = run(['interview', '--format', 'json', 'ellison.interview.md'], t.dir);
      assert.equal(r.code, 0, r.err);
      const json = JSON.parse(r.out) as { files: { path: string; ecqSet: string; panelQuestions: number; questions: { line: number; category: string; ecq: { number: number; name: string } | null; tq: string | null; competencies: string[]; parts: { answered: boolean }[]; answer: { words: number; minutes: number } | null }[] }[] };
      assertShape(json);
      const [file] = json.files;
      assert.equal(file!.path, 'ellison.interview.md');
      assert.equal(file!.ecqSet, '2025');
      assert.equal(file!.panelQuestions, 2);
      const [q1, q2, q3, q4, q5] = file!.questions;
      assert.equal(q1!.line, 12);
      assert.deepEqual(q1!.ecq, { number: 2, name: 'Driving Efficiency' });
      assert.deepEqual(q2!.parts.map((p) => p.answered), [true, true, false]);
      assert.deepEqual(q3!.competencies, ['Developing Others']);
      assert.equal(q4!.category, 'tq');
      assert.equal(q4!.tq, 'MTQ 2');
      assert.equal(q5!.category, 'general');
      assert.equal(q5!.answer, null);
      assert.ok(q1!.answer!.minutes > 2 && q1!.answer!.minutes < 3, String(q1!.answer!.minutes));
    } finally {
      t.dispose();
    }
  });

  test('text: each question, what it asks about, its parts and the answer', () => {
    const t = tempDir({ 'ellison.interview.md': SAMPLE, 'va-infrastructure-modernization.posting.md': POSTING });
    try {
      const r = run(['interview', 'ellison.interview.md'], t.dir);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^ellison\.interview\.md: 5 questions, 2025 ECQs \(from the linked posting\), 140 words a minute/);
      assert.match(r.out, /asks about: ECQ 4, Leading People \(Developing Others\)/);
      assert.match(r.out, /\[ \] how did you overcome it/);
      assert.match(r.out, /answer: none yet \(still to prepare\)/);
      assert.match(r.out, /questions for the panel: 2/);
    } finally {
      t.dispose();
    }
  });

  test('ecq lint checks interview files like any draft, in a folder too, with the posting the front matter links', () => {
    const t = tempDir({ 'ellison.interview.md': SAMPLE, 'va-infrastructure-modernization.posting.md': POSTING });
    try {
      const r = run(['lint', '--format', 'json', '.'], t.dir);
      const files = (JSON.parse(r.out) as { files: { path: string; findings: { rule: string }[] }[] }).files;
      const interview = files.find((f) => f.path === 'ellison.interview.md');
      assert.ok(interview, r.out);
      const rules = new Set(interview.findings.map((f) => f.rule));
      for (const id of ['answer.part-unanswered', 'answer.keywords-missing', 'answer.scope-unquantified', 'answer.length', 'interview.panel-questions', 'voice.we', 'result.unquantified']) assert.ok(rules.has(id), `${id}: ${[...rules].join()}`);
    } finally {
      t.dispose();
    }
  });

  test('bad input: an empty file, a posting link that does not resolve, a missing file; no crash, the file named', () => {
    const broken = SAMPLE.replace('posting: va-infrastructure-modernization.posting.md', 'posting: missing.posting.md');
    const outside = SAMPLE.replace('posting: va-infrastructure-modernization.posting.md', 'posting: ../../elsewhere.posting.md');
    const t = tempDir({ 'empty.interview.md': '', 'broken.interview.md': broken, 'outside.interview.md': outside });
    try {
      const empty = run(['interview', 'empty.interview.md'], t.dir);
      assert.equal(empty.code, 0);
      assert.match(empty.err, /empty\.interview\.md: the file is empty/);
      const link = run(['interview', '--format', 'json', 'broken.interview.md'], t.dir);
      assert.match(link.err, /broken\.interview\.md: the linked posting missing\.posting\.md: .*; the questions are read without it/);
      assert.equal((JSON.parse(link.out) as { files: unknown[] }).files.length, 1, 'still analysed');
      const out = run(['interview', 'outside.interview.md'], t.dir);
      assert.equal(out.code, 2);
      assert.match(out.err, /outside\.interview\.md: "posting" names "\.\.\/\.\.\/elsewhere\.posting\.md", which is outside the project folder/);
      const missing = run(['interview', 'nope.interview.md'], t.dir);
      assert.equal(missing.code, 2);
      assert.match(missing.err, /nope\.interview\.md: no such file/);
    } finally {
      t.dispose();
    }
  });

  test('500 questions', () => {
    const many = Array.from({ length: 500 }, (_, i) => `## Q${i + 1}. Tell us about a conflict you resolved.\n\nIn 2024 I resolved a dispute between two of my 14 branch chiefs.\n`).join('\n');
    const t = tempDir({ 'many.interview.md': `---\nkind: interview\n---\n\n${many}` });
    try {
      const r = run(['interview', '--format', 'json', 'many.interview.md'], t.dir);
      assert.equal(r.code, 0, r.err);
      assert.equal((JSON.parse(r.out) as { files: { questions: unknown[] }[] }).files[0]!.questions.length, 500);
    } finally {
      t.dispose();
    }
  });
});

suite('ecq interview --practice', () => {
  test('writes N questions with the posting linked, and never overwrites without --force', () => {
    const t = tempDir({ 'va.posting.md': POSTING });
    try {
      const first = run(['interview', '--practice', '--posting', 'va.posting.md', '--count', '7', '--out', 'practice.interview.md'], t.dir);
      assert.equal(first.code, 0, first.err);
      const text = fs.readFileSync(t.file('practice.interview.md'), 'utf8');
      assert.match(text, /^---\nkind: interview\necqSet: 2025\nposting: va\.posting\.md\n---/);
      assert.equal(text.match(/^## Q\d+\. /gm)?.length, 7);
      assert.match(text, /## Q6\. MTQ 1: /);
      assert.match(text, /not OPM's/);
      const again = run(['interview', '--practice', '--out', 'practice.interview.md'], t.dir);
      assert.equal(again.code, 2);
      assert.match(again.err, /practice\.interview\.md already exists; pass --force/);
      const forced = run(['interview', '--practice', '--count', '3', '--force', '--out', 'practice.interview.md'], t.dir);
      assert.equal(forced.code, 0, forced.err);
      assert.equal(fs.readFileSync(t.file('practice.interview.md'), 'utf8').match(/^## Q\d+\. /gm)?.length, 3);
      // The practice file reads back as an interview of questions still to prepare.
      const read = run(['interview', '--format', 'json', 'practice.interview.md'], t.dir);
      const questions = (JSON.parse(read.out) as { files: { questions: { answer: unknown }[] }[] }).files[0]!.questions;
      assert.equal(questions.length, 3);
      assert.ok(questions.every((q) => q.answer === null));
    } finally {
      t.dispose();
    }
  });

  test('usage errors: no --out, a bad --count, --out without --practice', () => {
    const t = tempDir({});
    try {
      assert.match(run(['interview', '--practice'], t.dir).err, /needs --out FILE/);
      assert.match(run(['interview', '--practice', '--count', '0', '--out', 'p.md'], t.dir).err, /--count must be a whole number from 1 to 100/);
      assert.match(run(['interview', '--out', 'p.md', 'a.interview.md'], t.dir).err, /options of ecq interview --practice/);
      assert.match(run(['interview'], t.dir).err, /name at least one interview file/);
    } finally {
      t.dispose();
    }
  });
});
