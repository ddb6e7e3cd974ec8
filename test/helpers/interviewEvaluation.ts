import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';

/**
 * Scores the interview reader (issue 13) against expectations written before it ran on the
 * text (test/fixtures/interview/<set>/). It drives the command line and reads its JSON, the
 * public contract, so the figures are what a user and a CI job see:
 * - classification of every question of `questions.json` (asked one file per ECQ set and
 *   posting) and of the interview files: the right ECQ, general questions left general, TQ
 *   questions matched to the right TQ;
 * - the number of parts of every multipart question;
 * - each rule's precision and recall on the interview files, by answer: a finding on an
 *   answer matches an expected one of the same rule in the same question's answer, wherever
 *   in it the two put it (one on the phrase, the other on the heading), and a rule that
 *   reports several places in one answer the sidecar flags once counts once;
 *   `interview.panel-questions` is about the whole file.
 */

export interface ExpectedQuestion {
  readonly id: string;
  readonly ecqSet: '2025' | 'legacy';
  readonly text: string;
  readonly category: 'ecq' | 'tq' | 'general';
  readonly ecq: number | null;
  readonly tq: string | null;
  readonly parts: readonly string[];
  readonly posting?: string;
  /** Other ECQs a coach would accept for the question. */
  readonly alsoAcceptable?: readonly number[];
}

interface ExpectedFile {
  readonly ecqSet: string;
  readonly questions: readonly { readonly line: number; readonly category: string; readonly ecq: number | null; readonly tq: string | null; readonly parts: readonly { readonly text: string; readonly answered: boolean }[] }[];
  readonly findings: readonly { readonly rule: string; readonly line: number | null; readonly questionLine?: number | null; readonly quote?: string }[];
  readonly panelQuestions: number;
}

/** The shape `ecq interview --format json` prints (issue 13). */
interface InterviewJson {
  readonly files: readonly {
    readonly path: string;
    readonly ecqSet: string;
    readonly questions: readonly {
      readonly line: number;
      readonly text: string;
      readonly category: string;
      readonly ecq: { readonly number: number; readonly name: string } | null;
      readonly tq: string | null;
      readonly parts: readonly { readonly text: string; readonly answered: boolean }[];
    }[];
    readonly panelQuestions: number;
  }[];
}

interface LintJson {
  readonly files: readonly { readonly path: string; readonly findings: readonly { readonly rule: string; readonly line: number; readonly message: string }[] }[];
}

/** The rules the interview sidecars annotate: every expected finding is one of these, and only these are scored. */
export const SCORED_RULES = ['answer.part-unanswered', 'answer.keywords-missing', 'answer.scope-unquantified', 'answer.length', 'interview.panel-questions', 'voice.we', 'result.unquantified', 'ccar.missing-result'] as const;

export interface Tally {
  right: number;
  total: number;
  readonly misses: string[];
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  readonly misses: string[];
}

export interface InterviewScore {
  /** ECQ questions given the right ECQ, per set. */
  readonly ecq: Record<'2025' | 'legacy', Tally>;
  /** General questions left general. */
  readonly general: Tally;
  /** TQ questions matched to the right TQ of their posting. */
  readonly tq: Tally;
  /** Multipart questions split into the right number of parts. */
  readonly parts: Tally;
  /** Per rule, over the interview files. */
  readonly rules: Record<string, RuleScore>;
  /** Questions of the files whose line, category and ECQ or TQ are right. */
  readonly fileQuestions: Tally;
  readonly panelQuestions: Tally;
}

const tally = (): Tally => ({ right: 0, total: 0, misses: [] });

function cliJson<T>(argv: readonly string[], cwd: string): T {
  let out = '';
  let err = '';
  const code = runCli(argv, { out: (s: string) => void (out += s), err: (s: string) => void (err += s), cwd, now: () => new Date(Date.UTC(2026, 11, 7)) });
  if (code === 2) throw new Error(`ecq ${argv.join(' ')} failed: ${err}`);
  return JSON.parse(out) as T;
}

function classify(q: { category: string; ecq: { number: number } | null; tq: string | null }): string {
  return q.category === 'ecq' ? `ECQ ${q.ecq?.number ?? '?'}` : q.category === 'tq' ? `TQ ${normaliseTq(q.tq)}` : q.category;
}

/** "MTQ 2", "TQ-2", "TQ2" name the same TQ. */
function normaliseTq(label: string | null): string {
  return (label ?? '?').replace(/^\D*/, '');
}

