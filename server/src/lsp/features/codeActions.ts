import { CodeAction, CodeActionKind, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Commands } from '@ecq-writer/protocol';
import { anchorOf } from '../../core/ignores';
import { getRule } from '../../core/rules/registry';
import { isRuleId, RuleId, unattendedFix } from '../../core/rules/types';
import { Analysis } from '../analysisStore';
import { DiagnosticData, SOURCE, toRange } from '../convert';
import { ServerContext } from './context';

/**
 * The code action kind of "fix all ECQ Writer problems". It is answered only when asked for
 * by this exact name: VS Code asks for a bare `source.fixAll` (or `source`) on save when a
 * writer has `"editor.codeActionsOnSave": {"source.fixAll": "explicit"}` for ESLint, and
 * answering that would rewrite their prose on every save without their asking.
 */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ecq`;

function versioned(document: TextDocument, version: number, edits: TextEdit[]): WorkspaceEdit {
  // The version pins the edit to the text it was computed for: VS Code refuses it if the
  // document changed since, so a stale fix can never land on the wrong words.
  return { documentChanges: [{ textDocument: { uri: document.uri, version }, edits }] };
}

interface OurDiagnostic extends Diagnostic {
  readonly code: RuleId;
  readonly data: DiagnosticData;
}

function isOurs(d: Diagnostic): d is OurDiagnostic {
  return d.source === SOURCE && typeof d.code === 'string' && isRuleId(d.code) && typeof d.data === 'object' && d.data !== null;
}

/**
 * A comment that turns `rule` off where the finding is, placed where Markdown lets a comment
 * stand without changing the document's structure (issue 12: a comment line inside a
 * paragraph, a list or a table splits it):
 * - in a paragraph, list item or quotation: `<!-- ecq-disable-line rule -->` at the end of
 *   the finding's own line, inline HTML that leaves the block as it was (before a hard line
 *   break's trailing spaces or backslash, which must stay last);
 * - on a heading or in a table: `<!-- ecq-disable-next-paragraph rule -->` on its own line
 *   before the block, which a comment may precede;
 * - above the first block (front matter, the top of the file): `<!-- ecq-disable-file rule -->`
 *   after the front matter.
 * None in code or HTML blocks. Inserted lines end as the file's lines do.
 */
function suppression(document: TextDocument, analysis: Analysis, line: number, rule: RuleId): { title: string; edit: TextEdit } | undefined {
  const doc = analysis.result.document;
  const text = document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Only the ends of a line are read: a line may be a megabyte long, and a request may name
  // hundreds of findings on it.
  const lineText = (n: number): string => text.slice(doc.lines.lineStart(n), Math.min(doc.lines.lineEnd(n), doc.lines.lineStart(n) + LINE_PREFIX_CHARS));
  const lineEndText = (n: number): string => text.slice(Math.max(doc.lines.lineStart(n), doc.lines.lineEnd(n) - LINE_PREFIX_CHARS), doc.lines.lineEnd(n));
  const insertLine = (at: number, comment: string): TextEdit => ({ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, newText: `${/^[ \t]*/.exec(lineText(at))![0]}${comment}${eol}` });
  const block = blockAtLine(doc.blocks, line);
  if (!block) {
    const firstBlock = doc.blocks[0];
    if (firstBlock && line >= firstBlock.startLine) return undefined;
    const at = doc.frontMatter ? doc.lines.positionAt(doc.frontMatter.span.end).line : 0;
    return { title: `Disable ${rule} in this file`, edit: { range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, newText: `<!-- ecq-disable-file ${rule} -->${eol}` } };
  }
  if (block.kind === 'code' || block.kind === 'html') return undefined;
  // A table's second line is its delimiter row: pipes, colons and dashes only ("|---|:--:|").
  const delimiter = block.endLine - block.startLine >= 2 ? lineText(block.startLine + 1).trim() : '';
  const isTable = block.kind !== 'heading' && delimiter.includes('--') && /^[|:\- \t]+$/.test(delimiter) && lineText(block.startLine).includes('|');
  if (block.kind === 'heading' || isTable) {
    return { title: `Disable ${rule} for this ${isTable ? 'table' : 'heading'}`, edit: insertLine(block.startLine, `<!-- ecq-disable-next-paragraph ${rule} -->`) };
  }
  const own = lineEndText(line);
  const lineLength = doc.lines.lineEnd(line) - doc.lines.lineStart(line);
  // A hard line break (two trailing spaces, or a backslash) must stay at the end of the line.
  const trailingSpaces = own.length - own.trimEnd().length;
  const atEnd = own.endsWith('\\') ? own.length - 1 : trailingSpaces >= 2 ? own.length - trailingSpaces : own.length;
  const space = atEnd > 0 && !/\s/.test(own[atEnd - 1]!) ? ' ' : '';
  const at = lineLength - (own.length - atEnd);
  return { title: `Disable ${rule} for this line`, edit: { range: { start: { line, character: at }, end: { line, character: at } }, newText: `${space}<!-- ecq-disable-line ${rule} -->` } };
}

/**
 * How much of a line's start or end the suppression fix reads: enough for any indent, a
 * table's delimiter row and a line's trailing spaces, which is all it looks at.
 */
const LINE_PREFIX_CHARS = 4096;

/** The block that holds a line: blocks are in document order, so a binary search finds it. */
function blockAtLine<B extends { readonly startLine: number; readonly endLine: number }>(blocks: readonly B[], line: number): B | undefined {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const b = blocks[mid]!;
    if (line < b.startLine) high = mid - 1;
    else if (line >= b.endLine) low = mid + 1;
    else return b;
  }
  return undefined;
}

/**
 * The most findings one request gets actions for. Selecting a whole long draft and asking
 * for fixes names every finding in it, thousands on a pasted page; a menu of that many
 * entries helps no one, and building it held the server for seconds (issue 12).
 */
const MAX_ACTION_DIAGNOSTICS = 200;

function codeActions(document: TextDocument, analysis: Analysis | undefined, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
  const wantsFixAll = only?.includes(FIX_ALL_KIND) === true;
  const ours = diagnostics.filter(isOurs).slice(0, MAX_ACTION_DIAGNOSTICS);
  const fixAllOffered = new Set<RuleId>();

  if (wantsQuickFix) {
    for (const d of ours) {
      // A fix computed for an older version would land on the wrong words; offer none.
      const data: DiagnosticData = d.data;
      if (data.version !== document.version || !analysis || analysis.version !== document.version) continue;
      const finding = analysis.findings[data.index];
      if (!finding || finding.ruleId !== d.code) continue;
      const rule = getRule(d.code);
      const lines = analysis.result.document.lines;
      for (const fix of finding.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.preferred === true,
          edit: versioned(document, document.version, fix.edits.map((e) => ({ range: toRange(lines, e.span), newText: e.newText }))),
        });
      }
      const acronym = finding.data?.['acronym'];
      if (typeof acronym === 'string') {
        actions.push({
          title: `Add "${acronym}" to the project vocabulary`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: 'Add to vocabulary', command: Commands.addToVocabulary, arguments: [{ uri: document.uri, term: acronym }] },
        });
      }
      // Kept outside the draft (ecq-ignore.json), by the words and their sentence. Findings
      // about the project (an uncovered TQ, a package's length) are not on words of this file.
      if (!analysis.crossFile.includes(finding)) {
        const anchor = anchorOf(analysis.result.document.text, finding.span);
        actions.push({
          title: 'Ignore this finding',
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: 'Ignore this finding', command: Commands.ignoreFinding, arguments: [{ uri: document.uri, rule: finding.ruleId, ...anchor, message: finding.message }] },
        });
      }
      const disable = suppression(document, analysis, d.range.start.line, rule.id);
      if (disable) {
        actions.push({ title: disable.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: versioned(document, document.version, [disable.edit]) });
      }
      // "Fix all" when more than one finding of this rule has a mechanical fix.
      // Offered once per rule in a request: the same edit under each of the rule's findings
      // would only repeat a long list of edits in the menu and on the wire.
      if (!fixAllOffered.has(d.code)) {
        fixAllOffered.add(d.code);
        const count = analysis.findings.filter((f) => f.ruleId === d.code && unattendedFix(f)).length;
        if (count > 1) {
          actions.push({
            title: `Fix all ${count} "${rule.title.toLowerCase()}" problems in this file`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            edit: versioned(document, document.version, fixAllEdits(analysis, d.code)),
          });
        }
      }
    }
  }

  if (wantsFixAll && analysis && analysis.version === document.version) {
    const edits = fixAllEdits(analysis);
    if (edits.length > 0) actions.push({ title: 'Fix all ECQ Writer problems that have a safe fix', kind: FIX_ALL_KIND, edit: versioned(document, document.version, edits) });
  }
  return actions;
}

/** Fixes a fix-all may apply unattended (see unattendedFix) of one rule (or all rules), without overlapping edits. */
function fixAllEdits(analysis: Analysis, rule?: RuleId): TextEdit[] {
  const lines = analysis.result.document.lines;
  const edits: TextEdit[] = [];
  let lastEnd = -1;
  for (const f of analysis.findings) {
    if (rule && f.ruleId !== rule) continue;
    const fix = unattendedFix(f);
    if (!fix) continue;
    const spans = fix.edits.map((e) => e.span);
    if (spans.some((s) => s.start < lastEnd)) continue;
    for (const e of fix.edits) edits.push({ range: toRange(lines, e.span), newText: e.newText });
    lastEnd = Math.max(...spans.map((s) => s.end));
  }
  return edits;
}

/**
 * Quick fixes, suppressions and fix-all for the diagnostics the client names, from the
 * analysis they were made from; none when the document has changed since.
 */
export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params) =>
    ctx.guarded('codeAction', [], () => {
      const document = ctx.documents.get(params.textDocument.uri);
      if (!document) return [];
      return ctx.busy('codeAction', () => codeActions(document, ctx.store.current(document.uri, document.version), params.context.diagnostics, params.context.only));
    }),
  );
}
