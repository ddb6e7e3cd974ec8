import { Finding, RuleId, isRuleId } from '../../server/src/core/rules/types';
import { AnalysisResult } from '../../server/src/core/analyze';
import { CCAR_PARTS } from '../../server/src/core/domain/headings';

/**
 * Annotated evaluation drafts. In the draft, `[[text]]{rule.id}` marks a finding a human
 * reviewer expects (several ids: `{a,b}`), and `<!-- expect-missing: context, result -->`
 * before an example says which CCAR parts it lacks (it expects ccar.missing-* findings on
 * that example and none of the other parts). A finding matches an expectation of the same
 * rule when their spans overlap.
 */

export interface Expectation {
  readonly rule: RuleId;
  readonly start: number;
  readonly end: number;
}

export interface AnnotatedDraft {
  readonly text: string;
  readonly expectations: readonly Expectation[];
  /** Offsets where an expect-missing comment sits, with the parts it names. */
  readonly missingParts: readonly { offset: number; parts: readonly string[] }[];
}

export function parseAnnotated(source: string): AnnotatedDraft {
  let text = '';
  const expectations: Expectation[] = [];
  const pattern = /\[\[([^\]]*)\]\]\{([^}]*)\}/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(source)) !== null) {
    text += source.slice(last, m.index);
    const start = text.length;
    text += m[1];
    for (const id of m[2]!.split(',').map((x) => x.trim())) {
      if (!isRuleId(id)) throw new Error(`Unknown rule id in annotation: ${id}`);
      expectations.push({ rule: id, start, end: text.length });
    }
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  const missingParts: { offset: number; parts: string[] }[] = [];
  const comment = /<!--\s*expect-missing:\s*([^>]*?)\s*-->/g;
  while ((m = comment.exec(text)) !== null) {
    const parts = m[1]!.split(/[\s,]+/).filter(Boolean);
    for (const p of parts) if (!(CCAR_PARTS as readonly string[]).includes(p)) throw new Error(`Unknown CCAR part in expect-missing: ${p}`);
    missingParts.push({ offset: m.index + m[0].length, parts });
  }
  return { text, expectations, missingParts };
}

/** Adds the ccar.missing-* expectations: on the example holding each expect-missing comment, or the next one. */
export function withCcarExpectations(draft: AnnotatedDraft, result: AnalysisResult): Expectation[] {
  const out = [...draft.expectations];
  const examples = result.document.sections.flatMap((s) => s.examples);
  for (const { offset, parts } of draft.missingParts) {
    const example = examples.find((e) => e.span.start <= offset && offset <= e.span.end) ?? examples.find((e) => e.span.start >= offset);
    if (!example) throw new Error(`No example after expect-missing comment at ${offset}`);
    for (const part of parts) out.push({ rule: `ccar.missing-${part}` as RuleId, start: example.span.start, end: example.span.end });
  }
  return out;
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  falsePositives: string[];
  falseNegatives: string[];
}

export function score(text: string, findings: readonly Finding[], expectations: readonly Expectation[], into: Map<RuleId, RuleScore>, label: string): void {
  const rules = new Set<RuleId>([...findings.map((f) => f.ruleId), ...expectations.map((e) => e.rule)]);
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
  for (const rule of rules) {
    const s = into.get(rule) ?? { tp: 0, fp: 0, fn: 0, falsePositives: [], falseNegatives: [] };
    into.set(rule, s);
    const expected = expectations.filter((e) => e.rule === rule);
    const matched = new Set<Expectation>();
    for (const f of findings.filter((x) => x.ruleId === rule)) {
      const hit = expected.find((e) => !matched.has(e) && e.start < f.span.end && f.span.start < e.end);
      if (hit) {
        matched.add(hit);
        s.tp++;
      } else {
        s.fp++;
        s.falsePositives.push(`${label}:${lineOf(f.span.start)} "${text.slice(f.span.start, f.span.end).slice(0, 60)}"`);
      }
    }
    for (const e of expected) {
      if (matched.has(e)) continue;
      s.fn++;
      s.falseNegatives.push(`${label}:${lineOf(e.start)} "${text.slice(e.start, e.end).slice(0, 60)}"`);
    }
  }
}

export function precision(s: RuleScore): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}

export function recall(s: RuleScore): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}
