import { ALL_RULES } from '../server/src/core/rules/registry';
import { RuleMeta, RuleExample } from '../server/src/core/rules/types';

/**
 * Renders the docs pages from the rule registry, so a rule's page, its hover text and
 * its tests share one source. `npm run generate` writes them; a unit test fails when the
 * committed pages differ from what the registry renders.
 */

function unmark(text: string): string {
  return text.replace(/\[\[|\]\]/g, '');
}

function marked(text: string): string {
  // Show where the finding goes: [[x]] becomes ⟦x⟧ in the docs.
  return text.replace(/\[\[/g, '⟦').replace(/\]\]/g, '⟧');
}

/** Very long examples (the length rule's) are shortened on the page; the tests run them whole. */
function shorten(text: string): string {
  return text.replace(/^.{440,}$/gm, (line) => `${line.slice(0, 240)} … (${line.length.toLocaleString('en-US')} characters in full)`);
}

function example(e: RuleExample): string {
  const note = e.note ? `${e.note}\n\n` : '';
  const posting = e.posting ? `Compared with this posting:\n\n\`\`\`markdown\n${e.posting.trimEnd()}\n\`\`\`\n\nThe draft:\n\n` : '';
  const fixed = e.fixed !== undefined ? `\nAfter the preferred fix:\n\n\`\`\`markdown\n${shorten(e.fixed.trimEnd())}\n\`\`\`\n` : '';
  return `${note}${posting}\`\`\`markdown\n${shorten(e.text.trimEnd())}\n\`\`\`\n${fixed}`;
}

export function renderRulePage(rule: RuleMeta): string {
  const lines = [
    `# \`${rule.id}\`: ${rule.title}`,
    '',
    `| | |`,
    `|---|---|`,
    `| Default severity | ${rule.defaultSeverity} |`,
    `| Category | ${rule.category} |`,
    `| Runs on | ${rule.appliesTo.map((k) => `\`${k}\``).join(', ')} drafts |`,
    `| Source | ${rule.source} |`,
    '',
    rule.summary,
    '',
    '## Why it matters',
    '',
    rule.why,
    '',
    '## How to fix it',
    '',
    rule.howToFix,
    '',
  ];
  if (rule.exemptions.length > 0) {
    lines.push('## What it leaves alone', '', ...rule.exemptions.map((e) => `- ${e}`), '');
  }
  lines.push('## Examples', '', 'Reported (⟦…⟧ marks where the finding goes):', '', ...rule.examples.bad.map((e) => example({ ...e, text: marked(e.text) })), 'Not reported:', '', ...rule.examples.good.map((e) => example({ ...e, text: unmark(e.text) })));
  lines.push(
    '## Turning it off',
    '',
    `For one line: \`<!-- ecq-disable-next-line ${rule.id} -->\`. For the project, in \`ecq.config.json\`: \`{ "rules": { "${rule.id}": "off" } }\`. See the [README](../../README.md#suppressing-findings).`,
    '',
  );
  return lines.join('\n');
}

export function renderIndex(): string {
  const rows = ALL_RULES.map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.defaultSeverity} | ${r.summary} |`);
  return ['# Rules', '', 'Every rule ECQ Writer runs, with its default severity. Each page says why the rule matters, how to fix a finding, what the rule leaves alone, and shows examples that run as tests.', '', '| Rule | Default | Finds |', '|---|---|---|', ...rows, ''].join('\n');
}

export function renderAll(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const rule of ALL_RULES) pages.set(`${rule.id}.md`, renderRulePage(rule));
  pages.set('README.md', renderIndex());
  return pages;
}
