import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { ECQ_SETS, EcqSetId } from '../server/src/core/domain/ecqSets';
import { COMPETENCY_KEY_WORDS, ECQ_KEY_WORDS, KEY_WORDS_SHARE_ELSEWHERE } from '../server/src/core/domain/interviewCues';
import { interviewOf } from '../server/src/core/interview/interview';
import { StemIndex, stemPhrase } from '../server/src/core/interview/words';

/**
 * Prints `KEY_WORDS_COMMON_ELSEWHERE` (domain/interviewCues.ts): for each ECQ, the words of
 * its key-word lists that answers to questions about the *other* ECQs of its set use in
 * `KEY_WORDS_SHARE_ELSEWHERE` or more of cases. Such a word shows nothing about the ECQ
 * ("team", "budget", "results"), so `answer.keywords-missing` does not count it.
 *
 * The answers are those of the blind interview sets under test/fixtures/interview, each
 * question's ECQ as its annotator gave it. Run it after adding a set, and paste the output.
 */
interface ExpectedQuestion {
  readonly line: number;
  readonly category: string;
  readonly ecq: number | null;
}
interface Expected {
  readonly ecqSet: string;
  readonly questions: readonly ExpectedQuestion[];
}
interface LabelledAnswer {
  readonly set: EcqSetId;
  /** The ECQ number, or 0 for a general or TQ question. */
  readonly ecq: number;
  readonly index: StemIndex;
}

const repo = path.resolve(__dirname, '../..');
const root = path.join(repo, 'test/fixtures/interview');
const answers: LabelledAnswer[] = [];
for (const set of fs.readdirSync(root).sort()) {
  const folder = path.join(root, set, 'files');
  if (!fs.existsSync(folder)) continue;
  const names = fs.readdirSync(folder).sort();
  for (const name of names.filter((n) => n.endsWith('.expected.json'))) {
    const expected = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as Expected;
    const stem = name.slice(0, -'.expected.json'.length);
    const file = names.find((n) => n !== name && n.startsWith(`${stem}.`) && !n.endsWith('.json'));
    if (!file) continue;
    const ecqSet: EcqSetId = expected.ecqSet === 'legacy' ? 'legacy' : '2025';
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    const { document } = analyze(text, { kind: 'interview', format: file.endsWith('.txt') ? 'plaintext' : 'markdown', ecqSet, today: { year: 2026, month: 12, day: 7 } });
    const interview = interviewOf(document, { ...DEFAULT_CONFIG, ecqSet });
    for (const q of expected.questions) {
      const answer = interview.questions.find((found) => found.line === q.line)?.answer;
      if (!answer) continue;
      answers.push({ set: ecqSet, ecq: q.category === 'ecq' && q.ecq ? q.ecq : 0, index: StemIndex.of(answer.blocks.map((b) => b.prose).join('\n')) });
    }
  }
}

const lines: string[] = [`// ${answers.length} answers, measured by scripts/commonAnswerWords.ts`];
for (const set of ['2025', 'legacy'] as const) {
  for (const ecq of ECQ_SETS[set].ecqs) {
    const elsewhere = answers.filter((a) => a.set === set && a.ecq !== ecq.number);
    const words = [...new Set([...(ECQ_KEY_WORDS[ecq.id] ?? []), ...ecq.competencies.flatMap((c) => COMPETENCY_KEY_WORDS[c.name] ?? [])])];
    const common = words.filter((w) => {
      const stems = stemPhrase(w).stems;
      return elsewhere.filter((a) => a.index.hasPhrase(stems)).length >= KEY_WORDS_SHARE_ELSEWHERE * elsewhere.length;
    });
    lines.push(`  '${ecq.id}': [${common.map((w) => `'${w}'`).join(', ')}],`);
  }
}
console.log(lines.join('\n'));
