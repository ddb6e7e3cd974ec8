import { CodeLens, Range } from 'vscode-languageserver';
import { PostingCoverage } from '../core/posting/coverage';
import { PackageMember } from '../core/package';
import { Span } from '../core/text/span';
import { LinkedPosting } from './postingService';
import { PostingCoverageResult } from '@ecq-writer/protocol';
import { URI } from './uri';

/** The posting coverage in protocol terms: ranges in each draft, and in the posting file as the editor shows it. */
export function coverageResult(linked: LinkedPosting, coverage: PostingCoverage, members: readonly PackageMember[]): PostingCoverageResult {
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
export function postingCodeLenses(result: PostingCoverageResult, titleLine: number | undefined): CodeLens[] {
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
