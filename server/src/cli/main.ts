import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../core/rules/registry';
import { docsPath } from '../core/rules/types';
import { CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, LintArgs, parseArgs, UsageError } from './args';
import { lintDrafts } from './drafts';
import { report } from './reportCommand';
import { diffCommand } from './diffCommand';
import { retarget } from './retargetCommand';
import { formatJson, formatSarif, formatText } from './formatters';
import { compare, describePosting } from './postingCommands';
import { interviewCommand } from './interviewCommand';

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './args';
export type { CliIo } from './args';

const USAGE = `Usage:
  ecq lint [options] <files or folders>...    check drafts
  ecq compare [options] <posting> <drafts>... how well drafts cover a job posting
  ecq posting [--format text|json] <posting>   what ECQ Writer reads in a job posting
  ecq report [--format html|json] [--out FILE] <folder or files>...
                                               the readiness report of a package
  ecq interview [--posting FILE] [--format text|json] <files or folders>...
                                               each interview question: what it asks
                                               about, its parts, the answer's key words
                                               and spoken time
  ecq interview --practice [--posting FILE] [--count N] --out FILE [--force]
                                               write a practice interview of N questions
  ecq diff [--format text|json] OLD NEW        what changed between two versions:
                                               files, folders, or a git revision and
                                               a path (ecq diff HEAD~1 .)
  ecq diff REV1 REV2 PATH                      two git revisions of a path
  ecq diff ... --remarks FILE                  also each board or coach remark: open,
                                               addressed or to check by hand (default:
                                               a *.remarks.md in NEW's folder)
  ecq retarget NEW-POSTING DRAFTS --out FOLDER [--format text|json]
                                               copy a package into a new folder linked
                                               to a new posting (never overwrites), and
                                               show which stories and examples cover
                                               each of its TQs
  ecq rules                                    list the rules
  ecq --version | --help

Options:
  --format text|json|sarif   output format (default: text; sarif for lint only)
  --today YYYY-MM-DD         the date recency is judged against (default: today)
  --kind ecq|tq|resume|stories|posting|interview|remarks
                             treat every file as this kind (default: detect)
  --config FILE              the project config (default: nearest ecq.config.json)
  --posting FILE             lint, report, interview: compare with this job
                             posting (default: the config's "posting")
  --out FILE                 report, interview --practice: write to FILE
  --force                    report, interview --practice: replace FILE
  --                         the end of the options: what follows is files

Exit codes: 0 no errors, 1 findings at error severity (lint; diff: in the new
version), 2 bad usage or unreadable input.
`;

function version(): string {
  // The CLI runs from dist/ (bundled) or out/server/src/cli (tests): look upward for package.json.
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'ecq-writer' && pkg.version) return pkg.version;
      } catch {
        // fall through to the parent folder
      }
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
}

function lint(args: LintArgs, io: CliIo): number {
  const linted = lintDrafts(args, io);
  const { drafts, set } = linted;
  let exit = linted.exit;
  const reports = drafts.map((d) => d.report);

  switch (args.format) {
    case 'text':
      io.out(formatText(reports));
      if (set.skipped > 0) io.err(`ecq: skipped ${set.skipped} file${set.skipped === 1 ? ' that is not a draft' : 's that are not drafts'} (name drafts *.ecq.md, *.tq.md… or declare "kind:" in front matter)\n`);
      break;
    case 'json':
      io.out(formatJson(reports));
      break;
    case 'sarif':
      io.out(formatSarif(reports, version(), io.cwd));
      break;
  }
  if (exit === EXIT_OK && reports.some((r) => r.findings.some((f) => f.severity === 'error'))) exit = EXIT_FINDINGS;
  return exit;
}

function listRules(io: CliIo): number {
  const width = Math.max(...ALL_RULES.map((r) => r.id.length));
  for (const r of ALL_RULES) {
    io.out(`${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.title}\n${' '.repeat(width + 11)}${docsPath(r.id)}\n`);
  }
  return EXIT_OK;
}

export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return lint(parseArgs(rest, io), io);
      case 'compare':
        return compare(parseArgs(rest, io, ['text', 'json']), io);
      case 'posting':
        return describePosting(parseArgs(rest, io, ['text', 'json']), io);
      case 'report':
        return report(parseArgs(rest, io, ['html', 'json'], 'html'), io);
      case 'interview':
        return interviewCommand(rest, io);
      case 'diff':
        return diffCommand(rest, io);
      case 'retarget':
        return retarget(rest, io);
      case 'rules':
        return listRules(io);
      case '--version':
      case '-v':
        io.out(`${version()}\n`);
        return EXIT_OK;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`ecq: ${e.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
