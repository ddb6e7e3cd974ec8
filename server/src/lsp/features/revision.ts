import * as path from 'node:path';
import { RevisionFindingItem, RevisionReviewRequest, RevisionReviewResult } from '@ecq-writer/protocol';
import { parseDocument } from '../../core/parse/document';
import { isRemarksFile, packageSetOf, readRemarks, reviewRemarks } from '../../core/revision/remarks';
import { RevisionFinding, reviewRevision, VersionFile } from '../../core/revision/review';
import { fromDisk, fromRevision, Loaded } from '../../node/revisionVersions';
import { AnalysisStore } from '../analysisStore';
import { toRange } from '../convert';
import { URI } from '../uri';
import { ServerContext } from './context';

/**
 * ECQ: Review Revision (issue 15): the project's drafts as they are now, open ones as typed,
 * against an earlier version, a git revision of the project folder or a folder inside the
 * workspace, read by the same code as `ecq diff` (node/revisionVersions.ts) and compared by
 * the engine's revision review (core/revision/review.ts). Findings are matched by their
 * words, not their lines, so an edit above a finding does not make it new.
 */

const EMPTY: RevisionReviewResult = { sections: [], totals: { fixed: 0, added: 0, open: 0 } };

/** A finding of the current version, with where it is; a fixed one is only in the old version. */
function item(root: string, f: RevisionFinding, located: boolean): RevisionFindingItem {
  const base = { rule: f.finding.ruleId, message: f.finding.message, quote: f.quote };
  if (!located) return base;
  return { ...base, uri: URI.fromFsPath(path.join(root, ...f.path.split('/'))), range: toRange(f.document.lines, f.finding.span) };
}

export function registerRevisionReview(ctx: ServerContext): void {
  ctx.connection.onRequest(RevisionReviewRequest, (params) =>
    ctx.guarded<RevisionReviewResult>('revisionReview', EMPTY, async () => {
      const anchor = ctx.requestAnchor(params.uri);
      if (!anchor) return { ...EMPTY, error: 'open a folder of drafts first' };
      const resolved = await ctx.settings.get(anchor);
      const root = ctx.projectRootOf(anchor, resolved.configFile);
      if (!root) return { ...EMPTY, error: 'the draft is not inside a workspace folder' };
      let old: Loaded;
      let label: string;
      if (params.against.kind === 'git') {
        label = params.against.revision;
        old = fromRevision(params.against.revision, '.', root);
      } else {
        // Reads stay inside the project: a folder elsewhere is refused by name.
        const folder = path.resolve(root, params.against.path);
        const relative = path.relative(root, folder);
        if (relative.startsWith('..') || path.isAbsolute(relative)) return { ...EMPTY, error: `${params.against.path}: the earlier version must be a folder inside the project (${root})` };
        label = relative || '.';
        old = fromDisk(folder, root);
      }
      if (!old.ok) return { ...EMPTY, error: old.errors.join('; ') };
      // The current version: the project's drafts, open ones as typed; the old version's own
      // folder (a copy kept inside the project) and remarks files are not part of it.
      const oldFolder = params.against.kind === 'folder' ? path.resolve(root, params.against.path) : undefined;
      const inProject = AnalysisStore.workspaceDrafts([root], ctx.openFiles()).filter(({ file }) => !(oldFolder && (file === oldFolder || file.startsWith(oldFolder + path.sep))));
      const remarksFile = inProject.find(({ file, text }) => isRemarksFile(file, text));
      const current: VersionFile[] = inProject.filter(({ file, text }) => !isRemarksFile(file, text)).map(({ file, text }) => ({ path: path.relative(root, file).split(path.sep).join('/'), text }));
      if (current.length === 0) return { ...EMPTY, error: 'no drafts in the project' };
      const review = ctx.busy('revisionReview', () => reviewRevision(old.version.files, current, { config: resolved.config, today: ctx.today() }), 'revision review');
      // The board's remarks, as `ecq diff` lists them: each addressed, open or to check by hand.
      const remarks = remarksFile
        ? ctx.busy('revisionReview', () => {
            const file = readRemarks(parseDocument(remarksFile.text, { path: remarksFile.file, kind: 'remarks' }), packageSetOf(review.after));
            return reviewRemarks(file, review.after, review).map((r) => ({ text: r.remark.text, section: r.remark.section.label, state: r.state, reason: r.reason, uri: URI.fromFsPath(remarksFile.file), line: r.remark.line - 1 }));
          }, 'remarks')
        : undefined;
      return {
        label,
        sections: review.sections.map((s) => ({
          label: s.group.label,
          presence: s.presence,
          score: s.score ? { before: s.score.before, after: s.score.after } : null,
          fixed: s.fixed.map((f) => item(root, f, false)),
          added: s.added.map((f) => item(root, f, true)),
          open: s.open.map((f) => item(root, f, true)),
        })),
        totals: review.totals,
        ...(remarks ? { remarks } : {}),
      };
    }),
  );
}
