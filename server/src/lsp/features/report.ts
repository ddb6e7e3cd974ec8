import * as path from 'node:path';
import { ReadinessReportHtmlRequest, ReadinessReportHtmlResult, ReadinessReportRequest, ReadinessReportResult } from '@ecq-writer/protocol';
import { projectsOf } from '../../core/applicants';
import { coverageOf } from '../../core/posting/coverage';
import { relativeFileLink, renderMessageHtml, renderReportHtml } from '../../core/report/html';
import { buildReadinessReportInSteps, ReportFile } from '../../core/report/readiness';
import { AnalysisStore } from '../analysisStore';
import { URI } from '../uri';
import { ServerContext } from './context';

/**
 * The readiness report of the active draft's application (core/report/readiness.ts), as
 * data and as the page the client shows or saves.
 */
export function registerReportRequests(ctx: ServerContext): void {
  /** The readiness report of the project of `uri` (the first workspace folder when absent). */
  async function readinessReport(uri: string | undefined): Promise<ReadinessReportResult> {
    const anchor = ctx.requestAnchor(uri);
    if (!anchor) return { error: 'Open a folder with drafts to see its readiness report.' };
    const resolved = await ctx.settings.get(anchor);
    const root = ctx.projectRootOf(anchor, resolved.configFile);
    if (!root) return { error: 'This draft is outside the workspace folders; open its folder to see the readiness report.' };
    const linked = ctx.linkedPosting(resolved);
    const all: ReportFile[] = [];
    for (const { file, text } of AnalysisStore.workspaceDrafts([root], ctx.openFiles())) {
      if (linked && file === linked.file) continue;
      const own = await ctx.settings.get(URI.fromFsPath(file));
      // A subfolder with its own config is another applicant's project.
      if (own.configFile !== resolved.configFile) continue;
      const result = await ctx.analyseWorkspaceFile('readinessReport', file, text, own.config);
      if (result.document.kind === 'posting') continue;
      all.push({ path: path.relative(root, file), document: result.document, findings: await ctx.shownFindingsOf(file, result) });
    }
    if (all.length === 0) return { error: `No drafts in ${path.basename(root)}: name them *.ecq.md, *.tq.md, *.resume.md or *.stories.md.` };
    // Drafts side by side that name different applicants are different projects: report the active draft's.
    const anchorFile = URI.toFsPath(anchor);
    const anchorPath = anchorFile ? path.relative(root, anchorFile) : undefined;
    const projects = projectsOf(all);
    const project = projects.find((p) => p.drafts.some((d) => d.path === anchorPath)) ?? projects[0]!;
    const files = [...project.drafts];
    const coverage = linked ? ctx.busy('readinessReport', () => coverageOf(linked.matcher, files), 'posting coverage') : undefined;
    // Sliced: a workspace with a long narrative has hundreds of pieces of evidence.
    const built = await ctx.runSliced(
      'readinessReport',
      buildReadinessReportInSteps(files, {
        config: resolved.config,
        today: ctx.today(),
        project: { folder: path.basename(root), ...(project.applicant ? { applicant: project.applicant } : {}), others: projects.length - 1 },
        ...(linked && coverage ? { posting: { path: path.relative(root, linked.file), analysis: linked.posting, coverage } } : {}),
      }),
    );
    return { report: built.value, root: URI.fromFsPath(root) };
  }

  ctx.connection.onRequest(ReadinessReportRequest, (params) =>
    ctx.guarded<ReadinessReportResult>('readinessReport', { error: 'The report could not be made; see the ECQ Writer output.' }, () => readinessReport(params.uri)),
  );

  // The report as the page the client shows or saves: the engine renders it here, so the
  // client needs nothing of the engine; links go where the client says.
  ctx.connection.onRequest(ReadinessReportHtmlRequest, (params) =>
    ctx.guarded<ReadinessReportHtmlResult>('readinessReportHtml', { html: renderMessageHtml('The report could not be made; see the ECQ Writer output.', { nonce: params.nonce }) }, async () => {
      const result = await readinessReport(params.uri);
      if (!result.report || !result.root) return { ...result, html: renderMessageHtml(result.error ?? 'No report.', { nonce: params.nonce }) };
      const root = URI.toFsPath(result.root) ?? '';
      const links = params.links;
      const link =
        links.kind === 'command'
          ? ({ path: file, line, column }: { path: string; line: number; column: number }): string =>
              `command:${links.command}?${encodeURIComponent(JSON.stringify([URI.fromFsPath(path.join(root, file)), line - 1, column - 1]))}`
          : ({ path: file, line }: { path: string; line: number }): string => relativeFileLink(path.relative(links.folder, path.join(root, file)), line);
      return { ...result, html: renderReportHtml(result.report, { nonce: params.nonce, link }) };
    }),
  );
}