function expectedClass(q: { category: string; ecq: number | null; tq: string | null }): string {
  return q.category === 'ecq' ? `ECQ ${q.ecq}` : q.category === 'tq' ? `TQ ${normaliseTq(q.tq)}` : q.category;
}

function count(t: Tally, right: boolean, miss: string): void {
  t.total++;
  if (right) t.right++;
  else t.misses.push(miss);
}

/** Scores one evaluation folder: `questions.json`, `files/*.interview.md` with their sidecars, and `postings/`. */
export function evaluateInterviewSet(folder: string): InterviewScore {
  const score: InterviewScore = { ecq: { '2025': tally(), legacy: tally() }, general: tally(), tq: tally(), parts: tally(), rules: {}, fileQuestions: tally(), panelQuestions: tally() };
  for (const rule of SCORED_RULES) score.rules[rule] = { tp: 0, fp: 0, fn: 0, misses: [] };

  scoreQuestions(folder, score);
  scoreFiles(folder, score);
  return score;
}

/** Every question of questions.json, asked in a file per ECQ set and posting, as a user would paste them. */
function scoreQuestions(folder: string, score: InterviewScore): void {
  const file = path.join(folder, 'questions.json');
  if (!fs.existsSync(file)) return;
  // Either `{ "questions": [...] }` or the list itself.
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { questions: ExpectedQuestion[] } | ExpectedQuestion[];
  const questions = Array.isArray(parsed) ? parsed : parsed.questions;
  const groups = new Map<string, ExpectedQuestion[]>();
  for (const q of questions) {
    // A posting is named from the folder (`postings/x.posting.md`) or, as some sets do, by its
    // file name in `postings/`.
    const posting = q.posting && !fs.existsSync(path.join(folder, q.posting)) && fs.existsSync(path.join(folder, 'postings', q.posting)) ? `postings/${q.posting}` : q.posting;
    const key = `${q.ecqSet}|${posting ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecq-interview-eval-'));
  try {
    if (fs.existsSync(path.join(folder, 'postings'))) fs.cpSync(path.join(folder, 'postings'), path.join(work, 'postings'), { recursive: true });
    let n = 0;
    for (const [key, group] of groups) {
      const [set, posting] = key.split('|') as [string, string];
      const name = `questions-${++n}.interview.md`;
      const front = ['---', 'kind: interview', `ecqSet: ${set}`, ...(posting ? [`posting: ${posting}`] : []), '---', '', '# Practice questions', ''];
      const lines = [...front];
      const lineOf = new Map<number, ExpectedQuestion>();
      group.forEach((q, i) => {
        lineOf.set(lines.length + 1, q);
        lines.push(`## Q${i + 1}. ${q.text}`, '');
      });
      fs.writeFileSync(path.join(work, name), lines.join('\n'));
      const result = cliJson<InterviewJson>(['interview', '--format', 'json', name], work);
      const found = new Map((result.files[0]?.questions ?? []).map((q) => [q.line, q]));
      for (const [line, expected] of lineOf) {
        const got = found.get(line);
        const label = `${expected.id} (${expected.ecqSet}) "${expected.text.slice(0, 70)}"`;
        const want = expectedClass(expected);
        const have = got ? classify(got) : 'not read as a question';
        // An annotator may accept a second ECQ where two are defensible.
        const acceptable = [want, ...(expected.alsoAcceptable ?? []).map((n) => `ECQ ${n}`)];
        if (expected.category === 'ecq') count(score.ecq[expected.ecqSet], acceptable.includes(have), `${label}: ${want}, got ${have}`);
        else if (expected.category === 'general') count(score.general, have === 'general', `${label}: general, got ${have}`);
        else count(score.tq, want === have, `${label}: ${want}, got ${have}`);
        if (expected.parts.length > 1) count(score.parts, got?.parts.length === expected.parts.length, `${label}: ${expected.parts.length} parts, got ${got?.parts.length ?? 0}: ${(got?.parts ?? []).map((p) => JSON.stringify(p.text)).join(' | ')}`);
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The interview files against their sidecars: questions, panel questions, and the rules. */
function scoreFiles(folder: string, score: InterviewScore): void {
  const filesDir = path.join(folder, 'files');
  if (!fs.existsSync(filesDir)) return;
  for (const name of fs.readdirSync(filesDir).filter((f) => /\.interview\.(?:md|txt)$/.test(f)).sort()) {
    // The sidecar is "<name>.expected.json", with or without the ".interview" of the file's name.
    const sidecar = [name.replace(/\.(?:md|txt)$/, '.expected.json'), name.replace(/\.interview\.(?:md|txt)$/, '.expected.json')].find((f) => fs.existsSync(path.join(filesDir, f)));
    if (!sidecar) throw new Error(`${name}: no sidecar of expectations`);
    const expected = JSON.parse(fs.readFileSync(path.join(filesDir, sidecar), 'utf8')) as ExpectedFile;
    const relative = path.join('files', name);
    const interview = cliJson<InterviewJson>(['interview', '--format', 'json', relative], folder).files[0];
    const lint = cliJson<LintJson>(['lint', '--format', 'json', relative], folder).files[0];
    const got = new Map((interview?.questions ?? []).map((q) => [q.line, q]));
    for (const q of expected.questions) {
      const have = got.get(q.line);
      count(score.fileQuestions, !!have && classify(have) === expectedClass(q), `${name}:${q.line}: ${expectedClass(q)}, got ${have ? classify(have) : 'not read as a question'}`);
    }
    count(score.panelQuestions, interview?.panelQuestions === expected.panelQuestions, `${name}: ${expected.panelQuestions} panel questions, got ${interview?.panelQuestions}`);

    // Each finding belongs to the question whose answer holds it (or to the file).
    const questionLines = expected.questions.map((q) => q.line).sort((a, b) => a - b);
    const questionOf = (line: number | null | undefined): number => {
      if (line === null || line === undefined) return 0;
      let owner = 0;
      for (const l of questionLines) if (l <= line) owner = l;
      return owner;
    };
    for (const rule of SCORED_RULES) {
      const want = expected.findings.filter((f) => f.rule === rule).map((f) => (rule === 'interview.panel-questions' ? 0 : f.questionLine ?? questionOf(f.line)));
      // One finding per answer: the sidecars flag an answer once ("we" throughout is one
      // problem), while a rule may report each place; an answer it flags counts once.
      const all = (lint?.findings ?? []).filter((f) => f.rule === rule).map((f) => ({ owner: rule === 'interview.panel-questions' ? 0 : questionOf(f.line), line: f.line, message: f.message }));
      const have = all.filter((h, i) => all.findIndex((o) => o.owner === h.owner) === i || want.filter((w) => w === h.owner).length > all.slice(0, i).filter((o) => o.owner === h.owner).length);
      const s = score.rules[rule]!;
      const left = [...want];
      for (const h of have) {
        const at = left.indexOf(h.owner);
        if (at >= 0) {
          left.splice(at, 1);
          s.tp++;
        } else {
          s.fp++;
          s.misses.push(`false ${name}:${h.line} ${h.message}`);
        }
      }
      for (const owner of left) {
        s.fn++;
        s.misses.push(`missed ${name}: question at line ${owner}`);
      }
    }
  }
}

export function ratio(t: Tally): number {
  return t.total === 0 ? 1 : t.right / t.total;
}

export function precision(s: RuleScore): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}

