import { LineIndex } from '../core/text/lineIndex';
import { DocumentKind } from '../core/parse/kind';
import { DetectedEcqSet } from '../core/parse/document';
import { Finding, Severity } from '../core/rules/types';

/** One linted file, with everything the formatters need. */
export interface FileReport {
  /** As shown to the user: relative to the working folder where possible. */
  readonly path: string;
  readonly kind: DocumentKind;
  readonly ecqSet: DetectedEcqSet;
  readonly text: string;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
  /** A resume's estimated length in pages, to two decimals. */
  readonly pages?: number;
}

/** 1-based line and column of a finding's start and end, columns in UTF-16 code units. */
export interface Place {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function placeOf(report: FileReport, finding: Finding): Place {
  const start = report.lines.positionAt(finding.span.start);
  const end = report.lines.positionAt(finding.span.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export function countBySeverity(reports: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) for (const f of r.findings) counts[f.severity]++;
  return counts;
}
