import { AnalyzerConfig, severityOf } from './config';
import { DocumentModel } from './parse/document';
import { buildSuppressions, isSuppressed } from './parse/suppressions';
import { documentCharacters, isSingleFilePackage, missingEcqMessage, missingEcqs, packageTop, pagesMessage } from './rules/checks/package';
import { getRule } from './rules/registry';
import { Finding, RuleId } from './rules/types';
import { EcqSetId } from './domain/ecqSets';

/**
 * Folder packages: a folder of one-ECQ files is one package (ses-domain.md §2.2, the
 * traditional ≤10-page package). ecq.missing and the package page budget of
 * length.over-limit are checked across the folder's files; findings go at the top of the
 * first file in path order. Files with two or more ECQs are packages of their own and are
 * checked by the document rules instead.
 */

export interface PackageMember {
  readonly path: string;
  readonly document: DocumentModel;
}

export function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '' : path.slice(0, i);
}

/** Is this draft part of its folder's package: an ECQ file that is not a package of its own? */
export function isFolderPackageMember(document: DocumentModel): boolean {
  return document.kind === 'ecq' && !isSingleFilePackage(document) && document.sections.some((s) => s.ecq);
}

/** Extra findings for folder packages, by path. */
export function analyzeFolderPackages(members: readonly PackageMember[], config: AnalyzerConfig): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const byFolder = new Map<string, PackageMember[]>();
  for (const m of members) {
    if (!isFolderPackageMember(m.document)) continue;
    const folder = folderOf(m.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), m]);
  }
  for (const files of byFolder.values()) {
    if (files.length < 2) continue;
    files.sort((a, b) => a.path.localeCompare(b.path));
    const first = files[0]!;
    const findings: Finding[] = [];
    const report = (ruleId: RuleId, message: string, data: Finding['data']): void => {
      const severity = severityOf(config, ruleId, getRule(ruleId).defaultSeverity);
      if (severity === 'off') return;
      findings.push({ ruleId, severity, message, span: packageTop(first.document), fixes: [], ...(data ? { data } : {}) });
    };
    const set = packageSet(files, config);
    if (set) {
      const present = new Set(files.flatMap((f) => f.document.sections.map((s) => s.ecq?.id)).filter((id): id is string => !!id));
      for (const ecq of missingEcqs(set, present)) report('ecq.missing', missingEcqMessage(ecq), { ecq: ecq.id });
    }
    const characters = files.reduce((sum, f) => sum + documentCharacters(f.document), 0);
    const { charactersPerPage, packagePages } = config.limits;
    if (characters > charactersPerPage * packagePages) {
      report('length.over-limit', pagesMessage(characters, charactersPerPage, packagePages), { characters });
    }
    const suppressions = buildSuppressions(first.document.directives, first.document.blocks, first.document.lines, first.document.text);
    const kept = findings.filter((f) => !isSuppressed(suppressions, f.ruleId, first.document.lines.positionAt(f.span.start).line));
    if (kept.length > 0) out.set(first.path, kept);
  }
  return out;
}

function packageSet(files: readonly PackageMember[], config: AnalyzerConfig): EcqSetId | undefined {
  if (config.ecqSet !== 'auto') return config.ecqSet;
  // Each file's set comes from its heading; a "Leading People" file alone says nothing.
  const votes2025 = files.filter((f) => f.document.ecqSet === '2025').length;
  const votesLegacy = files.filter((f) => f.document.ecqSet === 'legacy').length;
  if (votes2025 === votesLegacy) return undefined;
  return votes2025 > votesLegacy ? '2025' : 'legacy';
}
