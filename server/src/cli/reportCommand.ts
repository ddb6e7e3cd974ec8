import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { coverageOf, PostingMatcher } from '../core/posting/coverage';
import { buildReadinessReport, ReadinessReport } from '../core/report/readiness';
import { relativeFileLink, renderReportHtml } from '../core/report/html';
import { CliIo, EXIT_USAGE, LintArgs } from './args';
import { lintDrafts } from './drafts';
import { projectsOf } from '../core/applicants';

/**
 * `ecq report`: the readiness report of a package, as self-contained HTML (to share with a
 * coach) or JSON. It is the report the editor shows ("ECQ: Show Readiness Report"). With
 * `--out` it writes a file, and never replaces one unless `--force` says so.
 */
export function report(args: LintArgs, io: CliIo): number {
  const linted = lintDrafts(args, io);
  const { set, links, exit } = linted;
  if (linted.drafts.length === 0) return exit === 0 ? EXIT_USAGE : exit;
  // One report per application: drafts under another config, or naming another applicant, are another's.
  const byConfig = new Map<string, typeof linted.drafts>();
  for (const d of linted.drafts) {
    const key = set.configFor(d.path).file ?? '';
    byConfig.set(key, [...(byConfig.get(key) ?? []), d]);
  }
  const projects = [...byConfig].flatMap(([configFile, drafts]) => projectsOf(drafts).map((p) => ({ ...p, configFile })));
  if (projects.length > 1) {
    const names = projects.map((p) => `${p.applicant ?? 'drafts naming no applicant'} (${p.drafts.map((d) => d.report.path).slice(0, 3).join(', ')}${p.drafts.length > 3 ? ', …' : ''})`);
    io.err(`ecq: these drafts are ${projects.length} applications, and a report is about one: ${names.join('; ')}. Run ecq report on one applicant's folder or files.\n`);
    return EXIT_USAGE;
  }
  const project = projects[0]!;
  const drafts = project.drafts;
  const first = drafts[0]!;
  const { config } = set.configFor(first.path);
  const postingFile = links.fileFor(first.path, set.configFor);
  const postingAnalysis = links.postingOf(postingFile);
  const linked = drafts.filter((d) => links.fileFor(d.path, set.configFor) === postingFile && d.document.kind !== 'posting');
  const shown = (file: string): string => path.relative(io.cwd, file) || file;
  const result: ReadinessReport = buildReadinessReport(
    drafts.map((d) => ({ path: d.report.path, document: d.document, findings: d.report.findings })),
    {
      config,
      today: args.today,
      project: { folder: path.basename(project.configFile ? path.dirname(project.configFile) : io.cwd), ...(project.applicant ? { applicant: project.applicant } : {}), others: 0 },
      ...(postingAnalysis && postingFile
        ? { posting: { path: shown(postingFile), analysis: postingAnalysis, coverage: coverageOf(new PostingMatcher(postingAnalysis), linked.map((d) => ({ path: d.report.path, document: d.document }))) } }
        : {}),
    },
  );
  const target = args.out ? path.resolve(io.cwd, args.out) : undefined;
  // Links from the page to each finding's file, relative to where the page is saved (or to
  // the current folder when it goes to standard output), so they work wherever the folder is.
  const pageFolder = target ? path.dirname(target) : io.cwd;
  const link = ({ path: file, line }: { path: string; line: number }): string => relativeFileLink(path.relative(pageFolder, path.resolve(io.cwd, file)), line);
  const text = args.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderReportHtml(result, { nonce: randomBytes(18).toString('base64'), link });
  if (!target) {
    io.out(text);
    return exit;
  }
  if (fs.existsSync(target) && !args.force) {
    io.err(`ecq: ${shown(target)} already exists; pass --force to replace it, or choose another --out file\n`);
    return EXIT_USAGE;
  }
  try {
    fs.writeFileSync(target, text, { flag: args.force ? 'w' : 'wx' });
  } catch (e) {
    io.err(`ecq: cannot write ${shown(target)}: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  io.err(`ecq: wrote the readiness report to ${shown(target)}\n`);
  return exit;
}