export function recall(s: RuleScore): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}

/** The figures as lines of text, misses included. */
export function describeInterviewScore(name: string, s: InterviewScore, withMisses = true): string {
  const pct = (t: Tally): string => `${t.right}/${t.total} (${ratio(t).toFixed(2)})`;
  const lines = [
    `${name}`,
    `  ECQ questions, right ECQ: 2025 ${pct(s.ecq['2025'])}, legacy ${pct(s.ecq.legacy)}`,
    `  general questions left general: ${pct(s.general)}`,
    `  TQ questions, right TQ: ${pct(s.tq)}`,
    `  multipart questions, right number of parts: ${pct(s.parts)}`,
    `  interview files: questions classified ${pct(s.fileQuestions)}, panel-question counts ${pct(s.panelQuestions)}`,
    ...Object.entries(s.rules).map(([rule, r]) => `  ${rule.padEnd(28)} P ${precision(r).toFixed(2)}  R ${recall(r).toFixed(2)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`),
  ];
  if (withMisses) {
    for (const t of [s.ecq['2025'], s.ecq.legacy, s.general, s.tq, s.parts, s.fileQuestions, s.panelQuestions]) for (const m of t.misses) lines.push(`    ${m}`);
    for (const [rule, r] of Object.entries(s.rules)) for (const m of r.misses) lines.push(`    ${rule}: ${m}`);
  }
  return lines.join('\n');
}
