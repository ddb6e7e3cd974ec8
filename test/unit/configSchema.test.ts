import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { DEFAULT_CONFIG, resolveConfig } from '../../server/src/core/config';
import { RULE_IDS } from '../../server/src/core/rules/types';
import { CONFIG_SCHEMA_FILE, configSchema } from '../../scripts/configSchema';

/**
 * The schema the editor checks `ecq.config.json` with, held to the validator that the
 * engine runs (`resolveConfig`). The validator is probed as a black box: the keys it names
 * as known in its messages, the values it accepts at and just past each bound, the enum
 * values it takes. Any disagreement fails here rather than showing a user a squiggle on a
 * setting that works, or none on one that does not.
 */

const root = path.resolve(__dirname, '../../..');
type Schema = { properties?: Record<string, Schema>; enum?: unknown[]; minimum?: number; maximum?: number; type?: string; default?: unknown; items?: Schema; additionalProperties?: boolean };
const schema = configSchema() as Schema;
const props = schema.properties!;
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** The names a validator message lists after "known:". */
function knownIn(raw: unknown): string[] {
  const message = resolveConfig(raw).problems.map((p) => p.message).find((m) => m.includes('(known: '));
  assert.ok(message, `no "known" list for ${JSON.stringify(raw)}`);
  return message.slice(message.indexOf('(known: ') + 8, message.lastIndexOf(')')).split(', ').sort();
}

const acceptedByValidator = (raw: Record<string, unknown>): boolean => resolveConfig(raw).problems.length === 0;

/**
 * The one check JSON Schema cannot state (draft 7 has no reference to a sibling's value):
 * stories.minMinutes below stories.maxMinutes. Probes that trip only it are left out.
 */
const onlyStoryOrder = (raw: Record<string, unknown>): boolean => {
  const problems = resolveConfig(raw).problems;
  return problems.length > 0 && problems.every((p) => p.key === 'stories' && /must be less than maxMinutes/.test(p.message));
};

function agree(raw: Record<string, unknown>): void {
  if (onlyStoryOrder(raw)) return;
  const byValidator = acceptedByValidator(raw);
  const bySchema = validate(raw);
  assert.equal(bySchema, byValidator, `${JSON.stringify(raw)}: the schema ${bySchema ? 'accepts' : 'rejects'} it, the validator ${byValidator ? 'accepts' : 'rejects'} it (${JSON.stringify(resolveConfig(raw).problems)} ${JSON.stringify(validate.errors)})`);
}

suite('ecq.config.json schema: the validator and the schema agree', () => {
  test('the committed schema is the generated one (run `npm run generate`), and the manifest contributes it', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(root, CONFIG_SCHEMA_FILE), 'utf8')) as unknown;
    assert.deepEqual(committed, configSchema());
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[]; languages: { id: string; filenames?: string[] }[] } };
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: 'ecq.config.json', url: `./${CONFIG_SCHEMA_FILE}` }]);
    // Comments are allowed in the config, so it opens as JSON with comments.
    assert.ok(manifest.contributes.languages.some((l) => l.id === 'jsonc' && l.filenames?.includes('ecq.config.json')));
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!schemas\/\*\*$/m, 'the schema must ship in the package');
  });

  test('the same keys at every level', () => {
    assert.deepEqual(Object.keys(props).filter((k) => k !== '$schema').sort(), knownIn({ notASetting: 1 }));
    assert.ok(acceptedByValidator({ $schema: './schemas/ecq.config.schema.json' }));
    assert.deepEqual(Object.keys(props['limits']!.properties!).sort(), knownIn({ limits: { notALimit: 1 } }));
    assert.deepEqual(Object.keys(props['page']!.properties!).sort(), knownIn({ page: { notASetting: 1 } }));
    assert.deepEqual(Object.keys(props['stories']!.properties!).sort(), knownIn({ stories: { notASetting: 1 } }));
    assert.deepEqual(Object.keys(props['rules']!.properties!), [...RULE_IDS]);
    for (const level of [schema, props['limits']!, props['page']!, props['stories']!, props['rules']!]) assert.equal(level.additionalProperties, false);
  });

  test('the same enums', () => {
    const candidates = ['2025', 'legacy', 'auto', 'default', 'error', 'warning', 'warn', 'info', 'information', 'hint', 'off', 'none', '', 'Error'];
    assert.deepEqual(props['ecqSet']!.enum, candidates.filter((v) => acceptedByValidator({ ecqSet: v })));
    for (const id of RULE_IDS) {
      assert.deepEqual(props['rules']!.properties![id]!.enum, candidates.filter((v) => acceptedByValidator({ rules: { [id]: v } })), id);
    }
    assert.ok(!acceptedByValidator({ rules: { 'no.such-rule': 'off' } }) && !validate({ rules: { 'no.such-rule': 'off' } }));
  });

  test('the same bounds and types for every number', () => {
    const groups: [string, Schema][] = [['limits', props['limits']!], ['page', props['page']!], ['stories', props['stories']!]];
    for (const [group, spec] of groups) {
      for (const [key, prop] of Object.entries(spec.properties!)) {
        const number = prop.type === 'array' ? prop.items! : prop;
        const wrap = (v: unknown): Record<string, unknown> => ({ [group]: { [key]: prop.type === 'array' ? [v, v, v] : v } });
        const min = number.minimum!;
        const max = number.maximum ?? 1_000_000;
        for (const v of [min, max, min - 0.01, max + 0.01, min + 0.5, 'ten', null, true]) agree(wrap(v));
        if (prop.type === 'array') for (const v of [[min, min], [min, min, min, min], 'a']) agree({ [group]: { [key]: v } });
      }
    }
    for (const v of [1, 100, 0, 101, 1.5, 'ten', -3]) agree({ recencyYears: v });
  });

  test('the same rules for paths, groups and the whole file', () => {
    for (const key of ['vocabulary', 'posting']) for (const v of ['terms.txt', '', '  ', 7, null, ['a']]) agree({ [key]: v });
    for (const key of ['limits', 'page', 'stories', 'rules']) for (const v of [{}, [], 'x', 3]) agree({ [key]: v });
    // Every default, written out, is a valid config.
    agree({ ecqSet: DEFAULT_CONFIG.ecqSet, limits: DEFAULT_CONFIG.limits, recencyYears: DEFAULT_CONFIG.recencyYears, rules: {}, page: { ...DEFAULT_CONFIG.page, headingSizes: [...DEFAULT_CONFIG.page.headingSizes] }, stories: DEFAULT_CONFIG.stories, vocabulary: 'ecq-vocabulary.txt', posting: 'job.posting.md' });
  });

  test('the defaults the schema shows are the engine\'s', () => {
    assert.equal(props['ecqSet']!.default, DEFAULT_CONFIG.ecqSet);
    assert.equal(props['recencyYears']!.default, DEFAULT_CONFIG.recencyYears);
    for (const [key, value] of Object.entries(DEFAULT_CONFIG.limits)) assert.equal(props['limits']!.properties![key]!.default, value, key);
    for (const [key, value] of Object.entries(DEFAULT_CONFIG.page)) assert.deepEqual(props['page']!.properties![key]!.default, value, key);
    for (const [key, value] of Object.entries(DEFAULT_CONFIG.stories)) assert.equal(props['stories']!.properties![key]!.default, value, key);
  });
});
