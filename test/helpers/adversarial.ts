/**
 * Text built to find the engine's worst cases (issue 12), each of about `size` characters.
 * The block patterns stress the Markdown parse and the document model; the inline ones, one
 * long paragraph each, stress the inline mask, the facts of a block and the rules.
 */
export type Pattern = (size: number) => string;

const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

export const BLOCK_PATTERNS: Readonly<Record<string, Pattern>> = {
  'blank lines': (n) => '\n'.repeat(n),
  'one line of "["': (n) => `${'['.repeat(n)}\n`,
  'one line of "*"': (n) => `${'*'.repeat(n)}\n`,
  'a heading and spaces': (n) => `# Title${' '.repeat(n)}x\n`,
  'headings': (n) => repeat('## Heading number of the draft\n\n', n),
  'bullets with findings': (n) => repeat('- We utilize the plan in order to help.\n', n),
  'one paragraph of findings': (n) => repeat('I was responsible for numerous very important things in order to utilize. ', n),
  'lists nested deep': (n) => repeat(Array.from({ length: 60 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}\n`).join(''), n),
};

export const INLINE_PATTERNS: Readonly<Record<string, Pattern>> = {
  'a table of many rows': (n) => `| a | b |\n|---|---|\n${repeat('| We utilize | 12 |\n', n)}`,
  'one line of words': (n) => repeat('word ', n),
  'code spans': (n) => repeat('`a` ', n),
  'links': (n) => repeat('[a](b) ', n),
  'emphasis': (n) => repeat('*a* _b_ ', n),
  'inline HTML': (n) => repeat('<b>x</b> ', n),
  'CCAR labels': (n) => repeat('Challenge: Context: Action: Result: ', n),
  'acronyms': (n) => repeat('ABC DEF GHI ', n),
  'figures': (n) => repeat('1,234 56% $7M ', n),
};
