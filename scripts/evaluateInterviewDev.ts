import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnnotatedQuestion, readPosting, scoreQuestions, scoreRules } from '../test/helpers/interviewDevSet';

/**
 * `npm run evaluate:interview-dev [folder]`: classification accuracy per ECQ set, part counts,
 * and each scored rule's precision and recall on an annotated interview set (by default the
 * dev set, test/fixtures/interview/dev), with every miss. A folder holds `questions.json`
 * and/or `expected.json` with the interview files it names; TQ questions are read against
 * `posting.md` in the folder, else the dev set's VA posting.
 */
const repo = path.resolve(__dirname, '../..');
const folder = path.resolve(repo, process.argv[2] ?? 'test/fixtures/interview/dev');
const local = path.join(folder, 'posting.md');
const posting = readPosting(fs.existsSync(local) ? local : path.join(repo, 'test/fixtures/interview/va-infrastructure-modernization.posting.md'));
const ratio = (a: number, b: number): string => (b === 0 ? '—' : (a / b).toFixed(2));

const questionsFile = path.join(folder, 'questions.json');
if (fs.existsSync(questionsFile)) {
  const { questions } = JSON.parse(fs.readFileSync(questionsFile, 'utf8')) as { questions: AnnotatedQuestion[] };
  const s = scoreQuestions(questions, posting);
  console.log(`${path.relative(repo, folder)}: ${questions.length} questions`);
  for (const [group, c] of Object.entries(s.classification)) console.log(`  ${group.padEnd(12)} ${c.right} of ${c.total} (${ratio(c.right, c.total)})`);
  console.log(`  parts        ${s.parts.right} of ${s.parts.total}; multipart ${s.parts.multipartRight} of ${s.parts.multipartTotal} (${ratio(s.parts.multipartRight, s.parts.multipartTotal)})`);
  for (const m of s.misses) console.log(`      ${m}`);
}
if (fs.existsSync(path.join(folder, 'expected.json'))) {
  console.log('\nRules (by rule and line)');
  for (const [rule, r] of scoreRules(folder)) {
    console.log(`  ${rule.padEnd(28)} P=${ratio(r.tp, r.tp + r.fp)} R=${ratio(r.tp, r.tp + r.fn)}  tp=${r.tp} fp=${r.fp} fn=${r.fn}`);
    for (const m of r.misses) console.log(`      ${m}`);
  }
}
