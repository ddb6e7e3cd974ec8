import { ALL_RULES } from '../core/rules/registry';
import { docsPath, Finding, isCounted, RuleMeta, Severity } from '../core/rules/types';
import { countBySeverity, FileReport, Place, placeOf } from './report';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `path:line:col severity message [rule]`, one line each, then a summary, like other linters. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const p = placeOf(r, f);
      lines.push(`${printablePath(r.path)}:${p.line}:${p.column} ${f.severity} ${f.message} [${f.ruleId}]`);
    }
    if (r.pages !== undefined) lines.push(`${printablePath(r.path)}: about ${r.pages.toFixed(2)} pages in the USAJOBS resume format`);
  }
  const counts = countBySeverity(reports);
  // Hints are counted apart, as the Problems panel leaves them out (isCounted).
  const total = counts.error + counts.warning + counts.info;
  const withFindings = reports.filter((r) => r.findings.some(isCounted)).length;
  const hints = counts.hint > 0 ? ` ${plural(counts.hint, 'hint')} besides.` : '';
  if (total === 0) {
    lines.push(`No problems found in ${plural(reports.length, 'file')}.${hints}`);
  } else {
    lines.push(`${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${plural(withFindings, 'file')} of ${reports.length} checked.${hints}`);
  }
  return lines.join('\n') + '\n';
}

/** A finding as `ecq lint --format json` writes it (and `ecq diff`, in the same shape). */
export function jsonFinding(p: Place, f: Finding): object {
  return {
    rule: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
    ...(f.fixes.length > 0 ? { fixes: f.fixes.map((x) => ({ title: x.title, preferred: x.preferred === true })) } : {}),
  };
}

/** The documented JSON shape, version 1. Fields may be added; none will be removed or renamed. */
export function formatJson(reports: readonly FileReport[]): string {
  return (
    JSON.stringify({
      version: 1,
      files: reports.map((r) => ({
        path: r.path,
        kind: r.kind,
        ecqSet: r.ecqSet,
        ...(r.pages !== undefined ? { pages: r.pages } : {}),
        findings: r.findings.map((f) => jsonFinding(placeOf(r, f), f)),
      })),
    }) + '\n'
  );
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function toUri(p: string): string {
  return p.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function sarifRule(rule: RuleMeta): object {
  return {
    id: rule.id,
    name: rule.title.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary} ${rule.why}` },
    help: { text: `${rule.howToFix} See ${docsPath(rule.id)}.`, markdown: `${rule.howToFix}\n\nSee \`${docsPath(rule.id)}\`.` },
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
    properties: { category: rule.category, tags: [rule.category] },
  };
}

/**
 * SARIF 2.1.0, validated in tests against the official schema and Microsoft's SARIF
 * validator. Columns count UTF-16 code units, as the JSON output does.
 */
export function formatSarif(reports: readonly FileReport[], toolVersion: string, workingDirectory: string): string {
  const ruleIndex = new Map(ALL_RULES.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => {
      const p = placeOf(r, f);
      const location = { physicalLocation: { artifactLocation: { uri: toUri(r.path), uriBaseId: '%SRCROOT%' }, region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } } };
      const preferred = f.fixes.find((x) => x.preferred);
      return {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId)!,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [location],
        ...(preferred
          ? {
              fixes: [
                {
                  description: { text: preferred.title },
                  artifactChanges: [
                    {
                      artifactLocation: location.physicalLocation.artifactLocation,
                      replacements: preferred.edits.map((e) => ({
                        deletedRegion: { charOffset: e.span.start, charLength: e.span.end - e.span.start },
                        insertedContent: { text: e.newText },
                      })),
                    },
                  ],
                },
              ],
            }
          : {}),
      };
    }),
  );
  const root = 'file://' + toUri(workingDirectory.replace(/\\/g, '/')).replace(/^(?!\/)/, '/').replace(/\/?$/, '/');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ecq', fullName: 'ECQ Writer', version: toolVersion, semanticVersion: toolVersion, rules: ALL_RULES.map(sarifRule) } },
        originalUriBaseIds: { '%SRCROOT%': { uri: root } },
        columnKind: 'utf16CodeUnits',
        artifacts: reports.map((r) => ({ location: { uri: toUri(r.path), uriBaseId: '%SRCROOT%' }, mimeType: r.path.match(/\.(txt|text)$/i) ? 'text/plain' : 'text/markdown' })),
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/**
 * A path as one line of `path:line:col` output: a newline or other control character in a
 * file name would split the line and mislead every tool that reads it, so each is written as
 * an escape (backslash-n, backslash-x1b), and in such a path a backslash is doubled.
 */
export function printablePath(path: string): string {
  if (!/[\u0000-\u001f\u007f]/.test(path)) return path;
  return path.replace(/[\u0000-\u001f\u007f\\]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
