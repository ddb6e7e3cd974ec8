import { AnalyzerConfig } from '../config';
import { DocumentModel, isProse } from '../parse/document';
import { Block } from '../parse/blocks';
import { storyBankOf } from '../stories/stories';
import { Span } from '../text/span';
import { coverageOf, CoverageDraft, PostingCoverage, PostingMatcher } from './coverage';
import { PostingTq } from './posting';

/**
 * Re-aiming a package at a new posting: how the material a candidate already has (the drafts,
 * the resume, the story bank) covers the new posting's TQs and key terms, and for each TQ the
 * stories of the bank and the examples of the package that cover it best, with the terms each
 * brings. Coverage is `coverage.ts`'s, computed once for all the material and once per kind of
 * material; a story or example is scored as a TQ is: the share of the TQ's wording it uses,
 * each term weighted by its key-term score.
 *
 * Pure: the caller reads the files.
 */

export type MaterialKind = 'drafts' | 'resume' | 'stories';

export type RetargetFile = CoverageDraft;

export interface Candidate {
  readonly kind: 'story' | 'example';
  readonly path: string;
  /** The story's title, or "ECQ 2: Leading People, Example 1". */
  readonly label: string;
  readonly span: Span;
  /** 0 to 1, the share of the TQ's wording (weighted) it uses. */
  readonly score: number;
  /** The TQ's terms it uses, best first. */
  readonly terms: readonly string[];
}

export interface TqPlan {
  readonly tq: PostingTq;
  /** Addressed by all the material together. */
  readonly addressed: boolean;
  readonly score: number;
  /** Which kinds of material use at least one of its terms. */
  readonly addressedBy: readonly MaterialKind[];
  readonly missing: readonly string[];
  /** Best first; only those that use a term of the TQ. */
  readonly candidates: readonly Candidate[];
}

export interface TermPlan {
  readonly term: string;
  readonly score: number;
  /** Empty when no material uses it. */
  readonly usedBy: readonly MaterialKind[];
}

export interface RetargetPlan {
  readonly coverage: PostingCoverage;
  readonly byKind: Readonly<Partial<Record<MaterialKind, PostingCoverage>>>;
  readonly tqs: readonly TqPlan[];
  /** The key terms in the posting's order of importance. */
  readonly terms: readonly TermPlan[];
}

/** How many stories and examples are listed per TQ. */
export const CANDIDATES_PER_TQ = 5;

function kindOf(doc: DocumentModel): MaterialKind | undefined {
  if (doc.kind === 'resume') return 'resume';
  if (doc.kind === 'stories') return 'stories';
  if (doc.kind === 'ecq' || doc.kind === 'tq') return 'drafts';
  return undefined;
}

interface Unit {
  readonly kind: 'story' | 'example';
  readonly path: string;
  readonly label: string;
  readonly span: Span;
  readonly blocks: readonly Block[];
}

/** The stories of the bank and the examples of the package, each a unit to rank. */
function unitsOf(files: readonly RetargetFile[], config: AnalyzerConfig): Unit[] {
  const units: Unit[] = [];
  for (const f of files) {
    if (f.document.kind === 'stories') {
      for (const s of storyBankOf(f.document, config, undefined).stories) units.push({ kind: 'story', path: f.path, label: s.title, span: s.span, blocks: [s.heading, ...s.blocks] });
      continue;
    }
    if (kindOf(f.document) !== 'drafts') continue;
    for (const section of f.document.sections) {
      const name = section.ecq ? `ECQ ${section.ecq.number}: ${section.ecq.name}` : section.tq ? section.tq.label : 'Draft';
      for (const e of section.examples) {
        const title = e.heading?.prose.trim();
        const label = section.examples.length > 1 || title ? `${name}, ${title || `Example ${e.index + 1}`}` : name;
        units.push({ kind: 'example', path: f.path, label, span: e.span, blocks: e.blocks.filter((b) => isProse(b) && b.kind !== 'quote') });
      }
    }
  }
  return units;
}

export function retargetPlan(matcher: PostingMatcher, files: readonly RetargetFile[], config: AnalyzerConfig): RetargetPlan {
  const material = files.filter((f) => kindOf(f.document) !== undefined);
  const coverage = coverageOf(matcher, material);
  const byKind: Partial<Record<MaterialKind, PostingCoverage>> = {};
  for (const kind of ['drafts', 'resume', 'stories'] as const) {
    const own = material.filter((f) => kindOf(f.document) === kind);
    if (own.length > 0) byKind[kind] = coverageOf(matcher, own);
  }
  const usedBy = (key: string): MaterialKind[] => (['drafts', 'resume', 'stories'] as const).filter((k) => (byKind[k]?.terms.find((t) => t.key === key)?.uses.length ?? 0) > 0);

  const termScore = new Map(matcher.posting.keyTerms.map((t) => [t.key, t]));
  const unitTerms = unitsOf(material, config).map((unit) => {
    const keys = new Set<string>();
    for (const b of unit.blocks) for (const m of matcher.matchBlock(b.prose)) keys.add(m.key);
    return { unit, keys };
  });

  const tqs = coverage.tqs.map((c): TqPlan => {
    const own = c.tq.terms.filter((k) => termScore.has(k));
    const total = own.reduce((sum, k) => sum + termScore.get(k)!.score, 0);
    const candidates = unitTerms
      .map(({ unit, keys }): Candidate => {
        const used = own.filter((k) => keys.has(k));
        const score = total === 0 ? 0 : used.reduce((sum, k) => sum + termScore.get(k)!.score, 0) / total;
        return { kind: unit.kind, path: unit.path, label: unit.label, span: unit.span, score, terms: used.map((k) => termScore.get(k)!.term) };
      })
      .filter((x) => x.score > 0)
      // Best cover first; at a tie the one that brings more of the TQ's terms, then file order.
      .sort((a, b) => b.score - a.score || b.terms.length - a.terms.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.span.start - b.span.start))
      .slice(0, CANDIDATES_PER_TQ);
    const addressedBy = [...new Set(own.flatMap(usedBy))];
    return { tq: c.tq, addressed: c.addressed, score: c.score, addressedBy, missing: c.missing.map((t) => t.term), candidates };
  });
  return { coverage, byKind, tqs, terms: coverage.terms.map((t) => ({ term: t.term, score: t.score, usedBy: usedBy(t.key) })) };
}
