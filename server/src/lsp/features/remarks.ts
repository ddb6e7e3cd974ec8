import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeLens, Range } from 'vscode-languageserver';
import { parseDocument } from '../../core/parse/document';
import { groupAt } from '../../core/revision/anchors';
import { daysUntil, isRemarksFile, packageSetOf, readRemarks, RemarkReview, RemarkState, reviewRemarks } from '../../core/revision/remarks';
import { AnalysedFile } from '../../core/revision/review';
import { isDraftCandidatePath } from '../../core/parse/kind';
import { readDraft } from '../../node/files';
import { FileAnalysis, isDraft } from '../analysisStore';
import { URI } from '../uri';
import { ServerContext } from './context';

/**
 * Board and coach remarks in the editor (core/revision/remarks.ts): in a remarks file, a lens
 * beside each remark with its state; in a draft, a lens above each ECQ section that a remarks
 * file of its folder speaks to. The package is the drafts of the remarks file's folder. The
 * editor has no returned version to compare with, so a remark is open or to check by hand here;
 * `ecq diff --remarks` tells which are addressed.
 */

const STATE_TITLES: Readonly<Record<RemarkState, string>> = { open: 'Remark open', addressed: 'Remark addressed', check: 'Remark: check by hand' };

/** How much of a remark a lens above a section quotes. */
const LENS_QUOTE = 70;

/**
 * The drafts directly in a folder, open or on disk (through the bounded reader). Not its
 * subfolders: asked on every status bar update, this must not walk a whole workspace.
 */
function filesIn(ctx: ServerContext, folder: string): { file: string; text: string }[] {
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const open = ctx.openFiles();
  const out: { file: string; text: string }[] = [];
  for (const entry of names) {
    const file = path.join(folder, entry.name);
    if (!isDraftCandidatePath(entry.name) || (!entry.isFile() && !entry.isSymbolicLink())) continue;
    const text = open.get(file) ?? (() => {
      const read = readDraft(file, folder);
      return read.ok ? read.text : undefined;
    })();
    if (text !== undefined && isDraft(file, text)) out.push({ file, text });
  }
  return out;
}

/** The drafts of a folder (with the findings the editor shows) and its remarks files. */
async function folderPackage(ctx: ServerContext, folder: string, handler: string): Promise<{ drafts: AnalysedFile[]; remarks: { file: string; text: string }[] }> {
  const drafts: AnalysedFile[] = [];
  const remarks: { file: string; text: string }[] = [];
  for (const { file, text } of filesIn(ctx, folder)) {
    if (isRemarksFile(file, text)) {
      remarks.push({ file, text });
      continue;
    }
    const own = await ctx.settings.get(URI.fromFsPath(file));
    const result = await ctx.analyseWorkspaceFile(handler, file, text, own.config);
    if (result.document.kind === 'posting') continue;
    drafts.push({ path: file, document: result.document, findings: await ctx.shownFindingsOf(file, result) });
  }
  return { drafts, remarks };
}

function lineRange(line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

function remarkTitle(r: RemarkReview): string {
  const rules = r.remark.targets.length > 0 ? ` · ${r.remark.targets.join(', ')}` : '';
  const where = r.sectionFound ? r.remark.section.label : `${r.remark.section.label} (not in the package)`;
  return `${STATE_TITLES[r.state]} · ${where}${rules}: ${r.reason}`;
}

/** The lenses of a remarks file, or of a draft whose folder holds one. */
export async function remarksLenses(ctx: ServerContext, analysis: FileAnalysis): Promise<CodeLens[]> {
  const file = URI.toFsPath(analysis.uri);
  if (!file) return [];
  const doc = analysis.result.document;
  const handler = 'codeLens';
  if (doc.kind === 'remarks') {
    const { drafts } = await folderPackage(ctx, path.dirname(file), handler);
    const reviewed = ctx.busy(handler, () => reviewRemarks(readRemarks(doc, packageSetOf(drafts)), drafts), 'remarks');
    return reviewed.map((r) => ({ range: lineRange(r.remark.line - 1), command: { title: remarkTitle(r), command: '' } }));
  }
  if (doc.kind !== 'ecq' && doc.kind !== 'tq') return [];
  // Cheap first: most folders hold no remarks file, and then nothing else is read.
  const folder = path.dirname(file);
  const siblings = filesIn(ctx, folder).filter((d) => isRemarksFile(d.file, d.text));
  if (siblings.length === 0) return [];
  const { drafts } = await folderPackage(ctx, folder, handler);
  const set = packageSetOf(drafts);
  const lenses: CodeLens[] = [];
  for (const remarksFile of siblings) {
    const remarks = readRemarks(parseDocument(remarksFile.text, { path: remarksFile.file, kind: 'remarks' }), set);
    const reviewed = ctx.busy(handler, () => reviewRemarks(remarks, drafts), 'remarks');
    for (const section of doc.sections) {
      const key = groupAt(file, doc, section.span.start).key;
      for (const r of reviewed) {
        const k = r.remark.section.key;
        if (k !== key && !(k === 'tq' && key.startsWith('tq:'))) continue;
        const quote = r.remark.text.length <= LENS_QUOTE ? r.remark.text : `${r.remark.text.slice(0, LENS_QUOTE - 1)}…`;
        const args = [URI.fromFsPath(remarksFile.file), r.remark.line - 1, 0];
        lenses.push({ range: lineRange(doc.lines.positionAt(section.span.start).line), command: { title: `${STATE_TITLES[r.state]}: "${quote}"`, command: 'ecq.openLocation', arguments: args } });
      }
    }
  }
  return lenses;
}

/**
 * The resubmission deadline the status bar counts down to: the `resubmitBy` of this remarks
 * file, or of the first remarks file of the draft's folder that has one.
 */
export function resubmitDeadline(ctx: ServerContext, analysis: FileAnalysis): { resubmitBy: string; resubmitDaysLeft: number } | undefined {
  const file = URI.toFsPath(analysis.uri);
  if (!file) return undefined;
  const doc = analysis.result.document;
  const texts = doc.kind === 'remarks' ? [doc] : doc.kind === 'ecq' || doc.kind === 'tq' ? filesIn(ctx, path.dirname(file)).filter((d) => isRemarksFile(d.file, d.text)).map((d) => parseDocument(d.text, { path: d.file, kind: 'remarks' })) : [];
  for (const remarksDoc of texts) {
    const due = readRemarks(remarksDoc).resubmitBy;
    if (!due) continue;
    const iso = `${due.year}-${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}`;
    return { resubmitBy: iso, resubmitDaysLeft: daysUntil(ctx.today(), due) };
  }
  return undefined;
}
