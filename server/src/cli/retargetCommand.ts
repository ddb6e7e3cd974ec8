import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { parseDocument } from '../core/parse/document';
import { DocumentKind } from '../core/parse/kind';
import { PostingMatcher } from '../core/posting/coverage';
import { RetargetPlan, retargetPlan } from '../core/posting/retarget';
import { readTextFile } from '../node/boundedRead';
import { listCandidateFiles, readDraft } from '../node/files';
import { readPostingFile } from '../node/postingFile';
import { CONFIG_FILE_NAME, loadConfigFor } from '../node/projectConfig';
import { CliIo, EXIT_OK, EXIT_USAGE, parseArgs, takeOption, UsageError } from './args';
import { isDraft } from './drafts';

/**
 * `ecq retarget NEW-POSTING DRAFTS --out FOLDER`: copies a package into a new project folder
 * linked to a new posting, and shows how the material covers it (core/posting/retarget.ts).
 *
 * Never overwrites: every file is read and every target checked before anything is written; a
 * target that exists already stops the command (exit 2) with nothing written, and each file is
 * then created with the exclusive flag, so a file made meanwhile is not replaced either. The
 * old posting, remarks and interview files stay behind: they belong to the old application.
 */

/** What the copy takes: the application's own drafts. */
const COPIED_KINDS: ReadonlySet<DocumentKind> = new Set(['ecq', 'tq', 'resume', 'stories']);

interface Planned {
  /** Relative to the new folder. */
  readonly target: string;
  readonly text: string;
}

/** The old config with `posting` set to the new one, comments kept; a new config when there is none. */
function linkedConfig(oldText: string | undefined, postingName: string): string {
  if (oldText === undefined) return `${JSON.stringify({ posting: postingName }, null, 2)}\n`;
  return applyEdits(oldText, modify(oldText, ['posting'], postingName, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
}

export function retarget(argv: readonly string[], io: CliIo): number {
  const { value: out, rest } = takeOption(argv, '--out', 'a folder');
  const args = parseArgs(rest, io, ['text', 'json']);
  const [postingInput, source, ...extra] = args.inputs;
  if (!postingInput || !source || extra.length > 0 || !out) throw new UsageError('ecq retarget takes a posting and a package folder: ecq retarget NEW-POSTING DRAFTS --out FOLDER');
  const fail = (message: string): number => {
    io.err(`ecq: ${message}\n`);
    return EXIT_USAGE;
  };

  const postingFile = path.resolve(io.cwd, postingInput);
  const posting = readPostingFile(postingFile);
  if (!posting.ok) return fail(`${postingInput}: ${posting.error}`);
  const sourceDir = path.resolve(io.cwd, source);
  if (!fs.existsSync(sourceDir) || !fs.statSync(sourceDir).isDirectory()) return fail(`${source}: not a folder (ecq retarget copies a package folder)`);
  const outDir = path.resolve(io.cwd, out);
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) return fail(`${out}: exists and is not a folder`);

  // Read everything first.
  const planned: Planned[] = [];
  const analysed: { path: string; document: ReturnType<typeof parseDocument> }[] = [];
  const loaded = loadConfigFor(path.join(sourceDir, CONFIG_FILE_NAME));
  const errors: string[] = [];
  const left: string[] = [];
  for (const file of listCandidateFiles(sourceDir)) {
    const read = readDraft(file, sourceDir);
    const shown = path.relative(io.cwd, file) || file;
    if (!read.ok) {
      errors.push(`${shown}: ${read.error}`);
      continue;
    }
    if (!isDraft(file, read.text)) continue;
    const document = parseDocument(read.text, { path: file, ecqSet: loaded.config.ecqSet });
    if (!COPIED_KINDS.has(document.kind)) {
      left.push(`${shown} (${document.kind})`);
      continue;
    }
    const target = path.relative(sourceDir, file);
    planned.push({ target, text: read.text });
    analysed.push({ path: path.join(outDir, target), document });
  }
  if (errors.length > 0) return fail(errors.join('\necq: '));
  if (planned.length === 0) return fail(`${source}: not a package: no drafts in the folder (a draft is named *.ecq.md, *.tq.md… or declares "kind:" in front matter)`);
  // The vocabulary goes along when it is in the package's folder: the same words are still the candidate's.
  if (loaded.vocabularyFile && fs.existsSync(loaded.vocabularyFile) && path.dirname(loaded.vocabularyFile).startsWith(sourceDir)) {
    const vocab = readTextFile(loaded.vocabularyFile, { kind: 'vocabulary', root: sourceDir });
    if (!vocab.ok) return fail(`${path.relative(io.cwd, loaded.vocabularyFile)}: ${vocab.error}`);
    planned.push({ target: path.relative(sourceDir, loaded.vocabularyFile), text: vocab.text });
  }
  const postingName = path.basename(postingFile);
  planned.push({ target: postingName, text: posting.text });
  let oldConfig: string | undefined;
  const configFile = path.join(sourceDir, CONFIG_FILE_NAME);
  if (fs.existsSync(configFile)) {
    const read = readTextFile(configFile, { kind: 'config', root: sourceDir });
    if (!read.ok) return fail(`${path.relative(io.cwd, configFile)}: ${read.error}`);
    oldConfig = read.text;
  }
  planned.push({ target: CONFIG_FILE_NAME, text: linkedConfig(oldConfig, postingName) });

  const targets = planned.map((p) => p.target);
  if (new Set(targets).size !== targets.length) return fail(`${postingInput}: the new posting has the name of a file of the package; rename it first`);
  const collisions = targets.filter((t) => fs.existsSync(path.join(outDir, t)));
  if (collisions.length > 0) {
    const shown = collisions.slice(0, 5).map((t) => path.relative(io.cwd, path.join(outDir, t)));
    return fail(`${out}: would overwrite ${collisions.length === 1 ? 'a file' : `${collisions.length} files`} (${shown.join(', ')}${collisions.length > 5 ? ', …' : ''}); nothing written. Choose a new folder.`);
  }

  for (const p of planned) {
    const target = path.join(outDir, p.target);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.writeFileSync(target, p.text, { flag: 'wx' });
    } catch (e) {
      return fail(`${path.relative(io.cwd, target)}: not written (${(e as Error).message}); files before it were written`);
    }
  }

  const plan = retargetPlan(new PostingMatcher(posting.posting), analysed, loaded.config);
  const shownPath = (p: string): string => path.relative(io.cwd, p) || p;
  const summary = { out: shownPath(outDir), posting: shownPath(path.join(outDir, postingName)), copied: planned.map((p) => shownPath(path.join(outDir, p.target))), left };
  io.out(args.format === 'json' ? formatRetargetJson(plan, summary, analysed, shownPath) : formatRetargetText(plan, summary, shownPath));
  return EXIT_OK;
}

