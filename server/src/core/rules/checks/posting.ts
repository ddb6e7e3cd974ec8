import { ECQ_SETS, EcqSetId } from '../../domain/ecqSets';
import { AnalyzerConfig, severityOf } from '../../config';
import { DocumentModel } from '../../parse/document';
import { buildSuppressions, isSuppressed } from '../../parse/suppressions';
import { PostingAnalysis } from '../../posting/posting';
import { CoverageDraft, PostingCoverage, TqCoverage } from '../../posting/coverage';
import { CodeRule, firstLineSpan } from '../context';
import { Finding, RuleMeta } from '../types';
import { packageTop } from './package';

/**
 * Rules that compare the drafts with the linked job posting (posting/). They run only when
 * a posting is linked: in the project config ("posting"), with `ecq lint --posting`, or
 * with the editor's "ECQ: Set Job Posting".
 */

const SET_NAMES: Readonly<Record<EcqSetId, string>> = { '2025': 'the 2025 ECQs', legacy: 'the pre-2025 ECQs' };

function setList(set: EcqSetId): string {
  return ECQ_SETS[set].ecqs.map((e) => e.name).join('; ');
}

function postingName(posting: PostingAnalysis): string {
  return posting.title ? `the posting ("${posting.title.text}")` : 'the posting';
}

/** A small posting for the rule examples: two MTQs and the 2025 ECQs. */
const EXAMPLE_POSTING = [
  '# Director, Grants Modernization',
  '',
  '## Duties',
  '',
  '- Leads the modernization of the grants management system and the migration of grant data to the cloud.',
  '- Oversees single audit resolution and the recovery of improper payments.',
  '',
  '## Qualifications',
  '',
  'Your resume must show the five ECQs: Commitment to the Rule of Law and the Principles of the American Founding, Driving Efficiency, Merit and Competence, Leading People and Achieving Results.',
  '',
  '**MTQ 1:** Demonstrated experience leading the modernization of a grants management system, including the migration of grant data to a cloud platform.',
  '',
  '**MTQ 2:** Demonstrated experience resolving single audit findings and recovering improper payments from grant recipients.',
  '',
].join('\n');

export const postingEcqSetMismatch: CodeRule = {
  meta: {
    id: 'posting.ecq-set-mismatch',
    title: 'ECQ set differs from the posting',
    category: 'posting',
    defaultSeverity: 'error',
    appliesTo: ['ecq'],
    summary: 'Finds an ECQ draft written to the other ECQ set than the linked posting uses (the 2025 set or the pre-2025 one).',
    why: 'Since October 2025 postings use the new ECQs, but older postings and many drafts still use the pre-2025 ones. The two sets share only "Leading People": a package written to the wrong set fails the review board however good its stories are.',
    howToFix: 'Rework the stories under the posting\'s ECQs. Driving Efficiency maps to Business Acumen; the other 2025 ECQs draw on several old ones (see the ECQ set guide in the README).',
    exemptions: [
      'A draft whose set cannot be told ("Leading People" alone) and a posting that names no ECQs are not compared.',
    ],
    source: 'ses-domain.md §0 and §1 (the 2025 and pre-2025 sets, and which postings use which)',
    examples: {
      bad: [
        {
          text: '# ECQs\n\n## [[ECQ 1: Leading Change]]\n\nIn 2023 I cut award time 45 percent for 210 staff.\n\n## ECQ 4: Business Acumen\n\nI absorbed a $3.2 million cut.\n',
          posting: EXAMPLE_POSTING,
          note: 'The posting uses the 2025 ECQs; the draft uses the pre-2025 ones.',
        },
      ],
      good: [
        {
          text: '# ECQs\n\n## ECQ 2: Driving Efficiency\n\nIn 2023 I cut award time 45 percent for 210 staff.\n\n## ECQ 4: Leading People\n\nI cut attrition from 19 to 9 percent.\n',
          posting: EXAMPLE_POSTING,
        },
      ],
    },
  },
  check(ctx) {
    const posting = ctx.posting;
    const doc = ctx.doc;
    if (!posting || posting.ecqSet === 'none' || doc.ecqSet === 'unknown' || doc.ecqSet === posting.ecqSet) return;
    const first = doc.sections.find((s) => s.ecq)?.heading;
    ctx.report({
      ruleId: 'posting.ecq-set-mismatch',
      span: first ? firstLineSpan(doc, first) : packageTop(doc),
      message: `This draft uses ${SET_NAMES[doc.ecqSet]}, but ${postingName(posting)} uses ${SET_NAMES[posting.ecqSet]}: ${setList(posting.ecqSet)}. Rework the stories under the posting's ECQs; a package written to the other set fails.`,
      data: { draftSet: doc.ecqSet, postingSet: posting.ecqSet },
    });
  },
};

