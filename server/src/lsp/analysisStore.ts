import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, AnalysisResult, runRulesInSteps } from '../core/analyze';
import { parseDocumentInSteps } from '../core/parse/document';
import { runToEnd, Steps } from '../core/steps';
import { FactsCache } from '../core/analysis/facts';
import { AnalyzerConfig } from '../core/config';
import { CalendarDate } from '../core/rules/context';
import { Finding } from '../core/rules/types';
import { isDocumentKind, kindFromContent, kindFromFileName } from '../core/parse/kind';
import { readFrontMatter } from '../core/parse/frontMatter';
import { PackageMember } from '../core/package';
import { CrossFileMemo, CrossFileResult, Project, withCrossFileFindings } from '../core/project';
import { isDraftCandidatePath } from '../core/parse/kind';
import { listCandidateFiles, readDraft } from '../node/files';
import { URI } from './uri';
import { PostingAnalysis } from '../core/posting/posting';

/**
 * Analyses documents for the language server and remembers the last result per document
 * version, so that diagnostics, code actions, hovers, symbols and the status bar all read
 * one analysis. Each document keeps its own FactsCache: after an edit only the edited
 * paragraph is analysed again.
 */

/** One document's own analysis: what its text says, without the other files of its project. */
export interface FileAnalysis {
  readonly uri: string;
  readonly version: number;
  readonly result: AnalysisResult;
  readonly config: AnalyzerConfig;
  /** The linked posting the analysis compared the draft with. */
  readonly posting: PostingAnalysis | undefined;
}

/**
 * A document's analysis as the editor shows it: its own findings and those across the
 * files of its project (folder packages, the posting's TQs), combined into a new list by
 * `AnalysisStore.withCrossFile`. Code actions find each reported finding here by index.
 */
export interface Analysis extends FileAnalysis {
  /** The document's own findings and its cross-file findings, sorted. */
  readonly findings: readonly Finding[];
  /** The cross-file part of `findings`. */
  readonly crossFile: readonly Finding[];
}

/**
 * Is this text a draft the server should check? Unlike the command line, where a named
 * file is always checked, the editor sees every Markdown and text file, so a file must say
 * it is a draft: by its name, its front matter or its content.
 */
export function isDraft(uri: string, text: string): boolean {
  if (kindFromFileName(uri)) return true;
  const declared = readFrontMatter(text)?.values['kind']?.toLowerCase();
  if (declared && isDocumentKind(declared)) return true;
  return kindFromContent(text) !== undefined;
}

/** A workspace file that is a draft by its name, front matter or content. */
function isDraftDocument(m: PackageMember): boolean {
  return m.document.kindSource !== 'default';
}

interface DiskEntry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly member: PackageMember | undefined;
}

export class AnalysisStore {
  private readonly caches = new Map<string, FactsCache>();
  /** Each open document's own analysis, never combined with other files' findings. */
  private readonly latest = new Map<string, FileAnalysis>();
  /** The combined analysis last made for each document, which its diagnostics were made from. */
  private readonly shown = new Map<string, Analysis>();
  /** Cross-file findings per project root, memoised by the members' versions. */
  private readonly projects = new Map<string, CrossFileMemo>();
  private readonly disk = new Map<string, DiskEntry>();
  /** Open drafts parsed as members of another document's project, by file and text. */
  private readonly openSiblings = new Map<string, { text: string; config: AnalyzerConfig; member: PackageMember }>();
  analyses = 0;

  constructor(private readonly today: () => CalendarDate) {}

  cacheFor(uri: string): FactsCache {
    let cache = this.caches.get(uri);
    if (!cache) {
      cache = new FactsCache();
      this.caches.set(uri, cache);
    }
    return cache;
  }

  /** The analysis of `text` at `version`, reusing the last one when nothing changed. */
  analyse(uri: string, version: number, text: string, config: AnalyzerConfig, posting?: PostingAnalysis): FileAnalysis {
    return runToEnd(this.analyseInSteps(uri, version, text, config, posting));
  }

