import { AnalyzerConfig } from './config';
import { analyzeFolderPackages, PackageMember } from './package';
import { coverageOf, PostingCoverage, PostingMatcher } from './posting/coverage';
import { PostingAnalysis } from './posting/posting';
import { postingPackageFindings } from './rules/checks/posting';
import { Finding } from './rules/types';

/**
 * Findings that span files, for one project: the drafts that are checked together, their
 * config and the posting they link. The command line, the language server and the tests
 * all assemble cross-file findings here, so each finding is made in one place and the
 * counts agree.
 *
 * Cross-file findings are kept apart from a file's own findings and combined into a fresh
 * list each time (`withCrossFileFindings`), never appended to a list that may already hold
 * them: the editor pulls a document's diagnostics many times, and appending to a cached
 * result reported every posting finding once more per pull.
 */

export interface ProjectPosting {
  readonly analysis: PostingAnalysis;
  /** Keep one matcher per posting analysis: its per-paragraph cache makes coverage after an edit cheap. */
  readonly matcher: PostingMatcher;
}

export interface Project {
  /** The drafts checked together (no posting among them). */
  readonly members: readonly PackageMember[];
  readonly config: AnalyzerConfig;
  readonly posting?: ProjectPosting | undefined;
}

export interface CrossFileResult {
  /** Findings by member path; a path with none is absent. */
  readonly findings: ReadonlyMap<string, readonly Finding[]>;
  /** The posting's coverage by the members, when a posting is linked. */
  readonly coverage: PostingCoverage | undefined;
}

/** Folder packages (ecq.missing and the page budget across one-ECQ files) and the posting's uncovered TQs. */
export function crossFileFindings(project: Project): CrossFileResult {
  const findings = new Map<string, Finding[]>();
  const add = (extra: ReadonlyMap<string, readonly Finding[]>): void => {
    for (const [path, list] of extra) findings.set(path, [...(findings.get(path) ?? []), ...list]);
  };
  add(analyzeFolderPackages(project.members, project.config));
  let coverage: PostingCoverage | undefined;
  if (project.posting) {
    // An interview file rehearses answers to the panel; it is not part of the application, so it covers no TQ.
    const application = project.members.filter((m) => m.document.kind !== 'interview');
    coverage = coverageOf(project.posting.matcher, application);
    add(postingPackageFindings(project.posting.analysis, coverage, application, project.config));
  }
  return { findings, coverage };
}

/**
 * A file's own findings and its cross-file findings as one new list, in text order;
 * at the same offset the cross-file findings (which sit at the top of a draft) come first.
 * Neither input is changed, so calling it again with the same inputs gives the same list.
 */
export function withCrossFileFindings(own: readonly Finding[], crossFile: readonly Finding[]): readonly Finding[] {
  if (crossFile.length === 0) return own;
  return [...crossFile, ...own].sort((a, b) => a.span.start - b.span.start);
}

/**
 * Remembers the last cross-file result of a project and gives it back while the members
 * (by path and document object, so by version), the config and the posting are the same.
 * Typing in one draft changes its document, so only then is the project checked again.
 */
export class CrossFileMemo {
  private last: { project: Project; result: CrossFileResult } | undefined;

  get(project: Project): CrossFileResult {
    if (this.last && sameProject(this.last.project, project)) return this.last.result;
    const result = crossFileFindings(project);
    this.last = { project, result };
    return result;
  }
}

function sameProject(a: Project, b: Project): boolean {
  if (a.config !== b.config || a.posting?.analysis !== b.posting?.analysis || a.posting?.matcher !== b.posting?.matcher) return false;
  if (a.members.length !== b.members.length) return false;
  return a.members.every((m, i) => m.path === b.members[i]!.path && m.document === b.members[i]!.document);
}
