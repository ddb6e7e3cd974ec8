import { ECQ_SETS, EcqDefinition } from '../../core/domain/ecqSets';

/** An ECQ's name, definition and competencies, as Markdown: its heading's hover and its completion's documentation. */
export function ecqMarkdown(ecq: EcqDefinition): string {
  const set = ECQ_SETS[ecq.set];
  const lines = [`**ECQ ${ecq.number}: ${ecq.name}**`, '', ecq.definition, '', `*${set.label}*`, '', '**Competencies**', ''];
  for (const c of ecq.competencies) lines.push(`- **${c.name}**: ${c.description}`);
  if (set.fundamentalCompetencies.length > 0) lines.push('', `The narrative as a whole should also show the fundamental competencies: ${set.fundamentalCompetencies.map((c) => c.name).join(', ')}.`);
  return lines.join('\n');
}
