import type { Span } from '../core/text/span';
import { formatDuration, storyBankOf } from '../core/stories/stories';
import {
  CodeAction,
  CodeActionKind,
  CompletionItem,
  CompletionItemKind,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  FoldingRangeKind,
  Hover,
  MarkupKind,
  Position,
  Range,
  SymbolKind,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, FileAnalysis } from './analysisStore';
import { DiagnosticData, SOURCE, toRange } from './convert';
import { Commands } from '@ecq-writer/protocol';
import { getRule } from '../core/rules/registry';
import { isRuleId, RuleId, docsPath, unattendedFix } from '../core/rules/types';
import { outline, OutlineNode } from '../core/outline';
import { ECQ_SETS, EcqDefinition } from '../core/domain/ecqSets';

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
export const MAX_ACTION_DIAGNOSTICS = 200;

export function codeActions(document: TextDocument, analysis: Analysis | undefined, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined): CodeAction[] {
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

// ── Hover ─────────────────────────────────────────────────────────────────────────────

function ecqHover(ecq: EcqDefinition): string {
  const set = ECQ_SETS[ecq.set];
  const lines = [`**ECQ ${ecq.number}: ${ecq.name}**`, '', ecq.definition, '', `*${set.label}*`, '', '**Competencies**', ''];
  for (const c of ecq.competencies) lines.push(`- **${c.name}**: ${c.description}`);
  if (set.fundamentalCompetencies.length > 0) lines.push('', `The narrative as a whole should also show the fundamental competencies: ${set.fundamentalCompetencies.map((c) => c.name).join(', ')}.`);
  return lines.join('\n');
}

export function hover(analysis: Analysis, position: Position, docsRoot: string): Hover | null {
  const doc = analysis.result.document;
  const offset = doc.lines.offsetAt(position);
  const here = analysis.findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
  const story = doc.kind === 'stories' ? storyAt(analysis, offset) : undefined;
  if (here.length > 0) {
    const parts = here.map((f) => {
      const rule = getRule(f.ruleId);
      return `**${rule.title}** \`${rule.id}\`\n\n${f.message}\n\n*Why it matters.* ${rule.why}\n\n*How to fix it.* ${rule.howToFix}\n\n[Rule documentation](${docsRoot}/${docsPath(rule.id)})`;
    });
    if (story) parts.push(story.markdown);
    const first = here[0]!;
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toRange(doc.lines, first.span) };
  }
  if (story) return { contents: { kind: MarkupKind.Markdown, value: story.markdown }, range: toRange(doc.lines, story.span) };
  const section = doc.sections.find((s) => s.heading && s.ecq && s.heading.span.start <= offset && offset <= s.heading.span.end);
  if (section?.ecq && section.heading) {
    return { contents: { kind: MarkupKind.Markdown, value: ecqHover(section.ecq) }, range: toRange(doc.lines, section.heading.span) };
  }
  return null;
}

/** A story's spoken time, ECQs, competencies and CCAR parts, when the offset is on its heading. */
function storyAt(analysis: FileAnalysis, offset: number): { markdown: string; span: Span } | undefined {
  const doc = analysis.result.document;
  const { config } = analysis;
  const bank = storyBankOf(doc, config, analysis.posting);
  const story = bank.stories.find((s) => s.heading.span.start <= offset && offset <= s.heading.span.end);
  if (!story) return undefined;
  const { minMinutes, maxMinutes } = config.stories;
  const minutes = story.seconds / 60;
  const verdict = minutes < minMinutes ? 'too short' : minutes > maxMinutes ? 'too long' : 'within';
  const parts = (['challenge', 'context', 'action', 'result'] as const).map((p) => `${p[0]!.toUpperCase()}${p.slice(1)} ${story.ccar.present[p] ? '✓' : '✗'}`).join(' · ');
  const lines = [
    `**${story.title}**`,
    `Spoken time: about **${formatDuration(story.seconds)}** (${story.words} words at ${bank.paceWpm} words a minute${bank.paceSource === 'frontMatter' ? ', the pace in front matter' : ''}): ${verdict} the ${minMinutes}–${maxMinutes} minutes of an interview answer.`,
    `ECQs: ${story.ecqs.map((e) => e.name).join('; ') || 'none'}${story.ecqs.length > 0 ? (story.ecqsTagged ? ' (tagged)' : ' (from its words; tag it with an "ECQs:" line)') : ''}`,
    `Competencies: ${story.competencies.join(', ') || 'none found'}`,
    `CCAR: ${parts}`,
  ];
  return { markdown: lines.join('\n\n'), span: story.heading.span };
}

