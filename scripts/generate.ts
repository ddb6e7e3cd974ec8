import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderAll } from './docs';
import { rulesSetting, snippets } from './manifest';
import { BACKGROUND_FILE, renderBackground } from './postingBackground';
import { CONFIG_SCHEMA_FILE, configSchema } from './configSchema';

/** `npm run generate`: rule docs, snippets, the per-rule settings and the posting background, from the engine's data. */
const root = path.resolve(__dirname, '../..');

const docsDir = path.join(root, 'docs/rules');
fs.mkdirSync(docsDir, { recursive: true });
const pages = renderAll();
for (const [name, text] of pages) fs.writeFileSync(path.join(docsDir, name), text);
for (const name of fs.readdirSync(docsDir)) if (!pages.has(name)) fs.rmSync(path.join(docsDir, name));

fs.mkdirSync(path.join(root, 'snippets'), { recursive: true });
fs.writeFileSync(path.join(root, 'snippets/ecq.code-snippets'), JSON.stringify(snippets(), null, 2) + '\n');

const manifestPath = path.join(root, 'package.json');
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> } } };
manifest.contributes.configuration.properties['ecq.rules'] = rulesSetting();
fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');

fs.writeFileSync(BACKGROUND_FILE, renderBackground());

fs.mkdirSync(path.join(root, path.dirname(CONFIG_SCHEMA_FILE)), { recursive: true });
fs.writeFileSync(path.join(root, CONFIG_SCHEMA_FILE), JSON.stringify(configSchema(), null, 2) + '\n');

console.log(`wrote ${pages.size} rule pages, ${Object.keys(snippets()).length} snippets, ecq.rules in package.json, the posting background and ${CONFIG_SCHEMA_FILE}`);
