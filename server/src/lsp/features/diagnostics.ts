import { CancellationToken, DocumentDiagnosticReportKind, FullDocumentDiagnosticReport } from 'vscode-languageserver';
import { Analysis } from '../analysisStore';
import { toDiagnostic } from '../convert';
import { ServerContext } from './context';

const EMPTY_REPORT: FullDocumentDiagnosticReport = Object.freeze({ kind: DocumentDiagnosticReportKind.Full, items: [] });

/**
 * An analysis as the client's diagnostics. Each carries the index of its finding, and the
 * version it was made for (-1 when shown for a newer text), so a code action can find it.
 */
function reportOf(analysis: Analysis, version: number, docsRoot: string): FullDocumentDiagnosticReport {
  const lines = analysis.result.document.lines;
  return { kind: DocumentDiagnosticReportKind.Full, items: analysis.findings.map((f, i) => toDiagnostic(lines, f, version === analysis.version ? analysis.version : -1, i, docsRoot)) };
}

/** Pull diagnostics: a document's own findings and its project's cross-file findings. */
export function registerDiagnostics(ctx: ServerContext): void {
  ctx.connection.languages.diagnostics.on(async (params, token: CancellationToken) => {
    // Let a burst of keystrokes settle; the client asks again after any change that
    // arrives while this request is open, so the newest text is always analysed last.
    await new Promise((resolve) => setTimeout(resolve, ctx.debounceMs));
    if (token.isCancellationRequested) return EMPTY_REPORT;
    return ctx.guarded('diagnostics', EMPTY_REPORT, async () => {
      const document = ctx.documents.get(params.textDocument.uri);
      if (!document) return EMPTY_REPORT;
      const resolved = await ctx.settings.get(document.uri);
      if (resolved.run === 'onSave') {
        const saved = ctx.savedVersions.get(document.uri);
        const last = ctx.store.lastShown(document.uri);
        // Lint on save: keep showing the last saved analysis while the writer types.
        if (saved === undefined && !last) ctx.savedVersions.set(document.uri, document.version);
        else if (saved !== document.version && last) return reportOf(last, document.version, ctx.docsRoot);
      }
      const shown = await ctx.shownAnalysisOf(document, 'diagnostics');
      if (!shown) return EMPTY_REPORT;
      return ctx.busy('diagnostics', () => reportOf(shown, shown.version, ctx.docsRoot), 'report');
    });
  });
}
