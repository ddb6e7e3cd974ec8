// `npm run gif`: docs/quickfix.gif, the README's animation of a finding and its quick fix, taken
// the way a user sees it: the packaged extension installed in code-server, a sample draft open,
// the squiggle under a weak phrase, its hover, the Quick Fix menu (Ctrl+.), the fix applied, the
// squiggle gone and the Problems count one lower.
// `npm run gif -- --frames /tmp/frames` also saves each frame as a PNG to look at.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openSamplesWorkbench, quickPick, repoRoot } from './codeServer.mjs';
import { decodePng, encodeGif } from './gif.mjs';

const out = path.join(repoRoot, 'docs', 'quickfix.gif');
const framesFlag = process.argv.indexOf('--frames');
const framesDir = framesFlag > 0 ? process.argv[framesFlag + 1] : undefined;
// The weak phrase the fix replaces: "I supported the program offices" in ECQ 2 of the sample.
const FILE = 'okafor-2025.ecq.md';
const LINE = 24;
const WORD = 'supported';
const FIXED = 'I led the program offices';
// Small enough to need no scaling: text stays sharp and the GIF under its budget.
const VIEWPORT = { width: 880, height: 620 };

const { page, close } = await openSamplesWorkbench({
  scratchPrefix: 'ecq-gif-',
  settings: {
    'workbench.colorTheme': 'Default Light Modern',
    'workbench.activityBar.location': 'hidden',
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
    'editor.cursorBlinking': 'solid',
    'breadcrumbs.enabled': false,
    'window.zoomLevel': 0,
  },
  viewport: VIEWPORT,
});

const frames = [];
/** The editor, its tab and the Problems panel below it, down to the status bar. */
async function capture(name, delay) {
  const editor = await page.locator('.part.editor').boundingBox();
  const status = await page.locator('.part.statusbar').boundingBox();
  const clip = { x: 0, y: editor.y, width: VIEWPORT.width, height: status.y + status.height - editor.y };
  const png = await page.screenshot({ clip });
  if (framesDir) {
    fs.mkdirSync(framesDir, { recursive: true });
    fs.writeFileSync(path.join(framesDir, `${String(frames.length).padStart(2, '0')}-${name}.png`), png);
  }
  frames.push({ ...decodePng(png), delay });
}

/** The number the Problems tab shows. */
async function problemCount() {
  const text = await page.locator('.part.panel .composite.title .badge-content, .part.panel .action-item.checked .badge-content, .part.panel .badge .badge-content').first().textContent().catch(() => '');
  return Number.parseInt(text ?? '', 10);
}

try {
  // The editor and the Problems panel only: no side bar.
  await page.locator('.part.sidebar').waitFor();
  await page.keyboard.press('Control+B');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: 10_000 });
  await quickPick(page, FILE);
  // The findings are in once the status bar counts them (the squiggles may be out of view).
  await page.waitForSelector('.statusbar-item >> text=/\\d+ findings?/', { timeout: 60_000 });
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20_000 });
  // Bring the paragraph to the middle of the editor, the cursor just before it.
  await page.locator('.editor-instance .view-lines').first().click();
  await quickPick(page, 'Go to Line/Column', { command: true });
  await page.keyboard.type(`${LINE}:1`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+L'); // select the line, so that it is revealed whole
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  const before = await problemCount();
  const wordBox = await wordBoxOf(WORD);
  await capture('draft', 1800);

  // Hover the squiggle: why it matters.
  await page.mouse.move(wordBox.x + wordBox.width / 2, wordBox.y + wordBox.height / 2);
  await page.waitForSelector('.monaco-hover-content .markdown-hover', { state: 'visible', timeout: 10_000 });
  await page.waitForTimeout(400);
  await capture('hover', 3200);

  // The cursor on the word, then Ctrl+. for the Quick Fix menu.
  await page.keyboard.press('Escape');
  await page.mouse.click(wordBox.x + 4, wordBox.y + wordBox.height / 2);
  await page.mouse.move(wordBox.x + wordBox.width / 2, wordBox.y + wordBox.height * 4);
  await page.waitForTimeout(600);
  await capture('cursor', 1200);
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget .monaco-list-row', { state: 'visible', timeout: 10_000 });
  await page.waitForTimeout(400);
  await capture('menu', 3200);

  // The first fix, a strong verb, applied: the word changes, its squiggle and one problem go.
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.view-line >> text=${FIXED}`, { timeout: 10_000 });
  const deadline = Date.now() + 10_000;
  while (!((await problemCount()) < before) && Date.now() < deadline) await page.waitForTimeout(100);
  const after = await problemCount();
  if (!(after < before)) throw new Error(`the Problems count did not drop (${before} before, ${after} after)`);
  // The cursor to the end of the line, out of the word it changed.
  await page.keyboard.press('End');
  await page.mouse.move(VIEWPORT.width - 20, VIEWPORT.height / 2);
  await page.waitForTimeout(600);
  await capture('fixed', 4000);

  const gif = encodeGif(frames);
  fs.writeFileSync(out, gif.bytes);
  console.log(`Wrote ${path.relative(process.cwd(), out)}: ${gif.width}×${gif.height}, ${gif.frames} frames, ${(gif.bytes.length / 1024).toFixed(0)} KB; Problems ${before} → ${after}`);
} catch (error) {
  // What the editor showed when a step failed, beside the frames.
  if (framesDir) await page.screenshot({ path: path.join(framesDir, 'failed.png') }).catch(() => {});
  throw error;
} finally {
  await close();
}

/** The screen box of `word` in the editor's text, measured with a DOM range. */
async function wordBoxOf(word) {
  return page.locator('.editor-instance .view-lines').first().evaluate((lines, w) => {
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    const pattern = new RegExp(`\\b${w}\\b`);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const match = pattern.exec(node.textContent ?? '');
      if (!match) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    throw new Error(`"${w}" is not on the screen`);
  }, word);
}
