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

/** The size and the number of frames (image descriptors) of a GIF, read from its blocks. */
function gifFrames(gif: Buffer): { width: number; height: number; frames: number } {
  assert.match(gif.subarray(0, 6).toString('latin1'), /^GIF8[79]a$/, 'not a GIF');
  const width = gif.readUInt16LE(6);
  const height = gif.readUInt16LE(8);
  const colorTable = (flags: number): number => (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  let at = 13 + colorTable(gif[10]!);
  const skipSubBlocks = (): void => {
    while (gif[at] !== 0) {
      assert.ok(at < gif.length, 'the GIF ends inside a block');
      at += gif[at]! + 1;
    }
    at += 1;
  };
  let frames = 0;
  for (;;) {
    assert.ok(at < gif.length, 'the GIF has no trailer');
    const introducer = gif[at]!;
    if (introducer === 0x3b) break;
    if (introducer === 0x21) {
      at += 2; // the extension's label
      skipSubBlocks();
    } else if (introducer === 0x2c) {
      frames += 1;
      at += 10 + colorTable(gif[at + 9]!) + 1; // the descriptor, its colours, the LZW code size
      skipSubBlocks();
    } else {
      assert.fail(`unknown GIF block 0x${introducer.toString(16)} at byte ${at}`);
    }
  }
  return { width, height, frames };
}

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

  test('docs/quickfix.gif is an animation within its budget, and the README shows it (`npm run gif`)', () => {
    const file = 'docs/quickfix.gif';
    const gif = fs.readFileSync(path.join(root, file));
    assert.ok(gif.length <= 1.5 * 1024 * 1024, `${file} is ${(gif.length / 1024 / 1024).toFixed(2)} MB`);
    const { width, height, frames } = gifFrames(gif);
    assert.ok(frames > 1, `${file} has ${frames} frame`);
    assert.ok(width > 0 && width <= 900 && height > 0, `${file} is ${width}×${height}`);
    assert.match(readme, /!\[[^\]]{40,}\]\(docs\/quickfix\.gif\)/, 'the README shows the GIF, with alt text describing it');
    assert.equal(manifest.scripts['gif'], 'node scripts/quickFixGif.mjs');
  });

  test('the GIF reader counts frames', () => {
    // A 1×1 GIF89a of one frame: header, screen, 2-colour table, control extension, image, trailer.
    const one = Buffer.from('474946383961' + '01000100800000' + '000000ffffff' + '21f90401000000' + '00' + '2c000000000100010000' + '0202440100' + '3b', 'hex');
    assert.deepEqual(gifFrames(one), { width: 1, height: 1, frames: 1 });
    const frame = one.subarray(19, one.length - 1);
    assert.equal(gifFrames(Buffer.concat([one.subarray(0, 19), frame, frame, Buffer.from([0x3b])])).frames, 2);
    assert.throws(() => gifFrames(one.subarray(0, one.length - 1)), /no trailer/);
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