interface Summary {
  readonly out: string;
  readonly posting: string;
  readonly copied: readonly string[];
  /** Files not copied, with their kind. */
  readonly left: readonly string[];
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** `ecq retarget --format json`, version 1: fields may be added, none renamed. */
export function formatRetargetJson(plan: RetargetPlan, summary: Summary, files: readonly { path: string; document: ReturnType<typeof parseDocument> }[], shownPath: (p: string) => string): string {
  const lineOf = (file: string, offset: number): number => (files.find((f) => f.path === file)?.document.lines.positionAt(offset).line ?? 0) + 1;
  return (
    JSON.stringify({
      version: 1,
      ...summary,
      coverage: { overall: round(plan.coverage.overall), tqs: plan.coverage.tqScore === undefined ? null : round(plan.coverage.tqScore), keyTerms: round(plan.coverage.termScore) },
      tqs: plan.tqs.map((t) => ({
        label: t.tq.label,
        text: t.tq.text,
        score: round(t.score),
        addressed: t.addressed,
        addressedBy: t.addressedBy,
        missing: t.missing,
        candidates: t.candidates.map((c) => ({ kind: c.kind, path: shownPath(c.path), line: lineOf(c.path, c.span.start), label: c.label, score: round(c.score), terms: c.terms })),
      })),
      keyTerms: plan.terms.map((t) => ({ term: t.term, score: t.score, usedBy: t.usedBy })),
    }) + '\n'
  );
}

/** How many key terms the text lists. */
const SHOWN_TERMS = 20;

export function formatRetargetText(plan: RetargetPlan, summary: Summary, shownPath: (p: string) => string): string {
  const lines = [`Copied ${summary.copied.length} files to ${summary.out}, linked to ${summary.posting}.`];
  if (summary.left.length > 0) lines.push(`Left behind (they belong to the old application): ${summary.left.join(', ')}.`);
  const c = plan.coverage;
  lines.push(`Coverage of the new posting: ${percent(c.overall)} overall${c.tqScore !== undefined ? ` (TQs ${percent(c.tqScore)}, key terms ${percent(c.termScore)})` : ''}`, '');
  for (const t of plan.tqs) {
    lines.push(`${t.tq.label}  ${percent(t.score).padStart(4)}  ${t.addressed ? 'addressed' : 'NOT ADDRESSED'}${t.addressedBy.length > 0 ? ` (terms used in: ${t.addressedBy.join(', ')})` : ''}`);
    lines.push(`  ${t.tq.text}`);
    if (t.missing.length > 0) lines.push(`  missing: ${t.missing.join('; ')}`);
    if (t.candidates.length === 0) lines.push('  no story or example uses its terms: a new story is needed');
    for (const x of t.candidates) lines.push(`  ${percent(x.score).padStart(4)}  ${x.kind} ${x.label} (${shownPath(x.path)}): ${x.terms.join('; ')}`);
    lines.push('');
  }
  lines.push('Key terms, missing first:');
  const top = plan.terms.slice(0, SHOWN_TERMS);
  for (const t of [...top.filter((x) => x.usedBy.length === 0), ...top.filter((x) => x.usedBy.length > 0)]) {
    lines.push(t.usedBy.length === 0 ? `  missing  ${t.term}` : `  used     ${t.term} (${t.usedBy.join(', ')})`);
  }
  return `${lines.join('\n')}\n`;
}
