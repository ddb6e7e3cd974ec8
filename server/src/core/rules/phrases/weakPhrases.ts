import { PhraseRule } from './phraseTypes';

const STRONG = ['led', 'directed', 'managed'];

export const weakPhrases: PhraseRule = {
  meta: {
    id: 'phrase.weak',
    title: 'Weak phrase',
    category: 'voice',
    defaultSeverity: 'warning',
    appliesTo: ['ecq', 'tq', 'stories', 'interview'],
    summary: 'Finds duty language and supporting-role verbs ("responsible for", "helped", "participated in") where the board wants what you did.',
    why: 'Review boards read "responsible for" and "helped" as duties or a supporting role, not executive action. Coaches name these phrases as the first thing to cut.',
    howToFix: 'Replace the phrase with a strong verb that says what you did and what it achieved: "Led a $4M program", not "was responsible for a $4M program".',
    exemptions: [
      'Text inside quotation marks and block quotes: you may quote someone else.',
      '"supported by" (a passive fact about evidence or funding), which is not a role claim.',
      'A phrase whose subject is someone or something other than you or your team: "These SOPs helped to ensure…", "75 percent of the attorneys are now involved in pro bono work", "the staff who were responsible for…".',
    ],
    source: 'ses-domain.md §5 (resume-place tips: "was responsible for", "helped", "supported", "was tasked to"; "assisted", "duties included" as common coaching targets)',
    examples: {
      bad: [
        { text: 'I [[was responsible for]] the $40 million budget.' },
        { text: 'I [[helped]] draft the new procedures and [[participated in]] the working group.' },
        { text: 'In 2012 I [[was tasked to]] award the contract.' },
        { text: 'My [[duties included]] supervising 35 engineers.' },
      ],
      good: [
        { text: 'I led the $40 million budget process and cut spending 12 percent.' },
        { text: 'The plan was supported by data from all 14 field offices.' },
        { text: 'The Secretary said, "Our staff helped every veteran who called."' },
        { text: 'These SOPs helped to ensure that every field office reviewed its cases the same way.' },
      ],
    },
  },
  phrases: [
    { pattern: 'was|were|am|is|are|been responsible for', replacements: STRONG, advice: 'Say what you did: "Led a $4M program", not "was responsible for" it.' },
    { pattern: 'responsible for', replacements: STRONG, advice: 'Say what you did with it, and what changed.' },
    { pattern: 'primary|primarily|directly|solely|ultimately responsible for', replacements: STRONG },
    { pattern: 'helped|helping', replacements: ['led', 'drove', 'directed'], advice: 'Say what you did yourself.' },
    { pattern: 'assisted|assisting', replacements: ['led', 'coordinated'], advice: 'Say what you did yourself.' },
    { pattern: 'supported', replacements: ['led', 'enabled', 'drove'], notFollowedBy: ['by'], advice: 'Supporting is a secondary role; say what you led or decided.' },
    { pattern: 'was|were tasked to|with', replacements: ['led', 'took on'], advice: 'Being tasked is passive; say what you did.' },
    { pattern: 'tasked to|with', replacements: ['led', 'took on'], notPrecededBy: ['me', 'him', 'her', 'them', 'us'] },
    { pattern: 'duties included|include|includes', replacements: ['led', 'delivered'], advice: 'Duties are not accomplishments; name what you achieved.' },
    { pattern: 'participated in', replacements: ['led', 'represented the agency in'], advice: 'Participation is not leadership; say what you drove.' },
    { pattern: 'worked on', replacements: ['led', 'built', 'delivered'] },
    { pattern: 'was|were involved in|with', replacements: ['led', 'directed'] },
    { pattern: 'involved in', replacements: ['led', 'directed'], notPrecededBy: ['parties', 'agencies', 'offices', 'people', 'staff', 'everyone', 'those', 'groups', 'stakeholders'] },
    { pattern: 'was|were in charge of', replacements: ['led', 'directed'] },
    { pattern: 'played|play|plays|playing a|an key|major|critical|central|significant|important|leadership|lead|leading|pivotal|vital? role in', replacements: ['led', 'drove'], advice: 'Say what your role was and what you did in it.' },
    { pattern: 'contributed to', replacements: ['led', 'drove', 'delivered'], advice: 'Say what you did and how much of the result it explains.' },
    { pattern: 'was|were part of', replacements: ['led', 'served on'], notFollowedBy: ['a', 'an'] },
  ],
  writerAsSubject: true,
  message: (text, entry) => `Weak phrase "${text}": it reads as a duty or a supporting role. ${entry.advice ?? 'Use a strong verb for what you did.'}`,
};
