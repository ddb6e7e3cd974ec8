import { Block } from '../../parse/blocks';
import { COMMON_ACRONYMS, FEDERAL_GLOSSARY, STATE_CODES } from '../../domain/acronyms';
import { ENGLISH_TIER_1, ENGLISH_TIER_2, ENGLISH_TIER_3 } from '../../posting/lexicon';
import { BLOCKS_PER_STEP, CodeRule, RuleContext, sectionName } from '../context';
import { Fix } from '../types';

/**
 * acronym.undefined: each ECQ (and each TQ) must stand alone, so an acronym has to be
 * spelled out in the same section before, or where, it is first used.
 */

function isExempt(ctx: RuleContext, acronym: string, block: Block, start: number): boolean {
  if (COMMON_ACRONYMS.has(acronym)) return true;
  if (ctx.config.vocabulary.acronyms.has(acronym) || ctx.config.vocabulary.terms.has(acronym.toLowerCase())) return true;
  // "Richmond, VA": a state after a comma.
  if (STATE_CODES.has(acronym) && /,\s*$/.test(block.prose.slice(Math.max(0, start - 3), start))) return true;
  return false;
}

interface Scope {
  readonly name: string;
  readonly blocks: readonly Block[];
}

/**
 * The lines that head a package ("Gary T. Kowalczyk", "Deputy Director, …, USDA Forest
 * Service", "Announcement FS-2026-0117") name the writer and the job; they are not prose.
 * A block of the introduction whose every line is short and ends without a full stop is one.
 */
const isEnglishWord = (word: string): boolean => ENGLISH_TIER_1.has(word) || ENGLISH_TIER_2.has(word) || ENGLISH_TIER_3.has(word);

