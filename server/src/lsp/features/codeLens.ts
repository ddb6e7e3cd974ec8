import { CodeLens } from 'vscode-languageserver';
import { ServerContext } from './context';
import { interviewLenses } from './interview';
import { postingLenses } from './postingCoverage';
import { remarksLenses } from './remarks';

/**
 * Code lenses: a connection takes one handler, so this one asks each feature for its own:
 * the linked posting's coverage lenses (postingCoverage.ts), an interview file's lens
 * above each question (interview.ts), and board or coach remarks (remarks.ts): beside each
 * remark in a remarks file, and above each section of a draft that one speaks to.
 */
export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens((params) =>
    ctx.guarded<CodeLens[]>('codeLens', [], async () => {
      const uri = params.textDocument.uri;
      const document = ctx.documents.get(uri);
      // The analysis the diagnostics made of this version: no new work for a draft already shown.
      const analysis = document ? await ctx.analysisOf(document, 'codeLens') : undefined;
      const interview = analysis ? ctx.busy('codeLens', () => interviewLenses(analysis)) : [];
      const remarks = analysis ? await remarksLenses(ctx, analysis) : [];
      return [...(await postingLenses(ctx, uri)), ...interview, ...remarks];
    }),
  );
}
