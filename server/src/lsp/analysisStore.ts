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
import { analyzeFolderPackages, folderOf, PackageMember } from '../core/package';
import { listCandidateFiles, readDraft } from '../node/files';
import { URI } from './uri';
import { PostingAnalysis } from '../core/posting/posting';

/**
 * Analyses documents for the language server and remembers the last result per document
 * version, so that diagnostics, code actions, hovers, symbols and the status bar all read
 * one analysis. Each document keeps its own FactsCache: after an edit only the edited
 * paragraph is analysed again.
 */

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly result: AnalysisResult;
  /** The document's own findings plus those of its folder package, sorted. */
  readonly findings: readonly Finding[];
  readonly config: AnalyzerConfig;
  /** The linked posting the analysis compared the draft with. */
  readonly posting: PostingAnalysis | undefined;
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
  private readonly latest = new Map<string, Analysis>();
  private readonly disk = new Map<string, DiskEntry>();
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

  /** Is there an up-to-date analysis of this version? */
  has(uri: string, version: number, config: AnalyzerConfig, posting?: PostingAnalysis): boolean {
    const previous = this.latest.get(uri);
    return !!previous && previous.version === version && previous.config === config && previous.posting === posting;
  }

  /** The analysis of `text` at `version`, reusing the last one when nothing changed. */
  analyse(uri: string, version: number, text: string, config: AnalyzerConfig, openDocuments: ReadonlyMap<string, string>, posting?: PostingAnalysis): Analysis {
    return runToEnd(this.analyseInSteps(uri, version, text, config, openDocuments, posting));
  }

  /**
   * The same analysis in small steps (a block, a section, a rule), so that the server can
   * answer other requests in between on a large document. A run that is dropped part way
   * stores nothing, and the block facts it computed stay in the cache for the next run.
   */
  *analyseInSteps(uri: string, version: number, text: string, config: AnalyzerConfig, openDocuments: ReadonlyMap<string, string>, posting?: PostingAnalysis): Steps<Analysis> {
    const previous = this.latest.get(uri);
    if (previous && previous.version === version && previous.config === config && previous.posting === posting) return previous;
    const cache = this.cacheFor(uri);
    this.analyses++;
    const file = URI.toFsPath(uri);
    const document = yield* parseDocumentInSteps(text, { path: file ?? uri, ecqSet: config.ecqSet }, cache);
    const result: AnalysisResult = { document, findings: yield* runRulesInSteps(document, config, this.today(), posting) };
    const packageFindings = file ? this.folderPackageFindings(file, result, config, openDocuments) : [];
    const findings = packageFindings.length > 0 ? [...packageFindings, ...result.findings].sort((a, b) => a.span.start - b.span.start) : result.findings;
    const analysis: Analysis = { uri, version, result, findings, config, posting };
    this.latest.set(uri, analysis);
    return analysis;
  }

  /**
   * Adds findings that depend on other files (the linked posting's TQ coverage) to the
   * analysis of this version, so that code actions find every reported finding by index.
   */
  withPackageFindings(analysis: Analysis, extra: readonly Finding[]): Analysis {
    if (extra.length === 0) return analysis;
    const combined: Analysis = { ...analysis, findings: [...analysis.findings, ...extra].sort((a, b) => a.span.start - b.span.start) };
    if (this.latest.get(analysis.uri) === analysis) this.latest.set(analysis.uri, combined);
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
        const open = openDocuments.get(file);
        if (open !== undefined) {
          const current = this.latest.get(URI.fromFsPath(file));
          members.push(current && current.result.document.text === open ? { path: file, document: current.result.document } : this.parseSibling(file, open, config));
          continue;
        }
        const member = this.diskMember(file, config);
        if (member) members.push(member);
      }
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

  /** The last analysis of an open document, if it is of this version. */
  current(uri: string, version: number): Analysis | undefined {
    const a = this.latest.get(uri);
    return a && a.version === version ? a : undefined;
  }

  last(uri: string): Analysis | undefined {
    return this.latest.get(uri);
  }

  close(uri: string): void {
    this.caches.delete(uri);
    this.latest.delete(uri);
  }

  /** Forget every result, e.g. after a settings change. */
  invalidate(): void {
    this.latest.clear();
  }

  /**
   * A one-ECQ file is checked with the other one-ECQ files of its folder (ecq.missing and
   * the page budget of a folder package). Open documents are read from the editor, the
   * others from disk, parsed once per modification.
   */
  private folderPackageFindings(file: string, result: AnalysisResult, config: AnalyzerConfig, openDocuments: ReadonlyMap<string, string>): Finding[] {
    const doc = result.document;
    if (doc.kind !== 'ecq' || doc.sections.filter((s) => s.ecq).length !== 1) return [];
    const folder = folderOf(file);
    let siblings: string[];
    try {
      siblings = fs.readdirSync(folder).filter((n) => /\.ecq\.(?:md|markdown|txt|text)$/i.test(n)).map((n) => path.join(folder, n));
    } catch {
      return [];
    }
    if (siblings.length < 2) return [];
    const members: PackageMember[] = [];
    for (const sibling of siblings) {
      if (sibling === file) {
        members.push({ path: file, document: doc });
        continue;
      }
      const open = openDocuments.get(sibling);
      const member = open !== undefined ? this.parseSibling(sibling, open, config) : this.diskMember(sibling, config);
      if (member) members.push(member);
    }
    return analyzeFolderPackages(members, config).get(file) ?? [];
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
