import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver';
import { documentOutline, OutlineNode } from '../../core/outline';
import { FileAnalysis } from '../analysisStore';
import { toRange } from '../convert';
import { ServerContext } from './context';

const SYMBOL_KIND: Record<OutlineNode['kind'], SymbolKind> = {
  section: SymbolKind.Module,
  example: SymbolKind.Class,
  part: SymbolKind.Field,
  position: SymbolKind.Class,
  bullet: SymbolKind.String,
  story: SymbolKind.Class,
};

/** Leaves of the outline: folding them would only hide one block. */
const UNFOLDED: ReadonlySet<OutlineNode['kind']> = new Set(['part', 'bullet']);

function outlineOf(analysis: FileAnalysis): OutlineNode[] {
  return documentOutline(analysis.result.document, analysis.config, analysis.posting);
}

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

function documentSymbols(analysis: FileAnalysis): DocumentSymbol[] {
  return outlineOf(analysis).map((n) => toSymbol(analysis, n));
}

function foldingRanges(analysis: FileAnalysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  const lines = analysis.result.document.lines;
  const add = (node: OutlineNode): void => {
    if (UNFOLDED.has(node.kind)) return;
    const start = lines.positionAt(node.span.start).line;
    const end = lines.positionAt(node.span.end).line;
    if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
    node.children.forEach(add);
  };
  outlineOf(analysis).forEach(add);
  return out;
}

/** The outline of a document (sections, examples, CCAR parts; a resume's positions and bullets; a story bank's stories) as its symbols and folding ranges. */
export function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol((params) =>
    ctx.guarded('documentSymbol', [], async () => {
      const document = ctx.documents.get(params.textDocument.uri);
      if (!document) return [];
      const analysis = await ctx.analysisOf(document, 'documentSymbol');
      return analysis ? ctx.busy('documentSymbol', () => documentSymbols(analysis)) : [];
    }),
  );

  ctx.connection.onFoldingRanges((params) =>
    ctx.guarded('foldingRange', [], async () => {
      const document = ctx.documents.get(params.textDocument.uri);
      if (!document) return [];
      const analysis = await ctx.analysisOf(document, 'foldingRange');
      return analysis ? ctx.busy('foldingRange', () => foldingRanges(analysis)) : [];
    }),
  );
}
