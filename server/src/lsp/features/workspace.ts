import * as path from 'node:path';
import { LintWorkspaceRequest, NewPackageFilesRequest, NewPackageFilesResult, OverviewFile, PackageOverviewRequest } from '@ecq-writer/protocol';
import { outline } from '../../core/outline';
import { isCounted } from '../../core/rules/types';
import { packageFiles } from '../../core/skeletons';
import { LineIndex } from '../../core/text/lineIndex';
import { AnalysisStore } from '../analysisStore';
import { toDiagnostic } from '../convert';
import { URI } from '../uri';
import { ServerContext } from './context';

/**
 * The requests about the whole workspace: the Package Overview, Lint Workspace and the
 * files of a new package. Counts follow the Problems panel (isCounted), cross-file
 * findings included.
 */
export function registerWorkspaceRequests(ctx: ServerContext): void {
  ctx.connection.onRequest(PackageOverviewRequest, () =>
    ctx.guarded('packageOverview', { files: [] }, async () => {
      const files: OverviewFile[] = [];
      for (const { file, text } of AnalysisStore.workspaceDrafts(ctx.workspaceRoots(), ctx.openFiles())) {
        const uri = URI.fromFsPath(file);
        const { config } = await ctx.settings.get(uri);
        // Sliced, a file at a time: typing in an open draft is never kept waiting.
        const result = await ctx.analyseWorkspaceFile('packageOverview', file, text, config);
        const findings = await ctx.shownFindingsOf(file, result);
        const lines = result.document.lines;
        const counted = findings.filter(isCounted);
        const findingsIn = (start: number, end: number) => counted.filter((f) => f.span.start >= start && f.span.start <= end).length;
        const root = ctx.workspaceFolderOf(uri);
        files.push({
          uri,
          path: root ? path.relative(root, file) : path.basename(file),
          kind: result.document.kind,
          ecqSet: result.document.ecqSet,
          findings: counted.length,
          sections: outline(result.document, config).map((s) => ({
            label: s.label,
            line: lines.positionAt(s.selectionSpan.start).line,
            characters: s.characters ?? 0,
            limit: s.limit ?? 0,
            findings: findingsIn(s.span.start, s.span.end),
            examples: s.children.map((e) => ({
              label: e.label,
              line: lines.positionAt(e.selectionSpan.start).line,
              parts: (['challenge', 'context', 'action', 'result'] as const).map((k) => ({ kind: k, present: e.present?.[k] ?? false })),
            })),
          })),
        });
      }
      return { files };
    }),
  );

  ctx.connection.onRequest(LintWorkspaceRequest, () =>
    ctx.guarded('lintWorkspace', { files: [] }, async () => {
      const out = [];
      for (const { file, text } of AnalysisStore.workspaceDrafts(ctx.workspaceRoots(), ctx.openFiles())) {
        const uri = URI.fromFsPath(file);
        const { config } = await ctx.settings.get(uri);
        const result = await ctx.analyseWorkspaceFile('lintWorkspace', file, text, config);
        const lines = new LineIndex(text);
        const findings = await ctx.shownFindingsOf(file, result);
        out.push({ uri, diagnostics: findings.map((f, i) => toDiagnostic(lines, f, -1, i, ctx.docsRoot)) });
      }
      return { files: out };
    }),
  );

  ctx.connection.onRequest(NewPackageFilesRequest, (params) =>
    ctx.guarded<NewPackageFilesResult>('newPackageFiles', { files: [] }, () => ({ files: params.set === '2025' || params.set === 'legacy' ? packageFiles(params.set) : [] })),
  );
}
