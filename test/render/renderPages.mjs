// `npm run test:render`: checks the resume page estimate against real renderings.
//
// Each resume is printed the way the estimate assumes (pageEstimate.ts `referenceCss`:
// US Letter, 0.5-inch margins, 10 pt Liberation Sans, the metric twin of Arial) by headless
// Chromium, to PDF for the page count, and its line boxes are paginated for the share of
// the last page used. The estimate must agree within ±0.15 pages, and round up to the
// PDF's page count. Markdown goes through markdown-it, as a Markdown preview would show
// it; plain text prints each line as it is, bullet lines as list items.
//
// It also opens the readiness report's HTML export (`ecq report --out`) in Chromium, in
// light and dark, and checks that it renders with its stylesheet and logs nothing (a CSP
// violation would be logged).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, repoRoot } from '../../scripts/codeServer.mjs';

const require = createRequire(path.join(repoRoot, 'package.json'));
const MarkdownIt = require('markdown-it');
const { referenceCss, USAJOBS_PAGE } = require(path.join(repoRoot, 'out/server/src/core/resume/pageEstimate.js'));
const { parseDocument } = require(path.join(repoRoot, 'out/server/src/core/parse/document.js'));
const { readResume } = require(path.join(repoRoot, 'out/server/src/core/resume/resume.js'));

const TOLERANCE = 0.15;
const files = [
  path.join(repoRoot, 'test/fixtures/corpus/resume/ellison.resume.md'),
  ...fs
    .readdirSync(path.join(repoRoot, 'test/fixtures/resumes'))
    .sort()
    .map((f) => path.join(repoRoot, 'test/fixtures/resumes', f)),
];
// Every resume is in the repository: a missing one is an error, not a resume left out.
for (const f of files) if (!fs.existsSync(f)) throw new Error(`missing resume fixture ${f}`);

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const BULLET = /^\s*(?:[-*+•◦▪‣●○■□–]|\d{1,2}[.)])\s+/;

function toHtml(file, text) {
  const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  if (/\.(?:txt|text)$/i.test(file)) {
    const out = [];
    let list = false;
    for (const line of body.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      const bullet = BULLET.test(line);
      if (bullet && !list) out.push('<ul>');
      if (!bullet && list) out.push('</ul>');
      list = bullet;
      out.push(bullet ? `<li>${escape(line.replace(BULLET, '').trim())}</li>` : `<p>${escape(line.trim())}</p>`);
    }
    if (list) out.push('</ul>');
    return out.join('\n');
  }
  return new MarkdownIt({ html: true }).render(body);
}

/** The rendered length in pages: whole pages before the last, plus the share of the last used. */
async function renderedPages(page, settings) {
  return page.evaluate(({ pageHeightPt, widthIn, marginIn }) => {
    document.body.style.width = `${widthIn - 2 * marginIn}in`;
    const pxPerPt = 96 / 72;
    const boxes = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) boxes.push({ top: r.top, bottom: r.bottom });
    }
    boxes.sort((a, b) => a.top - b.top);
    const lines = [];
    for (const b of boxes) {
      const last = lines[lines.length - 1];
      if (last && b.top < last.bottom - 2) {
        last.bottom = Math.max(last.bottom, b.bottom);
        continue;
      }
      lines.push({ ...b });
    }
    // Paginate as print does: a line that does not fit moves whole to the next page.
    const pageH = pageHeightPt * pxPerPt;
    let pages = 0;
    let pageStart = document.body.getBoundingClientRect().top;
    let lastBottom = pageStart;
    for (const l of lines) {
      if (l.bottom - pageStart > pageH + 0.5) {
        pages++;
        pageStart = l.top;
      }
      lastBottom = l.bottom;
    }
    return { pages: pages + (lastBottom - pageStart) / pageH, lines: lines.length };
  }, { pageHeightPt: (settings.pageHeight - 2 * settings.margin) * 72, widthIn: settings.pageWidth, marginIn: settings.margin });
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let failed = 0;
try {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 816, height: 1056 });
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${referenceCss(USAJOBS_PAGE)}</style></head><body>${toHtml(file, text)}</body></html>`);
    const fontOk = await page.evaluate(() => document.fonts.check('10pt "Liberation Sans"') && document.fonts.check('10pt Arial'));
    if (!fontOk) throw new Error('Neither Arial nor Liberation Sans is installed: install fonts-liberation');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pdfPages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const rendered = await renderedPages(page, USAJOBS_PAGE);
    const estimate = readResume(parseDocument(text, { path: file }), USAJOBS_PAGE).estimate;
    const diff = estimate.pages - rendered.pages;
    const ok = Math.abs(diff) <= TOLERANCE && Math.ceil(estimate.pages - 1e-9) === pdfPages;
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${path.basename(file).padEnd(28)} estimate ${estimate.pages.toFixed(2)}  rendered ${rendered.pages.toFixed(2)}  (${diff >= 0 ? '+' : ''}${diff.toFixed(2)})  PDF ${pdfPages} page${pdfPages === 1 ? '' : 's'}  lines ${estimate.lines}/${rendered.lines}`,
    );
  }

  // The readiness report's HTML export, as a coach would open it: a file in a browser.
  const exported = path.join(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'ecq-report-')), 'report.html');
  const cli = require('node:child_process').spawnSync(process.execPath, [path.join(repoRoot, 'out/server/src/cli/bin.js'), 'report', '--today', '2026-11-22', '--out', exported, path.join(repoRoot, 'samples/va-application')], { encoding: 'utf8' });
  if (cli.status !== 0) throw new Error(`ecq report failed: ${cli.stderr}`);
  for (const scheme of ['light', 'dark']) {
    const view = await browser.newPage({ colorScheme: scheme });
    const messages = [];
    view.on('console', (m) => messages.push(m.text()));
    view.on('pageerror', (e) => messages.push(String(e)));
    await view.goto(`file://${exported}`);
    const look = await view.evaluate(() => ({ h1: document.querySelector('h1')?.textContent, cards: document.querySelectorAll('.card').length, grid: getComputedStyle(document.querySelector('.cards')).display, rows: document.querySelectorAll('.grid tbody tr').length }));
    const ok = look.h1 === 'Readiness report' && look.cards === 5 && look.grid === 'grid' && look.rows === 5 && messages.length === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} readiness report export (${scheme}): ${look.cards} ECQ cards, ${look.rows} grid rows, stylesheet ${look.grid === 'grid' ? 'applied' : 'NOT applied'}, console messages: ${messages.length}${messages.length ? `: ${messages.join(' | ')}` : ''}`);
    await view.close();
  }
} finally {
  await browser.close();
}
if (files.length < 5) {
  console.error(`Only ${files.length} resumes found; the check needs at least 5 of different density.`);
  process.exit(1);
}
if (failed > 0) {
  console.error(`${failed} check${failed === 1 ? '' : 's'} failed: resumes outside ±${TOLERANCE} pages of their rendering, or the report export.`);
  process.exit(1);
}
console.log(`All ${files.length} resumes within ±${TOLERANCE} pages of their rendering.`);
