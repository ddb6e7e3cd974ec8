import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core/analyze';
import { FactsCache } from '../core/analysis/facts';
import { EcqSetId } from '../core/domain/ecqSets';
import { practiceCapacity, practiceInterview } from '../core/interview/bank';
import { Interview, interviewOf } from '../core/interview/interview';
import { PostingAnalysis } from '../core/posting/posting';
import { formatDuration } from '../core/stories/stories';
import { listCandidateFiles, readDraft } from '../node/files';
import { frontMatterPosting, interviewProjectFolder, isInterviewFile } from '../node/interviewPosting';
import { loadConfigFor } from '../node/projectConfig';
import { configLoader, statInput } from './drafts';
import { readPostingFile } from '../node/postingFile';
import { CliIo, EXIT_OK, EXIT_USAGE, LintArgs, optionOf, optionValue, parseArgs, UsageError } from './args';

/**
 * `ecq interview FILE…`: each question's classification, parts and answer analysis, as text
 * or as JSON (version 1, a contract: fields may be added, none renamed). `ecq interview
 * --practice --out FILE` writes a practice interview from the question bank and the
 * posting's TQs, and never replaces a file without `--force`.
 */

interface InterviewArgs {
  readonly practice: boolean;
  readonly count: number | undefined;
  readonly out: string | undefined;
  readonly force: boolean;
  readonly rest: LintArgs;
}

/** The most questions `--count` accepts: beyond it the bank repeats nothing new. */
const MAX_COUNT = 100;
/** A structured-interview board asks five questions (ses-domain.md §3). */
const DEFAULT_COUNT = 5;

function parseInterviewArgs(argv: readonly string[], io: CliIo): InterviewArgs {
  let practice = false;
  let count: number | undefined;
  let out: string | undefined;
  let force = false;
  const rest: string[] = [];
  for (const at = { i: 0 }; at.i < argv.length; at.i++) {
    const arg = argv[at.i]!;
    if (arg === '--') {
      rest.push(...argv.slice(at.i));
      break;
    }
    const option = optionOf(arg);
    const { name } = option;
    const value = (): string => optionValue(argv, at, option);
    if (name === '--practice') practice = true;
    else if (name === '--force') force = true;
    else if (name === '--out') out = value();
    else if (name === '--count') {
      const v = value();
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1 || n > MAX_COUNT) throw new UsageError(`--count must be a whole number from 1 to ${MAX_COUNT}, not "${v}"`);
      count = n;
    } else rest.push(arg);
  }
  if (!practice && (out !== undefined || force || count !== undefined)) throw new UsageError('--out, --force and --count are options of ecq interview --practice');
  return { practice, count, out, force, rest: parseArgs(rest, io, ['text', 'json']) };
}

export function interviewCommand(argv: readonly string[], io: CliIo): number {
  const args = parseInterviewArgs(argv, io);
  return args.practice ? writePractice(args, io) : analyseInterviews(args.rest, io);
}

const shown = (io: CliIo, file: string): string => path.relative(io.cwd, file) || file;

class Postings {
  private readonly loaded = new Map<string, PostingAnalysis | undefined>();
  constructor(private readonly io: CliIo) {}

  /** Reads a posting once; reports a failure once, naming the file that links it. */
  get(file: string, linkedBy: string | undefined): PostingAnalysis | undefined {
    if (this.loaded.has(file)) return this.loaded.get(file);
    const read = readPostingFile(file);
    if (!read.ok) this.io.err(`ecq: ${linkedBy ? `${shown(this.io, linkedBy)}: the linked posting ${shown(this.io, file)}` : shown(this.io, file)}: ${read.error}; the questions are read without it\n`);
    const posting = read.ok ? read.posting : undefined;
    this.loaded.set(file, posting);
    return posting;
  }
}

