import { RuleContext } from '../context';
import { Fix, RuleId } from '../types';
import { PHRASE_RULES } from './index';
import { PhraseRule } from './phraseTypes';

const byId = new Map<RuleId, PhraseRule>(PHRASE_RULES.map((r) => [r.meta.id, r]));

function matchCase(replacement: string, original: string): string {
  if (replacement === '') return replacement;
  return /^[A-Z]/.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * Reports the phrase-table matches that facts.ts found, for every enabled phrase rule.
 * Matches inside quotations are skipped: quoting someone is not the writer's phrasing.
 */
export function runPhraseRules(ctx: RuleContext, enabled: (id: RuleId) => boolean): void {
  for (const block of ctx.narrativeBlocks) {
    const f = ctx.facts(block);
    for (const hit of f.phraseHits) {
      const ruleId = hit.entry.ruleId;
      if (!enabled(ruleId)) continue;
      const rule = byId.get(ruleId)!;
      if (!rule.meta.appliesTo.includes(ctx.doc.kind)) continue;
      if (ctx.inQuote(block, hit.start)) continue;
      const span = { start: block.span.start + hit.start, end: block.span.start + hit.end };
      const written = ctx.doc.text.slice(span.start, span.end);
      const entry = hit.entry.entry;
      const fixes: Fix[] = [];
      for (const [i, replacement] of (entry.replacements ?? []).entries()) {
        let edit = { span, newText: matchCase(replacement, written) };
        if (replacement === '') {
          // Deleting a word takes one neighbouring space with it.
          const after = ctx.doc.text[span.end] === ' ';
          edit = { span: after ? { start: span.start, end: span.end + 1 } : { start: Math.max(0, span.start - (ctx.doc.text[span.start - 1] === ' ' ? 1 : 0)), end: span.end }, newText: '' };
        }
        fixes.push({
          title: replacement === '' ? `Delete "${written}"` : `Replace with "${edit.newText}"`,
          edits: [edit],
          preferred: entry.mechanical === true && i === 0,
        });
      }
      ctx.report({ ruleId, span, message: rule.message(written, entry), fixes, data: { phrase: written.toLowerCase() } });
    }
  }
}
