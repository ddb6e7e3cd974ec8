import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The marketplace page and the package: what a user sees before installing. `vsce ls`
 * lists what `npm run package` puts in the .vsix, by the same .vscodeignore.
 */

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  icon?: string;
  repository?: { type: string; url: string };
  bugs?: { url: string };
  homepage?: string;
  galleryBanner?: { color: string; theme: string };
  scripts: Record<string, string>;
};
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

function packagedFiles(): string[] {
  const vsce = path.join(root, 'node_modules', '.bin', 'vsce');
  return execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
}

suite('marketplace page and package', () => {
  test('the package ships the icon and every image the README shows', function () {
    this.timeout(60_000);
    const files = packagedFiles();
    assert.ok(manifest.icon && files.includes(manifest.icon), `the icon ${manifest.icon} is not packaged`);
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    assert.ok(images.length >= 3);
    for (const image of images) {
      // vsce rewrites relative links against `repository`; the image also ships in the package.
      assert.ok(/^https:\/\//.test(image) || files.includes(image), `${image} is neither absolute nor in the package`);
    }
    assert.ok(files.includes('ThirdPartyNotices.txt') && files.includes('LICENSE'));
  });

  test('the icon is a square PNG of 128 or 256 pixels', () => {
    const png = fs.readFileSync(path.join(root, manifest.icon!));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    const width = png.readUInt32BE(16);
    assert.equal(png.readUInt32BE(20), width);
    assert.ok(width === 128 || width === 256, `${width} px`);
  });

  test('the page has its metadata, and packaging silences no check of vsce', () => {
    assert.match(manifest.repository?.url ?? '', /^https:\/\/github\.com\/[\w-]+\/[\w-]+$/);
    assert.match(manifest.bugs?.url ?? '', /^https:\/\//);
    assert.match(manifest.homepage ?? '', /^https:\/\//);
    assert.match(manifest.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner?.theme ?? ''));
    assert.doesNotMatch(manifest.scripts['package']!, /--no-rewrite-relative-links|--allow-missing-repository|--allow-star-activation|--skip-license|--allow-/);
  });

  test('the README opens for users; the developer set-up comes after', () => {
    const heading = (name: string): number => readme.indexOf(`\n## ${name}\n`);
    assert.ok(heading('Install') > 0 && heading('Install') < heading('First steps'));
    assert.ok(heading('First steps') < heading('Quick start') && heading('Quick start') < heading('Developing'));
    assert.ok(readme.indexOf('![') < heading('Install'), 'a picture before the install steps');
  });

  test('ThirdPartyNotices.txt lists every package esbuild bundles (run `npm run notices`)', function () {
    this.timeout(60_000);
    execFileSync(process.execPath, [path.join(root, 'scripts/thirdPartyNotices.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
  });
});