function analyseInterviews(args: LintArgs, io: CliIo): number {
  if (args.inputs.length === 0) throw new UsageError('name at least one interview file or folder');
  let exit = EXIT_OK;
  const configFor = configLoader(args, io);
  const postings = new Postings(io);
  const files: { file: string; root?: string }[] = [];
  for (const input of args.inputs) {
    const abs = path.resolve(io.cwd, input);
    const stat = statInput(abs, input, io);
    if (!stat) {
      exit = EXIT_USAGE;
      continue;
    }
    if (!stat.isDirectory()) {
      files.push({ file: abs });
      continue;
    }
    const found = listCandidateFiles(abs).filter((f) => {
      const read = readDraft(f, abs);
      return read.ok && isInterviewFile(f, read.text);
    });
    if (found.length === 0) {
      io.err(`ecq: ${input}: no interview files found (name them *.interview.md or declare "kind: interview" in front matter)\n`);
      exit = EXIT_USAGE;
    }
    files.push(...found.map((file) => ({ file, root: abs })));
  }

  const results: { path: string; interview: Interview }[] = [];
  for (const { file, root } of files) {
    const read = readDraft(file, root);
    if (!read.ok) {
      io.err(`ecq: ${shown(io, file)}: ${read.error}\n`);
      exit = EXIT_USAGE;
      continue;
    }
    const loaded = configFor(file);
    let posting: PostingAnalysis | undefined;
    if (args.posting) posting = postings.get(path.resolve(io.cwd, args.posting), undefined);
    else {
      const linked = frontMatterPosting(file, read.text, interviewProjectFolder(file, loaded.file ? loaded.projectFolder : undefined, io.cwd));
      if (linked && !linked.ok) {
        io.err(`ecq: ${shown(io, file)}: ${linked.message}; the questions are read without it\n`);
        exit = EXIT_USAGE;
      } else if (linked) posting = postings.get(linked.file, file);
      else if (loaded.postingFile) posting = postings.get(loaded.postingFile, loaded.file);
    }
    const result = analyze(read.text, { path: file, kind: 'interview', config: loaded.config, today: args.today, cache: new FactsCache(), ...(posting ? { posting } : {}) });
    const interview = interviewOf(result.document, loaded.config, posting);
    if (read.text.trim() === '') io.err(`ecq: ${shown(io, file)}: the file is empty; no questions to analyse\n`);
    else if (interview.questions.length === 0) io.err(`ecq: ${shown(io, file)}: no questions found (a question is a heading that starts with "Q", "Question" or a number, or ends with "?")\n`);
    results.push({ path: shown(io, file), interview });
  }
  io.out(args.format === 'json' ? `${JSON.stringify(interviewJson(results))}\n` : interviewText(results));
  return exit;
}

/** The JSON of `ecq interview --format json`, version 1 (README: the shape is a contract). */
export function interviewJson(files: readonly { path: string; interview: Interview }[]): object {
  return {
    version: 1,
    files: files.map(({ path: file, interview }) => ({
      path: file,
      ecqSet: interview.set,
      questions: interview.questions.map((q) => ({
        line: q.line,
        text: q.text,
        category: q.category,
        ecq: q.category === 'ecq' && q.classification.ecq ? { number: q.classification.ecq.number, name: q.classification.ecq.name } : null,
        tq: q.category === 'tq' ? (q.classification.tq ?? null) : null,
        competencies: [...q.classification.competencies],
        keyWords: [...q.classification.keyWords],
        parts: q.parts.map((p) => ({ text: p.text, answered: p.answered })),
        answer: q.answer ? { words: q.answer.words, minutes: q.answer.minutes, keyWordsUsed: [...q.answer.keyWordsUsed] } : null,
      })),
      panelQuestions: interview.panelQuestions,
    })),
  };
}

const SET_LABEL: Readonly<Record<EcqSetId, string>> = { '2025': '2025 ECQs', legacy: 'pre-2025 ECQs' };
const SET_SOURCE: Readonly<Record<Interview['setSource'], string>> = {
  frontMatter: 'from the front matter',
  posting: 'from the linked posting',
  config: 'from the project config',
  wording: "from the questions' wording",
  default: 'the set in force since October 2025',
};

