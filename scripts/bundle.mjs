// Bundles the command line, the extension client and the language server with esbuild:
// one file each, no node_modules at run time, minified for release.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { common, entries } from './bundleConfig.mjs';

const production = process.argv.includes('--production');

for (const entry of entries) {
  if (!existsSync(entry.entryPoints[0])) continue;
  await esbuild.build({ ...common, sourcemap: !production, minify: production, ...entry });
}
