import { ALL_RULES } from '../server/src/core/rules/registry';
import { ECQ_SETS } from '../server/src/core/domain/ecqSets';
import { CCAR_PROMPTS, slug } from '../server/src/core/skeletons';

/**
 * Parts of the extension manifest and its snippets that are derived from the engine's
 * data, so that they cannot drift from it. `npm run generate` writes them; tests fail when
 * the committed files differ.
 */

/** The `ecq.rules` setting: one entry per rule, listing the severities. */
export function rulesSetting(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of ALL_RULES) {
    properties[rule.id] = {
      type: 'string',
      enum: ['default', 'error', 'warning', 'info', 'hint', 'off'],
      default: 'default',
      markdownDescription: `${rule.title}: ${rule.summary} Default: \`${rule.defaultSeverity}\`.`,
    };
  }
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    additionalProperties: false,
    properties,
    markdownDescription: 'Severity per rule (`error`, `warning`, `info`, `hint` or `off`; `default` keeps the rule\'s own). A project `ecq.config.json` overrides these for the rules it names.',
  };
}

type Snippet = { prefix: string | string[]; body: string[]; description: string; scope?: string };

const SCOPE = 'ecq-markdown,markdown';

function ccarBody(start: number): string[] {
  return [`\${${start}:${CCAR_PROMPTS.challenge}}`, '', `\${${start + 1}:${CCAR_PROMPTS.context}}`, '', `\${${start + 2}:${CCAR_PROMPTS.action}}`, '', `\${${start + 3}:${CCAR_PROMPTS.result}}`];
}

export function snippets(): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const set of Object.values(ECQ_SETS)) {
    for (const ecq of set.ecqs) {
      const setWord = set.id === '2025' ? '2025' : 'pre-2025';
      out[`ECQ ${ecq.number}: ${ecq.name} (${setWord})`] = {
        scope: SCOPE,
        prefix: [`ecq-${slug(ecq)}`, `ecq${ecq.number}-${set.id}`],
        description: `${setWord} ECQ ${ecq.number} skeleton. Competencies: ${ecq.competencies.map((c) => c.name).join(', ')}.`,
        body: [`## ECQ ${ecq.number}: ${ecq.name}`, '', ...ccarBody(1), '$0'],
      };
    }
  }
  out['CCAR example'] = {
    scope: SCOPE,
    prefix: ['ccar', 'example'],
    description: 'One CCAR example: Challenge, Context, Action, Result (unlabelled, as coaches advise for final drafts).',
    body: ['### ${1:Example title}', '', ...ccarBody(2), '$0'],
  };
  out['CCAR example, labelled'] = {
    scope: SCOPE,
    prefix: ['ccar-labelled'],
    description: 'One CCAR example with bold part labels, for working drafts.',
    body: [`**Challenge:** \${1:${CCAR_PROMPTS.challenge}}`, '', `**Context:** \${2:${CCAR_PROMPTS.context}}`, '', `**Action:** \${3:${CCAR_PROMPTS.action}}`, '', `**Result:** \${4:${CCAR_PROMPTS.result}}`, '$0'],
  };
  out['Technical qualification'] = {
    scope: SCOPE,
    prefix: ['tq', 'mtq'],
    description: 'A technical qualification narrative: the TQ quoted as the posting words it, then a CCAR story.',
    body: ['## ${1|TQ,MTQ,PTQ|} ${2:1}: ${3:Title of the qualification}', '', '> ${4:The qualification, word for word from the posting.}', '', ...ccarBody(5), '$0'],
  };
  out['Resume accomplishment bullet'] = {
    scope: SCOPE,
    prefix: ['bullet', 'resume-bullet'],
    description: 'A resume accomplishment: implied first person, a strong verb, scope and a measured result.',
    body: ['- ${1|Led,Directed,Built,Cut,Negotiated,Modernized,Delivered|} ${2:what you did and its scope (budget, staff, stakeholders)}, ${3:achieving a measured result (%, $, time)}. [${4:ECQ or competency}]$0'],
  };
  out['Interview story'] = {
    scope: SCOPE,
    prefix: ['story'],
    description: 'An interview story: a CCAR example to tell aloud in two to four minutes.',
    body: ['## Story ${1:1}: ${2:Title}', '', 'ECQs: ${3:Leading People}', '', ...ccarBody(4), '$0'],
  };
  out['Interview file'] = {
    scope: SCOPE,
    prefix: ['interview'],
    description: 'An interview preparation file: front matter, questions with room for CCAR answers of two to four minutes, and questions for the panel.',
    body: [
      '---',
      'kind: interview',
      'ecqSet: ${1|2025,legacy|}',
      'posting: ${2:the-job.posting.md}',
      '---',
      '',
      '# Interview preparation: ${3:Your name}',
      '',
      '## Q1. ${4:Describe a time you led a major change. What resistance did you meet, and how did you overcome it?}',
      '',
      `\${5:${CCAR_PROMPTS.challenge} ${CCAR_PROMPTS.context} ${CCAR_PROMPTS.action} ${CCAR_PROMPTS.result}}`,
      '',
      '## Q2. ${6:Why do you want this position?}',
      '',
      '${7:Your answer.}',
      '',
      '## Questions for the panel',
      '',
      '- ${8:What would success in this position look like after one year?}',
      '- ${9:What is the biggest challenge the team faces today?}',
      '- ${10:How does this position work with the agency\'s leadership?}',
      '$0',
    ],
  };
  out['Interview question'] = {
    scope: SCOPE,
    prefix: ['question', 'q'],
    description: 'One interview question and its answer: a CCAR story told aloud in two to four minutes.',
    body: ['## Q${1:1}. ${2:Tell us about a time you…}', '', ...ccarBody(3), '$0'],
  };
  out['Thank-you note'] = {
    scope: SCOPE,
    prefix: ['thank-you', 'thanks'],
    description: 'A thank-you note to send the panel after the interview, by email if need be.',
    body: [
      '## Thank-you note',
      '',
      'Dear ${1:panel chair},',
      '',
      'Thank you for the time you and the panel gave me ${2:today} to discuss the ${3:position title} position. ${4:One thing from the conversation that stayed with you, and why it matters to you.}',
      '',
      '${5:One sentence on what you would bring to the work, tied to a question the panel asked.}',
      '',
      'I would welcome the chance to serve with ${6:the organization}.',
      '',
      'Sincerely,',
      '${7:Your name}',
      '$0',
    ],
  };
  return out;
}