  /**
   * The same analysis in small steps (a block, a section, a rule), so that the server can
   * answer other requests in between on a large document. A run that is dropped part way
   * stores nothing, and the block facts it computed stay in the cache for the next run.
   */
  *analyseInSteps(uri: string, version: number, text: string, config: AnalyzerConfig, posting?: PostingAnalysis): Steps<FileAnalysis> {
    const previous = this.latest.get(uri);
    if (previous && previous.version === version && previous.config === config && previous.posting === posting) return previous;
    const cache = this.cacheFor(uri);
    this.analyses++;
    const file = URI.toFsPath(uri);
    const document = yield* parseDocumentInSteps(text, { path: file ?? uri, ecqSet: config.ecqSet }, cache);
    const result: AnalysisResult = { document, findings: yield* runRulesInSteps(document, config, this.today(), posting) };
    const analysis: FileAnalysis = { uri, version, result, config, posting };
    this.latest.set(uri, analysis);
    return analysis;
  }

  /**
   * The cross-file findings of a project (see core/project.ts), computed once per set of
   * member versions: pulling one document's diagnostics again, or another's, reuses them.
   */
  crossFile(root: string, project: Project): CrossFileResult {
    let memo = this.projects.get(root);
    if (!memo) {
      memo = new CrossFileMemo();
      this.projects.set(root, memo);
    }
    return memo.get(project);
  }

  /**
   * The document's own analysis with its cross-file findings, as a new value: the file
   * analysis is never changed, so asking again with the same findings gives the same list.
   * It is remembered as what the editor was shown, for code actions.
   */
  withCrossFile(analysis: FileAnalysis, crossFile: readonly Finding[]): Analysis {
    const previous = this.shown.get(analysis.uri);
    if (previous && sameFileAnalysis(previous, analysis) && sameFindings(previous.crossFile, crossFile)) return previous;
    const combined: Analysis = { ...analysis, crossFile, findings: withCrossFileFindings(analysis.result.findings, crossFile) };
    if (this.latest.get(analysis.uri) === analysis) this.shown.set(analysis.uri, combined);
    return combined;
  }

  /**
   * The document of every draft in the workspace, for checks across files: an open draft
   * from its current analysis (or its text), a closed one from disk, parsed once per
   * modification. The folder listing is kept for a few seconds, and dropped when the
   * client reports a file created or deleted.
   */
  workspaceMembers(roots: readonly string[], openDocuments: ReadonlyMap<string, string>, config: AnalyzerConfig): PackageMember[] {
    const members: PackageMember[] = [];
    const seen = new Set<string>();
    for (const root of roots) {
      for (const file of this.listing(root)) {
        if (seen.has(file)) continue;
        seen.add(file);
        const member = this.memberOf(file, openDocuments, config);
        if (member) members.push(member);
      }
    }
    return members.filter((m) => m.document.kind !== 'posting' && isDraftDocument(m));
  }

  /** A file as a project member: an open draft from its current analysis (or its text), a closed one from disk. */
  private memberOf(file: string, openDocuments: ReadonlyMap<string, string>, config: AnalyzerConfig): PackageMember | undefined {
    const open = openDocuments.get(file);
    if (open === undefined) return this.diskMember(file, config);
    const current = this.latest.get(URI.fromFsPath(file));
    return current && current.result.document.text === open ? { path: file, document: current.result.document } : this.openSibling(file, open, config);
  }

