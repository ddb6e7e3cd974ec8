import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../core/parse/document';
import { RetargetPlan } from '../core/posting/retarget';
import { readRetarget } from '../node/retarget';
import { formatRetargetText, RetargetSummary } from '../core/posting/retargetText';
import { CliIo, EXIT_OK, EXIT_USAGE, parseArgs, takeOption, UsageError } from './args';

/**
 * `ecq retarget NEW-POSTING DRAFTS --out FOLDER`: copies a package into a new project folder
 * linked to a new posting, and shows how the material covers it (core/posting/retarget.ts).
 *
 * Never overwrites: every file is read and every target checked before anything is written; a
 * target that exists already stops the command (exit 2) with nothing written, and each file is
 * then created with the exclusive flag, so a file made meanwhile is not replaced either. The
 * old posting, remarks and interview files stay behind: they belong to the old application.
 */

export function retarget(argv: readonly string[], io: CliIo): number {
  const { value: out, rest } = takeOption(argv, '--out', 'a folder');
  const args = parseArgs(rest, io, ['text', 'json']);
  const [postingInput, source, ...extra] = args.inputs;
  if (!postingInput || !source || extra.length > 0 || !out) throw new UsageError('ecq retarget takes a posting and a package folder: ecq retarget NEW-POSTING DRAFTS --out FOLDER');
  const fail = (message: string): number => {
    io.err(`ecq: ${message}\n`);
    return EXIT_USAGE;
  };

  const read = readRetarget(postingInput, source, out, io.cwd);
  if (!read.ok) return fail(read.error);
  const { outDir, postingName, planned, analysed, plan, left } = read;

  for (const p of planned) {
    const target = path.join(outDir, p.target);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.writeFileSync(target, p.text, { flag: 'wx' });
    } catch (e) {
      return fail(`${path.relative(io.cwd, target)}: not written (${(e as Error).message}); files before it were written`);
    }
  }

  const shownPath = (p: string): string => path.relative(io.cwd, p) || p;
  const summary = { out: shownPath(outDir), posting: shownPath(path.join(outDir, postingName)), copied: planned.map((p) => shownPath(path.join(outDir, p.target))), left };
  io.out(args.format === 'json' ? formatRetargetJson(plan, summary, analysed, shownPath) : formatRetargetText(plan, summary, shownPath));
  return EXIT_OK;
}

type Summary = RetargetSummary;


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

