import { RuleContext } from '../context';
import { generalQuestionSections } from '../../interview/interview';
import { Steps } from '../../steps';
import { Fix, RuleId } from '../types';
import { PHRASE_RULES } from './index';
import { PhraseRule } from './phraseTypes';
import { delimiterRuns, DelimiterRun, keepEmphasis, widenToEmphasis } from '../emphasis';

const byId = new Map<RuleId, PhraseRule>(PHRASE_RULES.map((r) => [r.meta.id, r]));

function matchCase(replacement: string, original: string): string {
  if (replacement === '') return replacement;
  return /^[A-Z]/.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * Blocks reported between two yields. A yield per block cost a few percent of a typing
 * re-analysis (the generators it passes through resume each time); 32 blocks of the
 * densest findings take well under a millisecond.
 */
const BLOCKS_PER_STEP = 32;
/**
 * ... or fewer, once this many matches have been reported: each under the cap builds a
 * finding and its fixes (about 1.5 µs), and a pasted page of the same wordy sentence has
 * hundreds a block.
 */
const HITS_PER_STEP = 512;

/** Whether nothing that ends a clause (a comma, semicolon, colon or full stop) stands in `prose` between `from` and `to`. */
function sameClause(prose: string, from: number | undefined, to: number): boolean {
  if (from === undefined || from > to) return false;
  for (let i = from; i < to; i++) {
    const c = prose[i];
    if (c === ',' || c === ';' || c === ':' || c === '.' || c === '!' || c === '?') return false;
  }
  return true;
}

/**
 * Reports the phrase-table matches that facts.ts found, for every enabled phrase rule.
 * Matches inside quotations are skipped: quoting someone is not the writer's phrasing.
 * Yields every BLOCKS_PER_STEP blocks: a draft of thousands of bullets has as many blocks.
 */
export function* runPhraseRules(ctx: RuleContext, enabled: (id: RuleId) => boolean): Steps<void> {
  // Answers to general interview questions ("What is your leadership philosophy?", "Why this
  // position?") are asked for beliefs and motives: philosophy is the answer there, not a lapse.
  const general = ctx.doc.kind === 'interview' ? new Set([...generalQuestionSections(ctx.doc, ctx.config, ctx.posting)].flatMap((s) => s.blocks.map((b) => b.index))) : undefined;
  let blocksSinceYield = 0;
  let hitsSinceYield = 0;
  for (const block of ctx.narrativeBlocks) {
    if (++blocksSinceYield >= BLOCKS_PER_STEP || hitsSinceYield >= HITS_PER_STEP) {
      blocksSinceYield = 0;
      hitsSinceYield = 0;
      yield;
    }
    const f = ctx.facts(block);
    hitsSinceYield += f.phraseHits.length;
    // The block's emphasis markers, found once and only when a fix needs them.
    let runs: DelimiterRun[] | undefined;
    const markers = (): DelimiterRun[] => (runs ??= delimiterRuns(ctx.doc.text, block.span.start, block.span.end));
    // Per rule that reports once a clause, where its last finding in this block ends.
    let lastEnd: Map<RuleId, number> | undefined;
    for (const hit of f.phraseHits) {
      const ruleId = hit.entry.ruleId;
      if (!enabled(ruleId)) continue;
      const rule = byId.get(ruleId)!;
      if (!rule.meta.appliesTo.includes(ctx.doc.kind)) continue;
      if (rule.oncePerClause && sameClause(block.prose, lastEnd?.get(ruleId), hit.start)) continue;
      if (ruleId === 'claim.philosophy' && general?.has(block.index)) continue;
      if (ctx.inQuote(block, hit.start)) continue;
      const entry = hit.entry.entry;
      if (entry.notInKinds?.includes(ctx.doc.kind)) continue;
      const span = { start: block.span.start + hit.start, end: block.span.start + hit.end };
      ctx.reportLazily(ruleId, span, () => {
        const written = ctx.doc.text.slice(span.start, span.end);
        const fixes: Fix[] = [];
        for (const [i, replacement] of (entry.replacements ?? []).entries()) {
          let edit = { span, newText: matchCase(replacement, written) };
          if (replacement === '') {
            // Deleting words that were all a pair of markers emphasised takes the markers too,
            // and one neighbouring space.
            const whole = widenToEmphasis(markers(), span);
            const after = ctx.doc.text[whole.end] === ' ';
            edit = { span: after ? { start: whole.start, end: whole.end + 1 } : { start: Math.max(0, whole.start - (ctx.doc.text[whole.start - 1] === ' ' ? 1 : 0)), end: whole.end }, newText: '' };
          }
          // Markers inside the span whose partners are outside it stay, so emphasis stays well formed.
          edit = keepEmphasis(ctx.doc.text, markers(), edit);
          fixes.push({
            title: replacement === '' ? `Delete "${written}"` : `Replace with "${edit.newText}"`,
            edits: [edit],
            preferred: entry.mechanical === true && i === 0,
          });
        }
        return { message: rule.message(written, entry), fixes, data: { phrase: written.toLowerCase() } };
      });
      if (rule.oncePerClause) (lastEnd ??= new Map()).set(ruleId, hit.end);
    }
  }
}
