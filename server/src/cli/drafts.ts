import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core/analyze';
import { FactsCache } from '../core/analysis/facts';
import { DocumentModel } from '../core/parse/document';
import { PostingMatcher } from '../core/posting/coverage';
import { crossFileFindings, withCrossFileFindings } from '../core/project';
import { PostingAnalysis } from '../core/posting/posting';
import { readResume } from '../core/resume/resume';
import { isDraftFile, listCandidateFiles, readDraft } from '../node/files';
import { loadConfigFor, LoadedConfig } from '../node/projectConfig';
import { readPostingFile } from '../node/postingFile';
import { frontMatterPosting, interviewProjectFolder, isInterviewFile } from '../node/interviewPosting';
import { CliIo, EXIT_OK, EXIT_USAGE, LintArgs, UsageError } from './args';
import { FileReport } from './report';

/** Is this file a draft, when met inside a folder? Named files are always checked (node/files.ts). */
export const isDraft = isDraftFile;

export interface AnalysedDraft {
  /** Absolute. */
  readonly path: string;
  /** Replaced once, when the findings across the files of its project are added. */
  report: FileReport;
  readonly document: DocumentModel;
}

export interface DraftSet {
  readonly drafts: AnalysedDraft[];
  /** Files met in folders that are not drafts. */
  readonly skipped: number;
  readonly exit: number;
  readonly configFor: (file: string) => LoadedConfig;
}

/** What a command-line input is, or undefined (and a message naming it) when it does not exist. */
export function statInput(abs: string, input: string, io: CliIo): fs.Stats | undefined {
  try {
    return fs.statSync(abs);
  } catch {
    io.err(`ecq: ${input}: no such file or folder\n`);
    return undefined;
  }
}

/**
 * The config of each file (the one named by `--config`, else the nearest above it), loaded
 * once per folder, with its problems reported on stderr the first time.
 */
