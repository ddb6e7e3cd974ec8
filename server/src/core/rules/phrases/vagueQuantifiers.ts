import { PhraseRule } from './phraseTypes';

/**
 * "many of them": a share of a group named just before, where no count is knowable.
 * "many of our 14 review steps" is still reported: the writer knows how many.
 */
const PARTITIVE = ['of them', 'of these', 'of those', 'of whom', 'of which', 'of us'];

export const vagueQuantifiers: PhraseRule = {
  meta: {
    id: 'claim.vague-quantifier',
    title: 'Vague quantifier',
    category: 'evidence',
    defaultSeverity: 'warning',
    appliesTo: ['ecq', 'tq', 'interview'],
    summary: 'Finds "various", "numerous", "several", "significant" and other words that stand where a figure belongs.',
    why: 'Boards want scope and impact they can weigh: how many, how much, how often. "Numerous stakeholders" and "significant savings" ask the reader to take your word for it.',
    howToFix: 'Replace the word with the figure: "14 stakeholder groups", "$2.3 million in savings", "38 percent".',
    exemptions: [
      'Partitives with a pronoun, such as "many of them": a share of a group named just before. "Many of our 14 offices" is still reported, because the writer knows how many.',
      'Terms of art: "statistically significant", and the audit finding "significant deficiency".',
      'Text inside quotation marks and block quotes.',
    ],
    source: 'ses-domain.md §5 ("various", "numerous", "significant", "several", "many" as vague-quantifier flags; "how many, how much, how often")',
    examples: {
      bad: [
        { text: 'The solicitation had received [[various]] protests.' },
        { text: 'I resolved [[numerous]] vacancies and morale improved [[significantly]].' },
        { text: '[[Several]] agency CIOs resisted the tagging deadline.' },
        { text: 'Customer satisfaction improved [[a great deal]].' },
        { text: 'Case production has [[markedly]] improved, with [[a marked improvement]] in morale.' },
      ],
      good: [
        { text: 'Many of them had spent their whole careers on the mainframe.' },
        { text: 'The difference was statistically significant across 14 sites.' },
        { text: 'Performance improved dramatically. Productivity rose 40 percent in a year.' },
        { text: 'Three agency CIOs resisted the tagging deadline.' },
      ],
    },
  },
  phrases: [
    { pattern: 'various', notFollowedBy: PARTITIVE },
    { pattern: 'numerous' },
    { pattern: 'many', notFollowedBy: [...PARTITIVE, 'more', 'times'], notPrecededBy: ['how', 'as', 'so', 'too'] },
    { pattern: 'several', notFollowedBy: PARTITIVE },
    { pattern: 'significant|substantial|considerable', notPrecededBy: ['statistically', 'no', 'any'], notFollowedBy: ['deficiency', 'deficiencies'] },
    { pattern: 'significantly|substantially|considerably|markedly', notPrecededBy: ['statistically'], resolvedByFigure: true },
    { pattern: 'a marked improvement|increase|decrease|reduction|decline|rise' },
    { pattern: 'a number of' },
    { pattern: 'a large|significant|substantial|considerable|great number of' },
    { pattern: 'a great deal' },
    { pattern: 'a lot of?' },
    { pattern: 'lots of' },
    { pattern: 'countless|myriad|innumerable' },
    { pattern: 'a wide|broad range|variety of' },
    { pattern: 'a variety|multitude|host|plethora of' },
    { pattern: 'a great many' },
    { pattern: 'dramatically|greatly|vastly|tremendously|immensely|hugely|massively', resolvedByFigure: true },
  ],
  message: (text) => `Vague quantity "${text}": give the figure instead (how many, how much, how often).`,
};
