import { ECQ_SETS, EcqDefinition, EcqSetId } from '../../domain/ecqSets';
import { Block } from '../../parse/blocks';
import { DocumentModel, isProse, Section } from '../../parse/document';
import { BlockFacts } from '../../analysis/facts';
import { CodeRule, firstLineSpan, RuleContext, sectionName } from '../context';
import { SKELETON } from './ccar';
import { Fix } from '../types';

/**
 * Length and completeness of ECQ sections and packages.
 *
 * A package is one file with two or more ECQ sections, or a folder of one-ECQ files
 * (package.ts at the engine level handles folders). Characters are counted as the reader
 * sees them: markup stripped, spaces counted, runs of white space as one, each paragraph
 * break as one character.
 */

function visibleCharacters(blocks: readonly Block[], facts: ReadonlyMap<number, BlockFacts>): number {
  let total = 0;
  let paragraphs = 0;
  for (const b of blocks) {
    if (!isProse(b)) continue;
    const f = facts.get(b.index);
    if (!f || f.visibleLength === 0) continue;
    total += f.visibleLength;
    paragraphs++;
  }
  return total + Math.max(0, paragraphs - 1);
}

export function sectionCharacters(doc: DocumentModel, section: Section): number {
  return visibleCharacters(section.blocks, doc.facts);
}

export function documentCharacters(doc: DocumentModel): number {
  return visibleCharacters(doc.blocks, doc.facts);
}

