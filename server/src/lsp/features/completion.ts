import { CompletionItem, CompletionItemKind, MarkupKind, Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ECQ_SETS } from '../../core/domain/ecqSets';
import { LineIndex } from '../../core/text/lineIndex';
import { FileAnalysis } from '../analysisStore';
import { ServerContext } from './context';
import { ecqMarkdown } from './ecqMarkdown';

/**
 * In a heading line, offers the ECQ names of the document's set (both sets when it is
 * not known) and, under an ECQ, that ECQ's competencies, which writers use to title
 * examples.
 */
function completion(analysis: FileAnalysis | undefined, document: TextDocument, position: Position): CompletionItem[] {
  // Positions come from the engine's line index of this version: the editor library's own
  // index is built on its first use, 30 ms for a million lines in one run (issue 12).
  const text = document.getText();
  const lines = analysis?.result.document.text === text ? analysis.result.document.lines : new LineIndex(text);
  const offset = lines.offsetAt(position);
  const line = text.slice(lines.lineStart(position.line), offset);
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
        documentation: { kind: MarkupKind.Markdown, value: ecqMarkdown(ecq) },
        textEdit: { range: replace, newText: label },
        filterText: `${typed.trimStart().toLowerCase().startsWith('ecq') ? 'ECQ ' : ''}${ecq.number} ${label}`,
        sortText: `${s.id === '2025' ? 0 : 1}${ecq.number}`,
      });
    }
  }
  // Competencies of the ECQ this heading sits under.
  const section = analysis?.result.document.sections.find((s) => s.span.start <= offset && offset <= Math.max(s.span.end, offset));
  const ecq = section?.ecq;
  if (ecq && section?.heading && offset > section.heading.span.end) {
    for (const c of ecq.competencies) {
      items.push({ label: c.name, kind: CompletionItemKind.EnumMember, detail: `Competency of ${ecq.name}`, documentation: c.description, textEdit: { range: replace, newText: c.name }, sortText: `2${c.name}` });
    }
  }
  return items;
}

export function registerCompletion(ctx: ServerContext): void {
  ctx.connection.onCompletion((params) =>
    ctx.guarded('completion', [], async () => {
      const document = ctx.documents.get(params.textDocument.uri);
      if (!document) return [];
      const analysis = await ctx.analysisOf(document, 'completion');
      return ctx.busy('completion', () => completion(analysis, document, params.position));
    }),
  );
}
