// What esbuild bundles, shared by the build (bundle.mjs) and the third-party notices
// (thirdPartyNotices.mjs), so that the notices list exactly the code the package ships.
export const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // Prefer packages' ES module builds: jsonc-parser's UMD build requires its parts
  // dynamically, which a bundler cannot follow.
  mainFields: ['module', 'main'],
};

export const entries = [
  { entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/ecq.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
];