// ── Symbols and folding ──────────────────────────────────────────────────────────────

const SYMBOL_KIND: Record<OutlineNode['kind'], SymbolKind> = { section: SymbolKind.Module, example: SymbolKind.Class, part: SymbolKind.Field };

function toSymbol(analysis: FileAnalysis, node: OutlineNode): DocumentSymbol {
  const lines = analysis.result.document.lines;
  const range = toRange(lines, node.span);
  const selectionRange = toRange(lines, node.selectionSpan);
  return {
    name: node.label || ' ',
    detail: node.detail,
    kind: SYMBOL_KIND[node.kind],
    range,
    // The selection range must lie inside the range.
    selectionRange: { start: selectionRange.start, end: node.selectionSpan.end <= node.span.end ? selectionRange.end : range.end },
    children: node.children.map((c) => toSymbol(analysis, c)),
  };
}

export function documentSymbols(analysis: FileAnalysis): DocumentSymbol[] {
  return outline(analysis.result.document, analysis.config).map((n) => toSymbol(analysis, n));
}

export function foldingRanges(analysis: FileAnalysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  const lines = analysis.result.document.lines;
  const add = (node: OutlineNode): void => {
    if (node.kind === 'part') return;
    const start = lines.positionAt(node.span.start).line;
    const end = lines.positionAt(node.span.end).line;
    if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
    node.children.forEach(add);
  };
  outline(analysis.result.document, analysis.config).forEach(add);
  return out;
}

// ── Completion ───────────────────────────────────────────────────────────────────────

/**
 * In a heading line, offers the ECQ names of the document's set (both sets when it is
 * not known) and, under an ECQ, that ECQ's competencies, which writers use to title
 * examples.
 */
export function completion(analysis: FileAnalysis | undefined, document: TextDocument, position: Position): CompletionItem[] {
  const line = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const heading = /^\s*(#{1,6})\s*(.*)$/.exec(line) ?? /^\s*(\*\*)(.*)$/.exec(line) ?? (document.languageId.endsWith('text') || document.uri.endsWith('.txt') ? /^()(\s*(?:ecq|example)\b.*)$/i.exec(line) : null);
  if (!heading) return [];
  const typed = heading[2] ?? '';
  const replace: Range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const set = analysis?.result.document.ecqSet;
  const sets = set === '2025' || set === 'legacy' ? [ECQ_SETS[set]] : [ECQ_SETS['2025'], ECQ_SETS.legacy];
  const items: CompletionItem[] = [];
  for (const s of sets) {
    for (const ecq of s.ecqs) {
      const label = `ECQ ${ecq.number}: ${ecq.name}`;
      items.push({
        label,
        kind: CompletionItemKind.Module,
        detail: s.id === '2025' ? '2025 ECQ' : 'pre-2025 ECQ',
        documentation: { kind: MarkupKind.Markdown, value: ecqHover(ecq) },
        textEdit: { range: replace, newText: label },
        filterText: `${typed.trimStart().toLowerCase().startsWith('ecq') ? 'ECQ ' : ''}${ecq.number} ${label}`,
        sortText: `${s.id === '2025' ? 0 : 1}${ecq.number}`,
      });
    }
  }
  // Competencies of the ECQ this heading sits under.
  const offset = document.offsetAt(position);
  const section = analysis?.result.document.sections.find((s) => s.span.start <= offset && offset <= Math.max(s.span.end, offset));
  const ecq = section?.ecq;
  if (ecq && section?.heading && offset > section.heading.span.end) {
    for (const c of ecq.competencies) {
      items.push({ label: c.name, kind: CompletionItemKind.EnumMember, detail: `Competency of ${ecq.name}`, documentation: c.description, textEdit: { range: replace, newText: c.name }, sortText: `2${c.name}` });
    }
  }
  return items;
}
