// Bundles the command line (and, once they exist, the extension client and the language
// server) with esbuild: one file each, no node_modules at run time, minified for release.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Prefer packages' ES module builds: jsonc-parser's UMD build requires its parts
  // dynamically, which a bundler cannot follow.
  mainFields: ['module', 'main'],
};

const entries = [
  { entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/ecq.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
];

for (const entry of entries) {
  if (!existsSync(entry.entryPoints[0])) continue;
  await esbuild.build({ ...common, ...entry });
}
