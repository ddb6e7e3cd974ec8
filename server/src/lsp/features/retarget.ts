import * as path from 'node:path';
import { RetargetPlanRequest, RetargetPlanResult } from '@ecq-writer/protocol';
import { formatRetargetText } from '../../core/posting/retargetText';
import { readRetarget } from '../../node/retarget';
import { ServerContext } from './context';

/**
 * Apply to Another Posting (issue 15): the copy of the active draft's package for a new
 * posting, planned by the same code as `ecq retarget` (node/retarget.ts): the files the new
 * folder gets, checked so that none would overwrite a file, and the report of how the
 * material covers the new posting. The client asks the writer, then writes the files; the
 * server writes nothing. The posting and the new folder must be inside the project.
 */
export function registerRetarget(ctx: ServerContext): void {
  ctx.connection.onRequest(RetargetPlanRequest, (params) =>
    ctx.guarded<RetargetPlanResult>('retargetPlan', { files: [], report: '' }, async () => {
      const anchor = ctx.requestAnchor(params.uri);
      if (!anchor) return { files: [], report: '', error: 'open a folder of drafts first' };
      const resolved = await ctx.settings.get(anchor);
      const root = ctx.projectRootOf(anchor, resolved.configFile);
      if (!root) return { files: [], report: '', error: 'the draft is not inside a workspace folder' };
      const workspace = ctx.workspaceFolderOf(anchor) ?? root;
      const inside = (p: string): boolean => {
        const relative = path.relative(workspace, path.resolve(workspace, p));
        return !relative.startsWith('..') && !path.isAbsolute(relative);
      };
      if (!inside(params.posting)) return { files: [], report: '', error: `${params.posting}: the new posting must be a file inside the workspace; copy it in first` };
      if (!inside(params.folder) || path.resolve(workspace, params.folder) === root) return { files: [], report: '', error: `${params.folder}: the new folder must be a new folder inside the workspace` };
      const read = ctx.busy('retargetPlan', () => readRetarget(params.posting, root, params.folder, workspace), 'retarget plan');
      if (!read.ok) return { files: [], report: '', error: read.error };
      const shown = (p: string): string => path.relative(workspace, p) || p;
      const files = read.planned.map((p) => ({ path: path.join(read.outDir, p.target), text: p.text }));
      const summary = { out: shown(read.outDir), posting: shown(path.join(read.outDir, read.postingName)), copied: files.map((f) => shown(f.path)), left: read.left };
      return { files, report: formatRetargetText(read.plan, summary, shown) };
    }),
  );
}
