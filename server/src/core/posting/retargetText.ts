import { RetargetPlan } from './retarget';

/**
 * The re-aiming plan as text: what was copied, the coverage of the new posting, each TQ with
 * the stories and examples that best cover it, and the key terms, missing first. `ecq
 * retarget` prints it; the editor's Apply to Another Posting opens it beside the drafts.
 */

export interface RetargetSummary {
  readonly out: string;
  readonly posting: string;
  readonly copied: readonly string[];
  /** Files not copied, with their kind. */
  readonly left: readonly string[];
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** How many key terms the text lists. */
const SHOWN_TERMS = 20;

export function formatRetargetText(plan: RetargetPlan, summary: RetargetSummary, shownPath: (p: string) => string): string {
  const lines = [`Copied ${summary.copied.length} files to ${summary.out}, linked to ${summary.posting}.`];
  if (summary.left.length > 0) lines.push(`Left behind (they belong to the old application): ${summary.left.join(', ')}.`);
  const c = plan.coverage;
  lines.push(`Coverage of the new posting: ${percent(c.overall)} overall${c.tqScore !== undefined ? ` (TQs ${percent(c.tqScore)}, key terms ${percent(c.termScore)})` : ''}`, '');
  for (const t of plan.tqs) {
    lines.push(`${t.tq.label}  ${percent(t.score).padStart(4)}  ${t.addressed ? 'addressed' : 'NOT ADDRESSED'}${t.addressedBy.length > 0 ? ` (terms used in: ${t.addressedBy.join(', ')})` : ''}`);
    lines.push(`  ${t.tq.text}`);
    if (t.missing.length > 0) lines.push(`  missing: ${t.missing.join('; ')}`);
    if (t.candidates.length === 0) lines.push('  no story or example uses its terms: a new story is needed');
    for (const x of t.candidates) lines.push(`  ${percent(x.score).padStart(4)}  ${x.kind} ${x.label} (${shownPath(x.path)}): ${x.terms.join('; ')}`);
    lines.push('');
  }
  lines.push('Key terms, missing first:');
  const top = plan.terms.slice(0, SHOWN_TERMS);
  for (const t of [...top.filter((x) => x.usedBy.length === 0), ...top.filter((x) => x.usedBy.length > 0)]) {
    lines.push(t.usedBy.length === 0 ? `  missing  ${t.term}` : `  used     ${t.term} (${t.usedBy.join(', ')})`);
  }
  return `${lines.join('\n')}\n`;
}
