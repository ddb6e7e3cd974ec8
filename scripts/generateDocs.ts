import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderAll } from './docs';

const dir = path.resolve(__dirname, '../../docs/rules');
fs.mkdirSync(dir, { recursive: true });
for (const [name, text] of renderAll()) fs.writeFileSync(path.join(dir, name), text);
for (const name of fs.readdirSync(dir)) {
  if (!renderAll().has(name)) fs.rmSync(path.join(dir, name));
}
console.log(`wrote ${renderAll().size} pages to ${path.relative(process.cwd(), dir)}`);