function isHeaderBlock(text: string, block: Block, inPreamble: boolean): boolean {
  if (!inPreamble) return false;
  const lines = text.slice(block.span.start, block.span.end).split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.every((l) => l.trim().length <= 140 && !/[.!?:]["”’)]?\s*$/.test(l.trim()));
}

export const acronymUndefined: CodeRule = {
  meta: {
    id: 'acronym.undefined',
    title: 'Acronym not spelled out',
    category: 'clarity',
    defaultSeverity: 'warning',
    appliesTo: ['ecq', 'tq'],
    summary: 'Finds an acronym that is not spelled out earlier in the same ECQ or TQ.',
    why: 'Board members come from other agencies, and each ECQ is read on its own. Agency jargon and acronyms ("inside baseball") are a named reason ECQs fail; coaches say to spell acronyms out again in every ECQ.',
    howToFix: 'Spell it out at first use in this section: "authority to operate (ATO)". The quick fix does so when the spelled-out form is known from another section, your vocabulary file or the built-in Federal glossary. If the board knows the term, add it to the project vocabulary.',
    exemptions: [
      `Common acronyms any reader knows: ${[...COMMON_ACRONYMS].slice(0, 20).join(', ')} and a few more.`,
      'State codes after a comma ("Richmond, VA").',
      'Acronyms in the project vocabulary file.',
      'Headings, and text that is mostly capitals (titles).',
      'Roman numerals ("Phase II").',
      'Uses inside quotations are not reported, but a definition inside a quotation counts.',
      'The header lines of a package (name, position, agency, announcement number), and codes such as "FS-2026-0117".',
      '"(PACT Act)" after a name defines "PACT"; an English word in capitals after an acronym ("CAL FIRE") is part of its name.',
    ],
    source: 'ses-domain.md §2.2 (acronyms: spell out again in each ECQ) and §3 (agency jargon and acronyms)',
    examples: {
      bad: [
        {
          text: '## ECQ 1: Leading Change\n\nI would not sign the [[ATO]] until the data residency question was closed.\n',
          fixed: '## ECQ 1: Leading Change\n\nI would not sign the authority to operate (ATO) until the data residency question was closed.\n',
        },
        {
          text: '## ECQ 1: Leading Change\n\nI lead the Naval Facilities Engineering Systems Command (NAVFAC) contracting office.\n\n## ECQ 2: Leading People\n\n[[NAVFAC]] headquarters cut my budget by $3.2 million.\n',
          note: 'Defined in ECQ 1, but ECQ 2 must stand alone.',
          fixed: '## ECQ 1: Leading Change\n\nI lead the Naval Facilities Engineering Systems Command (NAVFAC) contracting office.\n\n## ECQ 2: Leading People\n\nNaval Facilities Engineering Systems Command (NAVFAC) headquarters cut my budget by $3.2 million.\n',
        },
      ],
      good: [
        { text: '## ECQ 1: Leading Change\n\nI would not sign the authority to operate (ATO) until the data residency question was closed. The ATO followed in May.\n' },
        { text: 'I moved 47 applications from U.S. data centers to the cloud in FY2021, working from Richmond, VA.' },
      ],
    },
  },
  *check(ctx) {
    let read = 0;
    const scopes: Scope[] = ctx.doc.sections.map((s) => ({ name: sectionName(s), blocks: s.blocks }));
    if (ctx.doc.preamble.length > 0) scopes.unshift({ name: 'The introduction', blocks: ctx.doc.preamble });

    // Spelled-out forms anywhere in the document, for the quick fix.
    const known = new Map<string, string>();
    for (const block of ctx.doc.blocks) {
      if (++read % BLOCKS_PER_STEP === 0) yield;
      const f = ctx.doc.facts.get(block.index);
      for (const d of f?.acronymDefinitions ?? []) if (d.longForm && !known.has(d.acronym)) known.set(d.acronym, d.longForm);
    }
    const narrative = new Set(ctx.narrativeBlocks.map((b) => b.index));

    for (const scope of scopes) {
      const defined = new Set<string>();
      const reported = new Set<string>();
      const pending: { acronym: string; block: Block; start: number; end: number }[] = [];
      for (const block of scope.blocks) {
        if (++read % BLOCKS_PER_STEP === 0) yield;
        const f = ctx.doc.facts.get(block.index);
        if (!f || block.kind === 'heading') continue;
        if (f.acronymUses.length === 0) continue;
        const header = isHeaderBlock(ctx.doc.text, block, scope.blocks === ctx.doc.preamble);
        const definitions = f.acronymDefinitions;
        let previousEnd = -2;
        for (const use of f.acronymUses) {
          // "CAL FIRE": an ordinary English word in capitals after an acronym goes on with its
          // name; "DHS CISA" is two acronyms.
          const continuesName = use.start === previousEnd + 1 && block.prose[previousEnd] === ' ' && isEnglishWord(use.acronym.toLowerCase());
          previousEnd = use.end;
          if (continuesName) continue;
          if (definitions.length > 0 && definitions.some((d) => d.start === use.start)) {
            defined.add(use.acronym);
            continue;
          }
          if (header || defined.has(use.acronym) || reported.has(use.acronym)) continue;
          if (!narrative.has(block.index) || ctx.inQuote(block, use.start)) continue;
          if (isExempt(ctx, use.acronym, block, use.start)) continue;
          reported.add(use.acronym);
          pending.push({ acronym: use.acronym, block, start: use.start, end: use.end });
        }
      }
      for (const p of pending) {
        const span = { start: p.block.span.start + p.start, end: p.block.span.start + p.end };
        const written = ctx.doc.text.slice(span.start, span.end);
        const longForm = known.get(p.acronym) ?? ctx.config.vocabulary.acronyms.get(p.acronym) ?? FEDERAL_GLOSSARY.get(p.acronym);
        const fixes: Fix[] = longForm
          ? [{ title: `Spell out: "${longForm} (${written})"`, edits: [{ span, newText: `${longForm} (${written})` }], preferred: true }]
          : [];
        const later = defined.has(p.acronym) ? ' It is spelled out later in this section; spell it out here, at first use, instead.' : '';
        ctx.report({
          ruleId: 'acronym.undefined',
          span,
          message: `"${written}" is not spelled out in ${scope.name.replace(/^This narrative$/, 'this narrative')}. Each section must stand alone for a reader from another agency: spell it out at first use${longForm ? ` ("${longForm} (${written})")` : ''}, or add it to the project vocabulary if every reader knows it.${later}`,
          fixes,
          data: { acronym: p.acronym },
        });
      }
    }
  },
};
