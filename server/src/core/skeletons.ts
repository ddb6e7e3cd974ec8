import { ECQ_SETS, EcqDefinition, EcqSetId } from './domain/ecqSets';

/**
 * Text for new drafts: "ECQ: New ECQ Package" writes one file per ECQ of a set, asking the
 * language server for them (`ecq/newPackageFiles`). The same CCAR prompts appear in the
 * snippets (scripts/manifest.ts).
 */

export const CCAR_PROMPTS = {
  challenge: 'The specific problem or goal, and why it mattered to the organization.',
  context: 'The scope and environment: organization size, budget, staff, stakeholders, constraints and deadlines.',
  action: 'What you did, in first person: the decisions you made and the steps you led.',
  result: 'The outcome, with figures: percentages, dollars, time saved, people served.',
} as const;

export function slug(ecq: EcqDefinition): string {
  const short = ecq.aliases[0] ?? ecq.name;
  return short.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function fileNameFor(ecq: EcqDefinition): string {
  return `ecq-${ecq.number}-${slug(ecq)}.ecq.md`;
}

export function ecqSkeleton(ecq: EcqDefinition): string {
  const competencies = ecq.competencies.map((c) => c.name).join(', ');
  return [
    `## ECQ ${ecq.number}: ${ecq.name}`,
    '',
    `<!-- ${ecq.definition} Competencies: ${competencies}. Delete this comment when you start. -->`,
    '',
    `[Challenge: ${CCAR_PROMPTS.challenge}]`,
    '',
    `[Context: ${CCAR_PROMPTS.context}]`,
    '',
    `[Action: ${CCAR_PROMPTS.action}]`,
    '',
    `[Result: ${CCAR_PROMPTS.result}]`,
    '',
  ].join('\n');
}

export function packageFiles(set: EcqSetId): { name: string; text: string }[] {
  return ECQ_SETS[set].ecqs.map((ecq) => ({ name: fileNameFor(ecq), text: ecqSkeleton(ecq) }));
}
