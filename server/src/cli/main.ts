import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, calendarDate, parseCalendarDate } from '../core/analyze';
import { FactsCache } from '../core/analysis/facts';
import { DOCUMENT_KINDS, DocumentKind, isDocumentKind, kindFromContent, kindFromFileName } from '../core/parse/kind';
import { readFrontMatter } from '../core/parse/frontMatter';
import { analyzeFolderPackages } from '../core/package';
import { ALL_RULES } from '../core/rules/registry';
import { CalendarDate } from '../core/rules/context';
import { docsPath } from '../core/rules/types';
import { listCandidateFiles, readDraft } from '../node/files';
import { loadConfigFor, LoadedConfig } from '../node/projectConfig';
import { formatJson, formatSarif, formatText, OUTPUT_FORMATS, OutputFormat } from './formatters';
import { FileReport } from './report';

/** Exit codes, as documented in the README. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  readonly now: () => Date;
}

const USAGE = `Usage:
  ecq lint [options] <files or folders>...   check drafts
  ecq rules                                   list the rules
  ecq --version | --help

Options for lint:
  --format text|json|sarif   output format (default: text)
  --today YYYY-MM-DD         the date recency is judged against (default: today)
  --kind ecq|tq|resume|stories|posting
                             treat every file as this kind (default: detect)
  --config FILE              the project config (default: nearest ecq.config.json)

Exit codes: 0 no errors, 1 findings at error severity, 2 bad usage or unreadable input.
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

interface LintArgs {
  format: OutputFormat;
  today: CalendarDate;
  kind: DocumentKind | undefined;
  config: string | undefined;
  inputs: string[];
}

class UsageError extends Error {}

function parseLintArgs(args: readonly string[], io: CliIo): LintArgs {
  const parsed: LintArgs = { format: 'text', today: calendarDate(io.now()), kind: undefined, config: undefined, inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case '--format': {
        const v = value();
        if (!(OUTPUT_FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${v}"`);
        parsed.format = v as OutputFormat;
        break;
      }
      case '--today': {
        const v = value();
        const date = parseCalendarDate(v);
        if (!date) throw new UsageError(`--today must be a real date as YYYY-MM-DD, not "${v}"`);
        parsed.today = date;
        break;
      }
      case '--kind': {
        const v = value();
        if (!isDocumentKind(v)) throw new UsageError(`--kind must be one of ${DOCUMENT_KINDS.join(', ')}, not "${v}"`);
        parsed.kind = v;
        break;
      }
      case '--config':
        parsed.config = value();
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        parsed.inputs.push(arg);
    }
  }
  if (parsed.inputs.length === 0) throw new UsageError('name at least one file or folder to check');
  return parsed;
}

/** Is this file a draft, when met inside a folder? Named files are always checked. */
function isDraft(file: string, text: string): boolean {
  if (kindFromFileName(file)) return true;
  const declared = readFrontMatter(text)?.values['kind'];
  if (declared && isDocumentKind(declared.toLowerCase())) return true;
  return kindFromContent(text) !== undefined;
}

function lint(args: LintArgs, io: CliIo): number {
  let exit = EXIT_OK;
  const files: { file: string; explicit: boolean }[] = [];
  for (const input of args.inputs) {
    const abs = path.resolve(io.cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      io.err(`ecq: ${input}: no such file or folder\n`);
      exit = EXIT_USAGE;
      continue;
    }
    if (stat.isDirectory()) {
      const found = listCandidateFiles(abs);
      if (found.length === 0) {
        io.err(`ecq: ${input}: no drafts found (looked for .md and .txt files)\n`);
        exit = EXIT_USAGE;
      }
      files.push(...found.map((file) => ({ file, explicit: false })));
    } else {
      files.push({ file: abs, explicit: true });
    }
  }

  const configs = new Map<string, LoadedConfig>();
  const configFor = (file: string): LoadedConfig => {
    const key = args.config ? '' : path.dirname(file);
    let loaded = configs.get(key);
    if (!loaded) {
      loaded = loadConfigFor(file, args.config ? path.resolve(io.cwd, args.config) : undefined);
      configs.set(key, loaded);
      for (const m of loaded.messages) {
        io.err(`ecq: ${path.relative(io.cwd, m.file) || m.file}${m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : ''}: ${m.message}\n`);
      }
    }
    return loaded;
  };

  const reports: FileReport[] = [];
  const documents: { path: string; report: FileReport; document: ReturnType<typeof analyze>['document'] }[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const { file, explicit } of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    const shown = path.relative(io.cwd, file) || file;
    const read = readDraft(file);
    if (!read.ok) {
      io.err(`ecq: ${shown}: ${read.error}\n`);
      exit = EXIT_USAGE;
      continue;
    }
    if (!explicit && !args.kind && !isDraft(file, read.text)) {
      skipped++;
      continue;
    }
    if (read.text.trim() === '') io.err(`ecq: ${shown}: the file is empty; nothing to check\n`);
    const { config } = configFor(file);
    const result = analyze(read.text, { path: file, kind: args.kind, config, today: args.today, cache: new FactsCache() });
    const report: FileReport = { path: shown, kind: result.document.kind, ecqSet: result.document.ecqSet, text: read.text, lines: result.document.lines, findings: result.findings };
    reports.push(report);
    documents.push({ path: file, report, document: result.document });
  }
  if (files.length > 0 && reports.length === 0 && exit === EXIT_OK) {
    io.err(`ecq: no drafts found among ${files.length} file${files.length === 1 ? '' : 's'} (a draft is named *.ecq.md, *.tq.md… or declares "kind:" in front matter)\n`);
    exit = EXIT_USAGE;
  }

  // Folder packages: one-ECQ files in the same folder are checked together.
  if (documents.length > 1) {
    const extra = analyzeFolderPackages(documents.map((d) => ({ path: d.path, document: d.document })), configFor(documents[0]!.path).config);
    for (const d of documents) {
      const more = extra.get(d.path);
      if (!more) continue;
      const i = reports.indexOf(d.report);
      reports[i] = { ...d.report, findings: [...more, ...d.report.findings] };
    }
  }

  switch (args.format) {
    case 'text':
      io.out(formatText(reports));
      if (skipped > 0) io.err(`ecq: skipped ${skipped} file${skipped === 1 ? ' that is not a draft' : 's that are not drafts'} (name drafts *.ecq.md, *.tq.md… or declare "kind:" in front matter)\n`);
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
        return lint(parseLintArgs(rest, io), io);
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
