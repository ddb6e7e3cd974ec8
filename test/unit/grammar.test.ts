import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, parseRawGrammar, Registry } from 'vscode-textmate';

/**
 * The TextMate grammars, run with the tokenizer VS Code uses. Markdown's own grammar ships
 * with VS Code, not with us; a stand-in that marks paragraphs is enough to show that our
 * patterns and the injection reach into them.
 */
const root = path.resolve(__dirname, '../../..');
const MARKDOWN_STAND_IN = JSON.stringify({
  scopeName: 'text.html.markdown',
  // Like Markdown's own paragraph rule: a begin/while region, which injections reach into.
  patterns: [{ name: 'meta.paragraph.markdown', begin: '(^|\\G)(?=\\S)', while: '(^|\\G)(?=\\S)', patterns: [] }],
});

let registry: Registry;

suiteSetup(async () => {
  const wasm = fs.readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName: string) => {
      const files: Record<string, string> = { 'text.html.markdown.ecq': 'ecq-markdown.tmLanguage.json', 'text.ecq': 'ecq-text.tmLanguage.json', 'ecq.injection': 'ecq-injection.tmLanguage.json' };
      if (scopeName === 'text.html.markdown') return parseRawGrammar(MARKDOWN_STAND_IN, 'markdown.json');
      const file = files[scopeName];
      return file ? parseRawGrammar(fs.readFileSync(path.join(root, 'syntaxes', file), 'utf8'), file) : null;
    },
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown.ecq' || scopeName === 'text.ecq' ? ['ecq.injection'] : []),
  });
});

function scopesOf(grammar: IGrammar, line: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of grammar.tokenizeLine(line, INITIAL).tokens) out.set(line.slice(t.startIndex, t.endIndex), t.scopes);
  return out;
}

function hasScope(grammar: IGrammar, line: string, text: string, scope: string): boolean {
  const found = [...scopesOf(grammar, line)].find(([t]) => t.includes(text));
  return !!found && found[1].some((s) => s.startsWith(scope));
}

suite('grammar', () => {
  test('Markdown drafts: ECQ and TQ headings, CCAR labels and metrics', async () => {
    const g = (await registry.loadGrammar('text.html.markdown.ecq'))!;
    assert.ok(hasScope(g, '## ECQ 2: Driving Efficiency', 'ECQ 2: Driving Efficiency', 'entity.name.section.ecq'));
    assert.ok(hasScope(g, '# MTQ 1: Cloud migration', 'MTQ 1: Cloud migration', 'entity.name.section.tq.ecq'));
    assert.ok(!hasScope(g, '## References', 'References', 'entity.name.section'));
    assert.ok(hasScope(g, '**Challenge:** In 2021 the office was slow.', 'Challenge', 'keyword.other.ccar-label.ecq'));
    assert.ok(hasScope(g, 'We saved $4.3 million and cut time 40 percent.', '$4.3 million', 'constant.numeric.money.ecq'));
    assert.ok(hasScope(g, 'We saved $4.3 million and cut time 40 percent.', '40 percent', 'constant.numeric.percentage.ecq'));
    assert.ok(hasScope(g, 'I led 1,350 employees.', '1,350', 'constant.numeric.metric.ecq'));
    assert.ok(!hasScope(g, 'In 2024 I led.', '2024', 'constant.numeric'), 'a bare year is not a metric');
  });

  test('plain-text drafts: title lines, labels and metrics', async () => {
    const g = (await registry.loadGrammar('text.ecq'))!;
    assert.ok(hasScope(g, 'ECQ 1: LEADING CHANGE', 'ECQ 1: LEADING CHANGE', 'entity.name.section.ecq'));
    assert.ok(hasScope(g, 'Result: Costs fell 12%.', 'Result', 'keyword.other.ccar-label.ecq'));
    assert.ok(hasScope(g, 'Result: Costs fell 12%.', '12%', 'constant.numeric.percentage.ecq'));
  });
});
