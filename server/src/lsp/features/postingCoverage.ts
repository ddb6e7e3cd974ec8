import { CodeLens, Range } from 'vscode-languageserver';
import { PostingCoverageRequest, PostingCoverageResult } from '@ecq-writer/protocol';
import { Span } from '../../core/text/span';
import { URI } from '../uri';
import { ProjectCoverage } from '../workspaceModel';
import { ServerContext } from './context';

/** The posting coverage in protocol terms: ranges in each draft, and in the posting file as the editor shows it. */
function coverageResult({ linked, coverage, members }: ProjectCoverage): PostingCoverageResult {
  const { posting, sourceLines } = linked;
  const lines = new Map(members.map((m) => [m.path, m.document.lines]));
  const postingRange = (span: Span): Range => ({ start: sourceLines.positionAt(posting.toSource(span.start)), end: sourceLines.positionAt(posting.toSource(span.end)) });
  const keyTermByKey = new Map(posting.keyTerms.map((t) => [t.key, t]));
  return {
    posting: { uri: URI.fromFsPath(linked.file), title: posting.title?.text ?? null, agency: posting.agency?.text ?? null, ecqSet: posting.ecqSet },
    drafts: members.map((m) => URI.fromFsPath(m.path)),
    overall: coverage.overall,
    termScore: coverage.termScore,
    tqScore: coverage.tqScore ?? null,
    tqs: coverage.tqs.map((c) => ({
      label: c.tq.label,
      text: c.tq.text,
      range: postingRange(c.tq.span),
      score: c.score,
      addressed: c.addressed,
      byHeading: c.byHeading ? URI.fromFsPath(c.byHeading) : null,
      covered: c.covered.map((t) => t.key),
      missing: c.missing.map((t) => t.key),
    })),
    terms: coverage.terms.map((t) => ({
      key: t.key,
      term: t.term,
      score: t.score,
      uses: t.uses.map((u) => {
        const l = lines.get(u.path)!;
        return { uri: URI.fromFsPath(u.path), range: { start: l.positionAt(u.span.start), end: l.positionAt(u.span.end) } };
      }),
      postingRanges: (keyTermByKey.get(t.key)?.occurrences ?? []).map(postingRange),
    })),
  };
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/**
 * The coverage summary inside the posting: a lens over the title with the overall score,
 * and one over each TQ with its own score and what is missing.
 */
function postingCodeLenses(result: PostingCoverageResult, titleLine: number | undefined): CodeLens[] {
  const lenses: CodeLens[] = [];
  const byKey = new Map(result.terms.map((t) => [t.key, t]));
  const at = (line: number): Range => ({ start: { line, character: 0 }, end: { line, character: 0 } });
  const command = (title: string) => ({ title, command: 'ecq.showPostingTerms' });
  const drafts = `${result.drafts.length} draft${result.drafts.length === 1 ? '' : 's'}`;
  const summary = `ECQ Writer: ${drafts} cover ${percent(result.overall)} of this posting${result.tqScore !== null ? ` (TQs ${percent(result.tqScore)}, key terms ${percent(result.termScore)})` : ''}`;
  lenses.push({ range: at(titleLine ?? 0), command: command(summary) });
  for (const tq of result.tqs) {
    const missing = tq.missing.slice(0, 4).map((k) => byKey.get(k)?.term ?? k);
    const state = tq.addressed ? 'addressed' : 'not addressed';
    lenses.push({ range: at(tq.range.start.line), command: command(`${tq.label}: ${percent(tq.score)} of its wording used, ${state}${missing.length > 0 ? ` · missing: ${missing.join(', ')}` : ''}`) });
  }
  return lenses;
}

function emptyCoverage(): PostingCoverageResult {
  return { drafts: [], overall: 0, termScore: 0, tqScore: null, tqs: [], terms: [] };
}

/** The coverage of the linked posting by the drafts of a project: for the client's views, and as lenses in the posting. */
export function registerPostingCoverage(ctx: ServerContext): void {
  const protocolCoverage = (found: ProjectCoverage): PostingCoverageResult => ctx.busy('postingCoverage', () => coverageResult(found), 'posting coverage');

  ctx.connection.onRequest(PostingCoverageRequest, (params) =>
    ctx.guarded<PostingCoverageResult>('postingCoverage', emptyCoverage(), async () => {
      const found = await ctx.postingCoverage(params.uri);
      if (!found) return emptyCoverage();
      if ('error' in found) return { ...emptyCoverage(), error: found.error };
      return protocolCoverage(found);
    }),
  );

}

/** The lenses of the linked posting itself: its coverage by the drafts, and each TQ's (see codeLens.ts). */
export async function postingLenses(ctx: ServerContext, uri: string): Promise<CodeLens[]> {
  const file = URI.toFsPath(uri);
  if (!file) return [];
  const resolved = await ctx.settings.get(uri);
  if (resolved.postingFile !== file) return [];
  const found = await ctx.postingCoverage(uri);
  if (!found || 'error' in found) return [];
  const { posting, sourceLines } = found.linked;
  const title = posting.title;
  const result = ctx.busy('postingCoverage', () => coverageResult(found), 'posting coverage');
  return postingCodeLenses(result, title ? sourceLines.positionAt(posting.toSource(title.span.start)).line : undefined);
}