  /**
   * The drafts of one folder, not its subfolders: the project of a file outside every
   * workspace folder and project config, so that a folder of one-ECQ files opened loose is
   * still checked as a package.
   */
  folderMembers(folder: string, openDocuments: ReadonlyMap<string, string>, config: AnalyzerConfig): PackageMember[] {
    let files: string[];
    try {
      files = fs
        .readdirSync(folder, { withFileTypes: true })
        .filter((e) => e.isFile() && isDraftCandidatePath(e.name))
        .map((e) => path.join(folder, e.name))
        .sort();
    } catch {
      return [];
    }
    const members: PackageMember[] = [];
    for (const file of files) {
      const member = this.memberOf(file, openDocuments, config);
      if (member) members.push(member);
    }
    return members.filter((m) => m.document.kind !== 'posting' && isDraftDocument(m));
  }

  private readonly listings = new Map<string, { files: string[]; at: number }>();

  private listing(root: string): string[] {
    const known = this.listings.get(root);
    if (known && Date.now() - known.at < 5000) return known.files;
    const files = listCandidateFiles(root);
    this.listings.set(root, { files, at: Date.now() });
    return files;
  }

  /** Files were created or deleted: list the folders again. */
  forgetListings(): void {
    this.listings.clear();
  }

  /**
   * The analysis the editor was last shown for this version of a document, whose finding
   * indices its diagnostics carry; else the document's own analysis of this version.
   */
  current(uri: string, version: number): Analysis | undefined {
    const own = this.latest.get(uri);
    if (!own || own.version !== version) return undefined;
    const shown = this.shown.get(uri);
    return shown && sameFileAnalysis(shown, own) ? shown : this.withCrossFile(own, []);
  }

  /** The last analysis shown for a document, for lint on save between saves. */
  lastShown(uri: string): Analysis | undefined {
    return this.shown.get(uri);
  }

  last(uri: string): FileAnalysis | undefined {
    return this.latest.get(uri);
  }

  close(uri: string): void {
    this.caches.delete(uri);
    this.latest.delete(uri);
    this.shown.delete(uri);
    this.openSiblings.delete(URI.toFsPath(uri) ?? uri);
  }

  /** Forget every result, e.g. after a settings change. */
  invalidate(): void {
    this.latest.clear();
    this.shown.clear();
    this.projects.clear();
    this.openSiblings.clear();
  }

  /** An open draft that has no analysis of its current text yet, parsed once per text. */
  private openSibling(file: string, text: string, config: AnalyzerConfig): PackageMember {
    const known = this.openSiblings.get(file);
    if (known && known.text === text && known.config === config) return known.member;
    const member = this.parseSibling(file, text, config);
    this.openSiblings.set(file, { text, config, member });
    return member;
  }

  private parseSibling(file: string, text: string, config: AnalyzerConfig): PackageMember {
    return { path: file, document: analyze(text, { path: file, config, today: this.today() }).document };
  }

  private diskMember(file: string, config: AnalyzerConfig): PackageMember | undefined {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return undefined;
    }
    const known = this.disk.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.member;
    const read = readDraft(file);
    const member = read.ok ? this.parseSibling(file, read.text, config) : undefined;
    this.disk.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, member });
    return member;
  }

  /** Every draft under the workspace folders, as text: open documents from the editor, the rest from disk. */
  static workspaceDrafts(roots: readonly string[], openDocuments: ReadonlyMap<string, string>): { file: string; text: string }[] {
    const out: { file: string; text: string }[] = [];
    const seen = new Set<string>();
    for (const root of roots) {
      for (const file of listCandidateFiles(root)) {
        if (seen.has(file)) continue;
        seen.add(file);
        const open = openDocuments.get(file);
        const text = open ?? (() => {
          const read = readDraft(file, root);
          return read.ok ? read.text : undefined;
        })();
        if (text !== undefined && isDraft(file, text)) out.push({ file, text });
      }
    }
    return out;
  }
}

function sameFileAnalysis(a: FileAnalysis, b: FileAnalysis): boolean {
  return a.uri === b.uri && a.version === b.version && a.result === b.result && a.config === b.config && a.posting === b.posting;
}

/** The same findings, in the same order, by identity: a memoised cross-file result gives the same objects. */
function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}