/** Checked across the drafts of a package (postingPackageFindings), not one document at a time. */
export const postingTqUncovered: RuleMeta = {
  id: 'posting.tq-uncovered',
  title: 'A TQ of the posting is not addressed',
  category: 'posting',
  defaultSeverity: 'warning',
  appliesTo: ['ecq', 'tq', 'resume', 'stories'],
  summary: 'Finds a technical qualification (TQ, MTQ or PTQ) of the linked posting that no draft in the package addresses: no section of its own and less than half of its wording used.',
  why: 'The agency panel rates each TQ separately, and an MTQ is pass or fail: an application that does not show one is rated ineligible. Coaches advise echoing the TQ\'s own wording so the panel finds it.',
  howToFix: 'Address the TQ in its own words: a TQ narrative headed with its label ("MTQ 2"), or, for a 2025 posting, resume bullets that use its key terms. The keyword sidebar lists the TQ\'s terms and which are missing.',
  exemptions: [
    'A TQ counts as addressed when a draft has a section headed with its label or number ("TQ 2" answers "MTQ 2"), or when the drafts use at least half of its wording, weighted by how much each term says.',
    'Words count in any inflection: "modernized" covers "modernization".',
    'The finding goes at the top of one draft of the package: the resume, else a TQ narrative, else the first ECQ draft.',
  ],
  source: 'ses-domain.md §4 (TQs are rated by the agency; an MTQ is pass/fail; reuse the TQ\'s wording)',
  examples: {
    bad: [
      {
        text: '# [[Executive Core Qualifications]]\n\n## ECQ 2: Driving Efficiency\n\nIn 2023 I moved the grants management system to a cloud platform and cut its cost 30 percent.\n',
        posting: EXAMPLE_POSTING,
        note: 'MTQ 2 (single audit findings, improper payments) is addressed nowhere.',
      },
    ],
    good: [
      {
        text: '# Executive Core Qualifications\n\n## ECQ 2: Driving Efficiency\n\nIn 2023 I moved the grants management system to a cloud platform and cut its cost 30 percent.\n\n## ECQ 5: Achieving Results\n\nI resolved 41 single audit findings and recovered $2.3 million in improper payments from recipients.\n',
        posting: EXAMPLE_POSTING,
      },
    ],
  },
};

const KIND_ORDER = ['resume', 'tq', 'ecq', 'stories'];

/** The draft that carries package findings: the resume, else a TQ narrative, else the first ECQ draft. */
export function anchorDraft(drafts: readonly CoverageDraft[]): CoverageDraft | undefined {
  return [...drafts]
    .filter((d) => KIND_ORDER.includes(d.document.kind))
    .sort((a, b) => KIND_ORDER.indexOf(a.document.kind) - KIND_ORDER.indexOf(b.document.kind) || a.path.localeCompare(b.path))[0];
}

function uncoveredMessage(c: TqCoverage, posting: PostingAnalysis): string {
  const quote = c.tq.text.length > 110 ? `${c.tq.text.slice(0, 107).replace(/(?<!\s)\s+\S*$/, '')}…` : c.tq.text;
  const missing = c.missing.slice(0, 5).map((t) => t.term);
  const used = c.covered.length === 0 ? 'none of its terms appear' : `only ${c.covered.map((t) => `"${t.term}"`).join(', ')} of its terms appear${c.covered.length === 1 ? 's' : ''}`;
  return `${c.tq.label} of ${postingName(posting)} is not addressed in any draft: ${used} (${Math.round(c.score * 100)}% of its wording)${missing.length > 0 ? `; missing: ${missing.map((t) => `"${t}"`).join(', ')}` : ''}. "${quote}" The panel rates each TQ on its own: address it in its own words, in a TQ narrative or resume bullets.`;
}

/** posting.tq-uncovered for a package of drafts, as findings by draft path. */
export function postingPackageFindings(posting: PostingAnalysis, coverage: PostingCoverage, drafts: readonly CoverageDraft[], config: AnalyzerConfig): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const severity = severityOf(config, 'posting.tq-uncovered', postingTqUncovered.defaultSeverity);
  const anchor = anchorDraft(drafts);
  if (severity === 'off' || !anchor) return out;
  const doc: DocumentModel = anchor.document;
  const span = packageTop(doc);
  const suppressions = buildSuppressions(doc.directives, doc.blocks, doc.lines, doc.text);
  if (isSuppressed(suppressions, 'posting.tq-uncovered', doc.lines.positionAt(span.start).line)) return out;
  const findings: Finding[] = coverage.tqs
    .filter((c) => !c.addressed)
    .map((c) => ({ ruleId: 'posting.tq-uncovered', severity, message: uncoveredMessage(c, posting), span, fixes: [], data: { tq: c.tq.label, score: Math.round(c.score * 100) } }));
  if (findings.length > 0) out.set(anchor.path, findings);
  return out;
}