export function interviewText(files: readonly { path: string; interview: Interview }[]): string {
  const lines: string[] = [];
  for (const { path: file, interview } of files) {
    lines.push(`${file}: ${interview.questions.length} question${interview.questions.length === 1 ? '' : 's'}, ${SET_LABEL[interview.set]} (${SET_SOURCE[interview.setSource]}), ${interview.paceWpm} words a minute`);
    for (const q of interview.questions) {
      const c = q.classification;
      const about = c.category === 'ecq' && c.ecq ? `ECQ ${c.ecq.number}, ${c.ecq.name}${c.competencies.length > 0 ? ` (${c.competencies.join(', ')})` : ''}` : c.category === 'tq' ? `${c.tq}${c.postingTq ? ` of the posting` : ''}` : 'general question';
      lines.push('', `  line ${q.line}: ${q.text}`, `    asks about: ${about}`);
      if (q.keyWords.length > 0) lines.push(`    key words: ${q.keyWords.map((k) => `${k.word}${q.answer ? (k.used ? ' [used]' : '') : ''}`).join(', ')}`);
      if (q.parts.length > 1 || (q.answer && !q.parts[0]?.answered)) lines.push(`    parts:`, ...q.parts.map((p) => `      [${q.answer ? (p.answered ? 'x' : ' ') : ' '}] ${p.text}`));
      if (!q.answer) lines.push('    answer: none yet (still to prepare)');
      else {
        const unsized = q.answer.scope.filter((s) => !s.sized).length;
        lines.push(`    answer: ${q.answer.words} words, about ${formatDuration(q.answer.seconds)} spoken; key words used: ${q.answer.keyWordsUsed.length} of ${q.keyWords.length}${unsized > 0 ? `; scope without a number: ${unsized}` : ''}`);
      }
    }
    lines.push('', `  questions for the panel: ${interview.panelQuestions}`, '');
  }
  return `${lines.join('\n')}\n`;
}

function writePractice(args: InterviewArgs, io: CliIo): number {
  const { rest } = args;
  if (!args.out) throw new UsageError('ecq interview --practice needs --out FILE: where to write the practice interview');
  if (rest.inputs.length > 0) throw new UsageError(`ecq interview --practice takes no files (it was given ${rest.inputs.join(', ')}); name the posting with --posting`);
  const target = path.resolve(io.cwd, args.out);
  const loaded = loadConfigFor(target, rest.config ? path.resolve(io.cwd, rest.config) : undefined);
  const postingFile = rest.posting ? path.resolve(io.cwd, rest.posting) : loaded.postingFile;
  let posting: PostingAnalysis | undefined;
  if (postingFile) {
    posting = new Postings(io).get(postingFile, undefined);
    if (!posting) return EXIT_USAGE;
  }
  const set: EcqSetId = posting && posting.ecqSet !== 'none' ? posting.ecqSet : loaded.config.ecqSet !== 'auto' ? loaded.config.ecqSet : '2025';
  const count = args.count ?? DEFAULT_COUNT;
  const capacity = practiceCapacity(set, posting);
  if (count > capacity) io.err(`ecq: the bank holds ${capacity} questions for the ${SET_LABEL[set]}${posting ? ' and this posting' : ''}; writing ${capacity}\n`);
  const link = postingFile ? path.relative(path.dirname(target), postingFile).split(path.sep).join('/') : undefined;
  const text = practiceInterview({ set, count: Math.min(count, capacity), posting, postingLink: link });
  if (fs.existsSync(target) && !args.force) {
    io.err(`ecq: ${shown(io, target)} already exists; pass --force to replace it, or choose another --out file\n`);
    return EXIT_USAGE;
  }
  try {
    fs.writeFileSync(target, text, { flag: args.force ? 'w' : 'wx' });
  } catch (e) {
    io.err(`ecq: cannot write ${shown(io, target)}: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  io.err(`ecq: wrote a practice interview of ${Math.min(count, capacity)} questions (${SET_LABEL[set]}) to ${shown(io, target)}\n`);
  return EXIT_OK;
}
