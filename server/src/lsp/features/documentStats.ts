import { DocumentStatsRequest, DocumentStatsResult } from '@ecq-writer/protocol';
import { documentStats } from '../../core/outline';
import { isCounted } from '../../core/rules/types';
import { ServerContext } from './context';
import { resubmitDeadline } from './remarks';

/** The status bar's figures for a draft: its characters, the resume page meter, its findings, the days left to resubmit. */
export function registerDocumentStats(ctx: ServerContext): void {
  ctx.connection.onRequest(DocumentStatsRequest, (params) =>
    ctx.guarded<DocumentStatsResult>('documentStats', { isDraft: false }, async () => {
      const document = ctx.documents.get(params.uri);
      if (!document) return { isDraft: false };
      const analysis = await ctx.shownAnalysisOf(document, 'documentStats');
      if (!analysis) return { isDraft: false };
      const stats = ctx.busy('documentStats', () => documentStats(analysis.result.document, analysis.config, analysis.posting));
      // Counted as the Problems panel counts them: hints are not listed there.
      const deadline = ctx.busy('documentStats', () => resubmitDeadline(ctx, analysis), 'remarks');
      return { isDraft: true, ...stats, findings: analysis.findings.filter(isCounted).length, errors: analysis.findings.filter((f) => f.severity === 'error').length, ...deadline };
    }),
  );
}
