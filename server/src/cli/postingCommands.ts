import * as path from 'node:path';
import { coverageOf, PostingCoverage, PostingMatcher, TermUse } from '../core/posting/coverage';
import { PostingAnalysis } from '../core/posting/posting';
import { readPostingFile } from '../node/postingFile';
import { CliIo, EXIT_OK, EXIT_USAGE, LintArgs, UsageError } from './args';
import { AnalysedDraft, analyseDrafts } from './drafts';

/**
 * `ecq posting` prints what the analyser reads in a job posting; `ecq compare` prints how
 * well drafts cover it. Both JSON shapes are version 1: fields may be added, none removed.
 */

const SET_LABEL = { '2025': '2025 ECQs', legacy: 'pre-2025 ECQs', none: 'no ECQ set named' } as const;

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function loadPosting(file: string, io: CliIo): PostingAnalysis | undefined {
  const read = readPostingFile(path.resolve(io.cwd, file));
  if (!read.ok) {
    io.err(`ecq: ${file}: ${read.error}\n`);
    return undefined;
  }
  return read.posting;
}

export function postingJson(posting: PostingAnalysis): object {
  return {
    version: 1,
    title: posting.title?.text ?? null,
    agency: posting.agency?.text ?? null,
    ecqSet: posting.ecqSet,
    tqs: posting.tqs.map((t) => ({ label: t.label, number: t.number, text: t.text, terms: t.terms.map((k) => posting.keyTerms.find((x) => x.key === k)?.term ?? k) })),
    duties: posting.duties.map((d) => d.text),
    specializedExperience: posting.specializedExperience.map((d) => d.text),
    keyTerms: posting.keyTerms.map((k) => ({ term: k.term, score: k.score, occurrences: k.occurrences.length })),
  };
}

export function describePosting(args: LintArgs, io: CliIo): number {
  if (args.inputs.length !== 1) throw new UsageError('ecq posting takes one posting file');
  const posting = loadPosting(args.inputs[0]!, io);
  if (!posting) return EXIT_USAGE;
  if (args.format === 'json') {
    io.out(`${JSON.stringify(postingJson(posting))}\n`);
    return EXIT_OK;
  }
  const lines = [
    `${posting.title?.text ?? '(no title found)'}${posting.agency ? ` — ${posting.agency.text}` : ''}`,
    `ECQ set: ${SET_LABEL[posting.ecqSet]}`,
    '',
    posting.tqs.length === 0 ? 'Technical qualifications: none listed (a resume-only announcement, or TQs kept elsewhere); coverage uses the key terms' : `Technical qualifications (${posting.tqs.length}):`,
    ...posting.tqs.flatMap((t) => [`  ${t.label}: ${t.text}`, `    terms: ${t.terms.map((k) => posting.keyTerms.find((x) => x.key === k)?.term ?? k).join('; ')}`]),
    '',
    `Duties: ${posting.duties.length}${posting.specializedExperience.length > 0 ? `; specialized experience: ${posting.specializedExperience.length}` : ''}`,
    '',
    'Key terms, best first:',
    ...posting.keyTerms.slice(0, 20).map((k, i) => `  ${String(i + 1).padStart(2)}. ${k.term}  (${k.score.toFixed(2)}, used ${k.occurrences.length}×)`),
  ];
  io.out(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

function placeOf(use: TermUse, drafts: ReadonlyMap<string, AnalysedDraft>, io: CliIo) {
  const d = drafts.get(use.path)!;
  const start = d.document.lines.positionAt(use.span.start);
  const end = d.document.lines.positionAt(use.span.end);
  return { path: path.relative(io.cwd, use.path) || use.path, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export function compareJson(postingFile: string, posting: PostingAnalysis, coverage: PostingCoverage, drafts: readonly AnalysedDraft[], io: CliIo): object {
  const byPath = new Map(drafts.map((d) => [d.path, d]));
  return {
    version: 1,
    posting: { path: path.relative(io.cwd, postingFile) || postingFile, title: posting.title?.text ?? null, ecqSet: posting.ecqSet },
    drafts: drafts.map((d) => d.report.path),
    coverage: { overall: round(coverage.overall), tqs: coverage.tqScore === undefined ? null : round(coverage.tqScore), keyTerms: round(coverage.termScore) },
    tqs: coverage.tqs.map((c) => ({
      label: c.tq.label,
      text: c.tq.text,
      score: round(c.score),
      addressed: c.addressed,
      byHeading: c.byHeading ? path.relative(io.cwd, c.byHeading) || c.byHeading : null,
      covered: c.covered.map((t) => t.term),
      missing: c.missing.map((t) => t.term),
    })),
    keyTerms: coverage.terms.map((t) => ({ term: t.term, score: t.score, covered: t.uses.length > 0, count: t.uses.length, uses: t.uses.map((u) => placeOf(u, byPath, io)) })),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function compare(args: LintArgs, io: CliIo): number {
  const [postingFile, ...draftInputs] = args.inputs;
  if (!postingFile || draftInputs.length === 0) throw new UsageError('ecq compare takes a posting file and at least one draft file or folder');
  const posting = loadPosting(postingFile, io);
  if (!posting) return EXIT_USAGE;
  const absolute = path.resolve(io.cwd, postingFile);
  const set = analyseDrafts({ ...args, inputs: draftInputs }, io, () => posting, (file) => file === absolute);
  const drafts = set.drafts.filter((d) => d.path !== absolute && d.document.kind !== 'posting');
  const coverage = coverageOf(new PostingMatcher(posting), drafts.map((d) => ({ path: d.path, document: d.document })));
  if (args.format === 'json') {
    io.out(`${JSON.stringify(compareJson(absolute, posting, coverage, drafts, io))}\n`);
    return set.exit;
  }
  const byPath = new Map(drafts.map((d) => [d.path, d]));
  const lines = [
    `Posting: ${posting.title?.text ?? path.basename(postingFile)} (${SET_LABEL[posting.ecqSet]})`,
    `Drafts: ${drafts.map((d) => d.report.path).join(', ') || 'none'}`,
    `Coverage: ${percent(coverage.overall)} overall${coverage.tqScore !== undefined ? ` (TQs ${percent(coverage.tqScore)}, key terms ${percent(coverage.termScore)})` : ''}`,
    '',
  ];
  for (const c of coverage.tqs) {
    lines.push(`${c.tq.label}  ${percent(c.score).padStart(4)}  ${c.addressed ? 'addressed' : 'NOT ADDRESSED'}${c.byHeading ? ` (section in ${path.relative(io.cwd, c.byHeading)})` : ''}`);
    lines.push(`  ${c.tq.text}`);
    if (c.covered.length > 0) lines.push(`  covered: ${c.covered.map((t) => `${t.term} (${t.uses.length})`).join('; ')}`);
    if (c.missing.length > 0) lines.push(`  missing: ${c.missing.map((t) => t.term).join('; ')}`);
    lines.push('');
  }
  lines.push('Key terms, missing first:');
  const top = coverage.terms.slice(0, 20);
  for (const t of [...top.filter((x) => x.uses.length === 0), ...top.filter((x) => x.uses.length > 0)]) {
    if (t.uses.length === 0) lines.push(`  missing  ${t.term}`);
    else {
      const first = placeOf(t.uses[0]!, byPath, io);
      lines.push(`  covered  ${t.term}  ×${t.uses.length}  ${first.path}:${first.line}:${first.column}`);
    }
  }
  io.out(`${lines.join('\n')}\n`);
  return set.exit;
}
