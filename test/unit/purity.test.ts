import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';

/**
 * The engine must run anywhere JavaScript runs (a browser worker later), so nothing in
 * server/src/core may import the editor, the protocol library or Node built-ins. The
 * core's tsconfig (types: []) already rejects Node globals; this rejects the imports.
 */
const coreDir = path.resolve(__dirname, '../../../server/src/core');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

suite('the core is pure', () => {
  const banned = (spec: string): boolean =>
    spec === 'vscode' || spec.startsWith('vscode-languageserver') || spec.startsWith('vscode-languageclient') || spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!);

  test('no import of vscode, vscode-languageserver* or Node built-ins', () => {
    const offenders: string[] = [];
    for (const file of sources(coreDir)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import[^'"]*from\s*|import\s*\(\s*|require\s*\(\s*|export[^'"]*from\s*)['"]([^'"]+)['"]/g)) {
        if (banned(m[1]!)) offenders.push(`${path.relative(coreDir, file)}: ${m[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  test('the check itself catches an offending import', () => {
    assert.ok(banned('node:fs') && banned('fs') && banned('path') && banned('vscode') && banned('vscode-languageserver/node'));
    assert.ok(!banned('markdown-it') && !banned('./analyze'));
  });
});

suite('the client talks to the engine only through the protocol', () => {
  test('no file under client/src imports a path into server/src', () => {
    const root = path.resolve(__dirname, '../../../client/src');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts') && /from ['"][^'"]*server\/src\//.test(fs.readFileSync(full, 'utf8'))) offenders.push(path.relative(root, full));
      }
    };
    walk(root);
    assert.deepEqual(offenders, []);
  });
});