export function configLoader(args: Pick<LintArgs, 'config'>, io: CliIo): (file: string) => LoadedConfig {
  const configs = new Map<string, LoadedConfig>();
  return (file: string): LoadedConfig => {
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
}

/**
 * Reads and analyses the drafts named by `inputs` (files, or folders searched for drafts),
 * reporting every unreadable input on stderr. Used by lint and compare.
 */
export function analyseDrafts(args: LintArgs, io: CliIo, postingOf: (file: string, configFor: (file: string) => LoadedConfig, text: string) => PostingAnalysis | undefined = () => undefined, exclude: (file: string, configFor: (file: string) => LoadedConfig) => boolean = () => false): DraftSet {
  let exit = EXIT_OK;
  const configFor = configLoader(args, io);

  // A file named on the command line is read wherever it is; one found in a folder is
  // workspace content, read only when it resolves inside that folder.
  const files: { file: string; explicit: boolean; root?: string }[] = [];
  for (const input of args.inputs) {
    const abs = path.resolve(io.cwd, input);
    const stat = statInput(abs, input, io);
    if (!stat) {
      exit = EXIT_USAGE;
      continue;
    }
    if (stat.isDirectory()) {
      const found = listCandidateFiles(abs).filter((f) => !exclude(f, configFor));
      if (found.length === 0) {
        io.err(`ecq: ${input}: no drafts found (looked for .md and .txt files)\n`);
        exit = EXIT_USAGE;
      }
      files.push(...found.map((file) => ({ file, explicit: false, root: abs })));
    } else {
      files.push({ file: abs, explicit: true });
    }
  }

  const drafts: AnalysedDraft[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const { file, explicit, root } of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    const shown = path.relative(io.cwd, file) || file;
    const read = readDraft(file, root);
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
    const posting = postingOf(file, configFor, read.text);
    const result = analyze(read.text, { path: file, kind: args.kind, config, today: args.today, cache: new FactsCache(), ...(posting ? { posting } : {}) });
    const pages = result.document.kind === 'resume' ? readResume(result.document, config.page).estimate.pages : undefined;
    const report: FileReport = { path: shown, kind: result.document.kind, ecqSet: result.document.ecqSet, text: read.text, lines: result.document.lines, findings: result.findings, ...(pages !== undefined ? { pages } : {}) };
    drafts.push({ path: file, report, document: result.document });
  }
  if (files.length > 0 && drafts.length === 0 && exit === EXIT_OK) {
    io.err(`ecq: no drafts found among ${files.length} file${files.length === 1 ? '' : 's'} (a draft is named *.ecq.md, *.tq.md… or declares "kind:" in front matter)\n`);
    exit = EXIT_USAGE;
  }
  return { drafts, skipped, exit, configFor };
}


/**
 * The posting each draft is compared with: the one named on the command line, else the one
 * its project config links. Each posting is read once; one that cannot be read is reported
 * once on stderr, and its drafts are checked without it.
 */
export class PostingLinks {
  private readonly loaded = new Map<string, PostingAnalysis | undefined>();
  failed = false;

  constructor(
    private readonly args: LintArgs,
    private readonly io: CliIo,
  ) {}

  private readonly linkProblems = new Set<string>();

  /**
   * The posting file for a draft, if any: the command line's, else (for an interview file,
   * given its text) the one its front matter links, else its config's.
   */
  fileFor(draft: string, configFor: (file: string) => LoadedConfig, text?: string): string | undefined {
    if (this.args.posting) return path.resolve(this.io.cwd, this.args.posting);
    if (text !== undefined && isInterviewFile(draft, text)) {
      const linked = frontMatterPosting(draft, text, interviewProjectFolder(draft, configFor(draft).file ? configFor(draft).projectFolder : undefined, this.io.cwd));
      if (linked?.ok) return linked.file;
      if (linked && !this.linkProblems.has(draft)) {
        this.linkProblems.add(draft);
        this.io.err(`ecq: ${path.relative(this.io.cwd, draft) || draft}: ${linked.message}\n`);
        this.failed = true;
      }
    }
    return configFor(draft).postingFile;
  }

  postingOf(file: string | undefined): PostingAnalysis | undefined {
    if (!file) return undefined;
    if (this.loaded.has(file)) return this.loaded.get(file);
    const read = readPostingFile(file);
    if (!read.ok) {
      this.io.err(`ecq: ${path.relative(this.io.cwd, file) || file}: ${read.error}\n`);
      this.failed = true;
    }
    const posting = read.ok ? read.posting : undefined;
    this.loaded.set(file, posting);
    return posting;
  }

  /** Is `file` a linked posting (so not a draft to lint)? */
  isLinkedPosting(file: string, configFor: (file: string) => LoadedConfig): boolean {
    return this.fileFor(file, configFor) === file;
  }
}

/** The drafts named on the command line, analysed, with the findings across files added. */
export function lintDrafts(args: LintArgs, io: CliIo): { drafts: AnalysedDraft[]; set: DraftSet; links: PostingLinks; exit: number } {
  if (args.inputs.length === 0) throw new UsageError('name at least one file or folder to check');
  const links = new PostingLinks(args, io);
  const set = analyseDrafts(
    args,
    io,
    (file, configFor, text) => links.postingOf(links.fileFor(file, configFor, text)),
    (file, configFor) => links.isLinkedPosting(file, configFor),
  );
  let exit = set.exit;
  const drafts = set.drafts.filter((d) => !links.isLinkedPosting(d.path, set.configFor));

  // The drafts of one project (one config, one linked posting) are checked together:
  // folder packages of one-ECQ files, and the posting's TQs across the drafts that link it.
  const projects = new Map<string, AnalysedDraft[]>();
  for (const d of drafts) {
    if (d.document.kind === 'posting') continue;
    const key = `${set.configFor(d.path).file ?? ''}\0${links.fileFor(d.path, set.configFor) ?? ''}`;
    projects.set(key, [...(projects.get(key) ?? []), d]);
  }
  for (const group of projects.values()) {
    const first = group[0]!.path;
    const posting = links.postingOf(links.fileFor(first, set.configFor));
    const { findings } = crossFileFindings({
      members: group.map((d) => ({ path: d.path, document: d.document })),
      config: set.configFor(first).config,
      posting: posting ? { analysis: posting, matcher: new PostingMatcher(posting) } : undefined,
    });
    for (const d of group) {
      const more = findings.get(d.path);
      if (more) d.report = { ...d.report, findings: withCrossFileFindings(d.report.findings, more) };
    }
  }
  if (links.failed) exit = EXIT_USAGE;
  return { drafts, set, links, exit };
}
