import { Diagnostic, DiagnosticSeverity, DiagnosticTag, Range } from 'vscode-languageserver';
import { RuleId } from '../core/rules/types';
import { LineIndex } from '../core/text/lineIndex';
import { Span } from '../core/text/span';
import { Finding, Severity, docsPath } from '../core/rules/types';

/** The only place spans become LSP ranges. */
export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * What a code action needs, carried on the diagnostic: the document version the finding was
 * computed for and its index in that analysis. The server keeps the analysis of the current
 * version, so quick fixes look their edits up instead of shipping them with every diagnostic
 * (a large draft has thousands), and a diagnostic from an older version gets no fix.
 */
export interface DiagnosticData {
  readonly version: number;
  readonly index: number;
}

export const SOURCE = 'ECQ Writer';

/** Rules whose words can simply go: the editor fades them, as it fades unused code. */
const UNNECESSARY_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['plain.filler']);

export function toDiagnostic(lines: LineIndex, finding: Finding, version: number, index: number, docsRoot: string): Diagnostic {
  const data: DiagnosticData = { version, index };
  return {
    range: toRange(lines, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: `${docsRoot}/${docsPath(finding.ruleId)}` },
    source: SOURCE,
    message: finding.message,
    ...(UNNECESSARY_RULES.has(finding.ruleId) ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    data,
  };
}
