// `npm run screenshot`: the README's picture of the editor, taken the way a user sees it:
// the packaged extension installed in code-server, a sample draft open, its findings shown.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFrameWithHeading, openSamplesWorkbench, quickPick, repoRoot } from './codeServer.mjs';

const out = process.argv[2] ?? path.join(repoRoot, 'docs', 'screenshot.png');
const file = process.env.SCREENSHOT_FILE ?? 'okafor-2025.ecq.md';

const { page, close } = await openSamplesWorkbench({
  scratchPrefix: 'ecq-shot-',
  settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'editor.wordWrap': 'on', 'window.zoomLevel': 0, 'workbench.activityBar.location': 'default' },
  viewport: { width: 1600, height: 1000 },
});
try {
  // Open the draft with Quick Open, as a user would.
  await quickPick(page, file);
  // Wait until the findings are drawn as squiggles in the editor.
  await page.waitForSelector('.squiggly-warning, .squiggly-error, .squiggly-info', { timeout: 60_000 });
  // The ECQ view in the activity bar, and the Problems panel.
  await page.locator('.activitybar [aria-label^="ECQ"]').first().click().catch(() => {});
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20_000 });
  // Hover the first squiggle so the picture shows a finding's explanation.
  const squiggles = page.locator('.squiggly-warning');
  const box = (await squiggles.count()) > 1 ? await squiggles.nth(1).boundingBox() : null;
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.monaco-hover-content .markdown-hover', { state: 'visible', timeout: 10_000 }).catch(() => {});
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`Wrote ${path.relative(process.cwd(), out)}`);

  // The second picture: a TQ narrative beside its job posting, with the Job Posting view.
  await page.keyboard.press('Escape');
  // Quick Open needs the focus in the workbench, not in the Problems panel.
  await page.locator('.editor-instance .view-lines').first().click();
  await quickPick(page, 'ellison-mtq1.tq.md');
  await page.waitForSelector('.squiggly-warning, .squiggly-error, .squiggly-info, .squiggly-hint', { timeout: 60_000 }).catch(() => {});
  await quickPick(page, 'ECQ: Compare with Posting', { command: true });
  // The coverage lens over the posting's title shows once the comparison is drawn.
  await page.waitForSelector('.codelens-decoration >> text=/ECQ Writer: .* cover/', { timeout: 60_000 });
  // Collapse the package overview so the Job Posting view has the side bar.
  await page.locator('.pane-header', { hasText: 'Package Overview' }).first().click().catch(() => {});
  await page.waitForSelector('.monaco-list-row >> text=Key terms', { timeout: 20_000 });
  // The Problems panel belongs to the first picture; this one shows the two editors.
  await page.keyboard.press('Control+J');
  await page.waitForSelector('.part.panel', { state: 'hidden', timeout: 5_000 }).catch(() => {});
  const second = path.join(path.dirname(out), 'posting.png');
  await page.screenshot({ path: second });
  console.log(`Wrote ${path.relative(process.cwd(), second)}`);

  // The third: the resume with its page meter, the Competencies view and the readiness report.
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+W');
  await page.locator('.monaco-workbench').first().click({ position: { x: 700, y: 400 } }).catch(() => {});
  await quickPick(page, 'ellison.resume.md');
  await page.waitForSelector('.statusbar-item >> text=/pages/', { timeout: 60_000 });
  await page.locator('.pane-header', { hasText: 'Job Posting' }).first().click().catch(() => {});
  await quickPick(page, 'ECQ: Show Readiness Report', { command: true });
  await page.waitForSelector('.monaco-list-row >> text=/ECQ 2: Driving Efficiency/', { timeout: 30_000 }).catch(() => {});
  await findFrameWithHeading(page, 'Readiness report', 20_000);
  const third = path.join(path.dirname(out), 'report.png');
  await page.screenshot({ path: third });
  console.log(`Wrote ${path.relative(process.cwd(), third)}`);
} finally {
  await close();
}
