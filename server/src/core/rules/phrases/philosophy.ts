import { PhraseRule } from './phraseTypes';

export const philosophy: PhraseRule = {
  meta: {
    id: 'claim.philosophy',
    title: 'Philosophy instead of a story',
    category: 'evidence',
    defaultSeverity: 'warning',
    appliesTo: ['ecq', 'tq'],
    summary: 'Finds statements of belief or habit ("I believe", "I always", "my philosophy", "I am passionate") where the board wants a specific story.',
    why: 'Leadership philosophy and habitual claims are a named reason ECQs fail: the board certifies what you did in a specific situation, not what you believe or usually do.',
    howToFix: 'Cut the belief and show it instead: a specific challenge, what you did, and what happened.',
    exemptions: ['Text inside quotation marks and block quotes.'],
    source: 'ses-domain.md §3 ("no clear CCAR; general philosophy instead of a specific story") and §5 ("always"; leadership philosophy or beliefs)',
    examples: {
      bad: [
        { text: '[[I have always believed]] that people are an organization\'s most important asset.' },
        { text: '[[My leadership philosophy]] is to listen first.' },
        { text: '[[I always]] put the customer first.' },
        { text: '[[I am passionate]] about public service.' },
      ],
      good: [
        { text: 'I met with all 22 supervisors every quarter to review each employee\'s development plan.' },
        { text: 'The Administrator said, "I believe this plan will work."' },
      ],
    },
  },
  phrases: [
    // Present-tense belief is philosophy; "I believed the estimate was wrong, so I…" is a story.
    { pattern: 'i|we believe' },
    { pattern: 'i|we strongly|firmly|truly|deeply|sincerely|always believe' },
    { pattern: "i|i've|we|we've have? always|long believed" },
    { pattern: 'i am a firm|strong|great|true believer' },
    { pattern: "i'm a firm|strong|great|true believer" },
    { pattern: "i|i've have? always" },
    { pattern: 'i never' },
    { pattern: 'my leadership|management|personal|guiding? philosophy' },
    { pattern: 'my philosophy of|on leadership|management' },
    { pattern: 'my leadership|management style' },
    { pattern: 'my approach to leadership|management|leading' },
    { pattern: 'i am deeply|truly|very? passionate' },
    { pattern: "i'm deeply|truly|very? passionate" },
    { pattern: 'i have a passion for' },
    { pattern: 'i pride myself' },
    { pattern: 'i feel strongly|that' },
    { pattern: 'i strive|aim to?' },
    { pattern: 'i am deeply|fully|firmly|truly? committed to' },
    { pattern: "i'm deeply|fully|firmly|truly? committed to" },
    { pattern: 'i deeply? value' },
    { pattern: 'i am known for|as' },
    { pattern: "i'm known for|as" },
  ],
  message: (text) => `"${text}" states a belief or habit. The board certifies specific actions and results; show it with a story instead.`,
};