export function isSingleFilePackage(doc: DocumentModel): boolean {
  return doc.kind === 'ecq' && doc.sections.filter((s) => s.kind === 'ecq').length >= 2;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function formatNumber(n: number): string {
  return numberFormat.format(Math.round(n));
}

/** The top of a package: its title heading or first line. */
export function packageTop(doc: DocumentModel): { start: number; end: number } {
  const first = doc.blocks.find((b) => isProse(b));
  return first ? firstLineSpan(doc, first) : { start: 0, end: 0 };
}

export function pagesMessage(characters: number, perPage: number, limit: number): string {
  const pages = characters / perPage;
  return `This ECQ package is about ${pages.toFixed(1)} pages (${formatNumber(characters)} characters at ${formatNumber(perPage)} per page); the limit is ${limit} pages. Cut about ${formatNumber(characters - limit * perPage)} characters: trim context, merge actions, drop an example.`;
}

export const lengthOverLimit: CodeRule = {
  meta: {
    id: 'length.over-limit',
    title: 'Over the length limit',
    category: 'length',
    defaultSeverity: 'error',
    appliesTo: ['ecq', 'tq'],
    summary: 'Finds an ECQ or TQ section over its character limit (default 8,000), or an ECQ package over its page budget (default 10 pages).',
    why: 'Text over the limit is cut or not read: postings cap characters per ECQ, and a traditional package is limited to 10 pages.',
    howToFix: 'Cut the section below the limit: shorten the context, merge actions, keep the strongest example. Limits are set in the project config when a posting gives others.',
    exemptions: [
      'Markup does not count; characters are counted as the reader sees them, spaces included, each paragraph break as one.',
      'The section heading itself does not count against the section.',
      'A page is 4,000 characters by default (12-point font, 1-inch margins); set limits.charactersPerPage for another format.',
    ],
    source: 'ses-domain.md §2.2 (≤10 pages per package; ~8,000 characters per ECQ)',
    examples: {
      bad: [{ text: `## [[ECQ 1: Leading Change]]\n\n${'In 2023 I cut the award time from 312 to 171 days for 210 staff. '.repeat(130)}\n` }],
      good: [{ text: '## ECQ 1: Leading Change\n\nIn 2023 I cut the award time from 312 to 171 days for 210 staff.\n' }],
    },
  },
  check(ctx) {
    const { limits } = ctx.config;
    for (const section of ctx.doc.sections) {
      const limit = section.kind === 'tq' ? limits.tqCharacters : limits.ecqCharacters;
      const characters = sectionCharacters(ctx.doc, section);
      if (characters <= limit) continue;
      const anchor = section.heading ?? section.blocks.find((b) => isProse(b));
      if (!anchor) continue;
      ctx.report({
        ruleId: 'length.over-limit',
        span: firstLineSpan(ctx.doc, anchor),
        message: `${sectionName(section)} has ${formatNumber(characters)} characters; the limit is ${formatNumber(limit)}. Cut about ${formatNumber(characters - limit)} characters.`,
        data: { characters, limit },
      });
    }
    if (isSingleFilePackage(ctx.doc)) {
      const characters = documentCharacters(ctx.doc);
      if (characters > limits.packagePages * limits.charactersPerPage) {
        ctx.report({
          ruleId: 'length.over-limit',
          span: packageTop(ctx.doc),
          message: pagesMessage(characters, limits.charactersPerPage, limits.packagePages),
          data: { characters, pages: Number((characters / limits.charactersPerPage).toFixed(2)) },
        });
      }
    }
  },
};

export function missingEcqs(set: EcqSetId, present: ReadonlySet<string>): EcqDefinition[] {
  return ECQ_SETS[set].ecqs.filter((e) => !present.has(e.id));
}

export function missingEcqMessage(ecq: EcqDefinition): string {
  const setName = ecq.set === '2025' ? 'the 2025 ECQ set' : 'the pre-2025 ECQ set';
  return `This package has no ECQ ${ecq.number}, ${ecq.name}, which ${setName} requires. Add a narrative for it with one or two CCAR examples.`;
}

function appendSectionFix(ctx: RuleContext, ecq: EcqDefinition): Fix {
  const headingLevel = ctx.doc.sections.find((s) => s.heading && s.heading.level <= 6)?.heading?.level ?? 2;
  const eol = ctx.eol;
  const body = (['challenge', 'context', 'action', 'result'] as const).map((k) => `[${k[0]!.toUpperCase()}${k.slice(1)}: ${SKELETON[k]}]`).join(eol + eol);
  const end = ctx.doc.text.length;
  const lead = ctx.doc.text.endsWith('\n') ? eol : eol + eol;
  return {
    title: `Add a skeleton for ECQ ${ecq.number}: ${ecq.name}`,
    edits: [{ span: { start: end, end }, newText: `${lead}${'#'.repeat(headingLevel)} ECQ ${ecq.number}: ${ecq.name}${eol}${eol}${body}${eol}` }],
    preferred: true,
    insertsPlaceholder: true,
  };
}

export const ecqMissing: CodeRule = {
  meta: {
    id: 'ecq.missing',
    title: 'ECQ missing from the package',
    category: 'structure',
    defaultSeverity: 'error',
    appliesTo: ['ecq'],
    summary: 'Finds a package (a file with two or more ECQs, or a folder of one-ECQ files) that lacks one of its set\'s five ECQs.',
    why: 'The board certifies all five ECQs from the whole package; a missing ECQ means certain disapproval.',
    howToFix: 'Add the missing ECQ. The quick fix appends a heading and a CCAR skeleton.',
    exemptions: [
      'A file with a single ECQ is not a package on its own; it is checked with the other one-ECQ files in its folder.',
      'When the ECQ set cannot be told from the headings (for example only "Leading People", which both sets have), set ecqSet in the project config.',
    ],
    source: 'ses-domain.md §1 (the five ECQs of each set) and §3 (the QRB judges all five ECQs)',
    examples: {
      bad: [
        {
          text: '# [[Executive Core Qualifications]]\n\n## ECQ 1: Leading Change\n\nIn 2023 I cut award time 45 percent.\n\n## ECQ 2: Leading People\n\nI cut attrition from 19 to 9 percent.\n\n## ECQ 3: Results Driven\n\nI closed 2,390 contracts.\n\n## ECQ 4: Business Acumen\n\nI absorbed a $3.2 million cut.\n',
          note: 'Building Coalitions is missing.',
          fixed: '# Executive Core Qualifications\n\n## ECQ 1: Leading Change\n\nIn 2023 I cut award time 45 percent.\n\n## ECQ 2: Leading People\n\nI cut attrition from 19 to 9 percent.\n\n## ECQ 3: Results Driven\n\nI closed 2,390 contracts.\n\n## ECQ 4: Business Acumen\n\nI absorbed a $3.2 million cut.\n\n## ECQ 5: Building Coalitions\n\n[Challenge: State the specific problem or goal and why it mattered to the organization.]\n\n[Context: Describe the scope and environment: organization size, budget, staff, stakeholders, constraints and deadlines.]\n\n[Action: Say what you did, in first person: the decisions you made and the steps you led.]\n\n[Result: Give the outcome with figures: percentages, dollars, time saved, people served.]\n',
        },
      ],
      good: [
        {
          text: '# Executive Core Qualifications\n\n## ECQ 1: Leading Change\n\nIn 2023 I cut award time 45 percent.\n\n## ECQ 2: Leading People\n\nI cut attrition from 19 to 9 percent.\n\n## ECQ 3: Results Driven\n\nI closed 2,390 contracts.\n\n## ECQ 4: Business Acumen\n\nI absorbed a $3.2 million cut.\n\n## ECQ 5: Building Coalitions\n\nI won the agreement of 4 agencies.\n',
        },
      ],
    },
  },
  check(ctx) {
    if (!isSingleFilePackage(ctx.doc)) return;
    const set = ctx.doc.ecqSet;
    if (set === 'unknown') return;
    const present = new Set(ctx.doc.sections.map((s) => s.ecq?.id).filter((id): id is string => !!id));
    const top = packageTop(ctx.doc);
    for (const ecq of missingEcqs(set, present)) {
      ctx.report({ ruleId: 'ecq.missing', span: top, message: missingEcqMessage(ecq), fixes: [appendSectionFix(ctx, ecq)], data: { ecq: ecq.id } });
    }
  },
};

export const ecqTooManyExamples: CodeRule = {
  meta: {
    id: 'ecq.too-many-examples',
    title: 'Too many examples in one ECQ',
    category: 'structure',
    defaultSeverity: 'warning',
    appliesTo: ['ecq'],
    summary: 'Finds an ECQ with more than 2 examples (configurable).',
    why: 'Coaches advise one or two examples per ECQ: more examples means less depth each, and boards judge depth.',
    howToFix: 'Keep the two strongest examples and give them the room of the others.',
    exemptions: ['Examples are counted by their sub-headings, "Example N" labels or horizontal rules.'],
    source: 'ses-domain.md §2.2 (examples: 1 to 2 per ECQ, max 2)',
    examples: {
      bad: [
        {
          text: '## [[ECQ 4: Leading People]]\n\n### Example 1\n\nI cut attrition 10 points.\n\n### Example 2\n\nI hired 40 engineers.\n\n### Example 3\n\nI resolved a union grievance.\n',
        },
      ],
      good: [{ text: '## ECQ 4: Leading People\n\n### Example 1\n\nI cut attrition 10 points.\n\n### Example 2\n\nI hired 40 engineers.\n' }],
    },
  },
  check(ctx) {
    const limit = ctx.config.limits.examplesPerEcq;
    for (const section of ctx.doc.sections) {
      if (section.kind !== 'ecq' || !section.heading || section.examples.length <= limit) continue;
      ctx.report({
        ruleId: 'ecq.too-many-examples',
        span: firstLineSpan(ctx.doc, section.heading),
        message: `${sectionName(section)} has ${section.examples.length} examples; boards expect at most ${limit}. Keep the strongest and give them more depth.`,
        data: { examples: section.examples.length },
      });
    }
  },
};
