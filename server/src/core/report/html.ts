import { ReadinessReport, ReportFinding, ScorePart } from './readiness';

/**
 * The readiness report as one self-contained HTML page, for the editor's webview and for
 * `ecq report --format html`.
 *
 * Security (VS Code's webview guidance): a Content-Security-Policy that allows nothing but
 * the one stylesheet carrying the nonce; no script, no remote content, no inline style
 * attributes. Charts are inline SVG whose sizes are SVG attributes, so they need no style.
 * Colours come from the editor's theme variables when shown in VS Code, and from
 * `prefers-color-scheme` when the file is opened in a browser.
 */

export interface HtmlOptions {
  /** A fresh random value per rendering. */
  readonly nonce: string;
  /**
   * Where a finding's link goes: a command link in the editor's webview, a path relative to
   * the saved page in an export. Without it, findings are listed without links.
   */
  readonly link?: (place: { readonly path: string; readonly line: number; readonly column: number }) => string | undefined;
}

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function band(score: number): 'good' | 'fair' | 'poor' {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

/** A horizontal bar, 0–1, as SVG. */
function bar(value: number | null, label: string): string {
  if (value === null) return `<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}: not applicable"><rect class="track" width="100" height="8" rx="2"/></svg>`;
  const pct = Math.round(value * 100);
  return `<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}: ${pct}%"><rect class="track" width="100" height="8" rx="2"/><rect class="fill ${band(pct)}" width="${Math.max(pct, 1)}" height="8" rx="2"/></svg>`;
}

function ring(score: number): string {
  const r = 34;
  const c = 2 * Math.PI * r;
  const dash = ((score / 100) * c).toFixed(1);
  return `<svg class="ring" viewBox="0 0 80 80" role="img" aria-label="Overall readiness ${score} of 100"><circle class="track" cx="40" cy="40" r="${r}" fill="none" stroke-width="8"/><circle class="arc ${band(score)}" cx="40" cy="40" r="${r}" fill="none" stroke-width="8" stroke-linecap="round" stroke-dasharray="${dash} ${c.toFixed(1)}" transform="rotate(-90 40 40)"/><text x="40" y="46" text-anchor="middle" class="ring-text">${score}</text></svg>`;
}

function partRow(p: ScorePart): string {
  const value = p.score === null ? 'n/a' : `${Math.round(p.score * 100)}%`;
  return `<tr><th scope="row">${escapeHtml(p.label)}<span class="detail">${escapeHtml(p.detail)}</span></th><td class="bar-cell">${bar(p.score, p.label)}</td><td class="num">${value}</td></tr>`;
}

/** A relative file path (either separator) as a link to a line: "../drafts/my%20ecq.md#L12". */
export function relativeFileLink(relativePath: string, line: number): string {
  return `${relativePath.split(/[\\/]/).map(encodeURIComponent).join('/')}#L${line}`;
}

/** "drafts/a.ecq.md:12:3", as a link to the place where the options give one. */
function place(f: ReportFinding, options: HtmlOptions, withPath: boolean): string {
  const text = escapeHtml(withPath ? `${f.path}:${f.line}:${f.column}` : `${f.line}:${f.column}`);
  const href = options.link?.(f);
  return href ? `<a class="place" href="${escapeHtml(href)}">${text}</a>` : `<span class="place">${text}</span>`;
}

function findingItem(f: ReportFinding, options: HtmlOptions, withPath: boolean): string {
  return `<li class="finding"><svg viewBox="0 0 10 10" class="swatch" role="img" aria-label="${f.severity}"><rect width="10" height="10" rx="2" class="sev-${f.severity}"/></svg>${place(f, options, withPath)} <code>${escapeHtml(f.rule)}</code> ${escapeHtml(f.message)}</li>`;
}

function ecqCards(report: ReadinessReport, options: HtmlOptions): string {
  return report.ecqs
    .map((e) => {
      const why =
        e.findings.length === 0
          ? ''
          : `\n  <details class="why"><summary>${e.findings.length} finding${e.findings.length === 1 ? '' : 's'} behind this score</summary><ul class="findings">${e.findings.map((f) => findingItem(f, options, true)).join('')}</ul></details>`;
      return `<article class="card">
  <header><h3><span class="ecq-number">ECQ ${e.number}</span> ${escapeHtml(e.name)}</h3><span class="score ${band(e.score)}" aria-label="Score ${e.score} of 100">${e.score}</span></header>
  <table class="parts"><tbody>${e.parts.map(partRow).join('')}</tbody></table>${why}
</article>`;
    })
    .join('\n');
}

/** Every finding, file by file, each linking to its place: what a coach and the applicant go through. */
function findingList(report: ReadinessReport, options: HtmlOptions): string {
  if (report.findings.length === 0) return '';
  const byFile = new Map<string, ReportFinding[]>();
  for (const f of report.findings) byFile.set(f.path, [...(byFile.get(f.path) ?? []), f]);
  const sections = [...byFile]
    .map(([path, findings]) => `<details class="file-findings" open><summary>${escapeHtml(path)} <span class="count">${findings.length}</span></summary><ul class="findings">${findings.map((f) => findingItem(f, options, false)).join('')}</ul></details>`)
    .join('\n');
  return `<h3>Every finding</h3>\n${sections}`;
}

function findingsChart(report: ReadinessReport): string {
  if (report.findingsByRule.length === 0) return '<p class="empty">No findings. Every rule passes.</p>';
  const max = Math.max(...report.findingsByRule.map((r) => r.count));
  const rowHeight = 22;
  const labelWidth = 230;
  const width = 640;
  const chart = width - labelWidth - 40;
  const rows = report.findingsByRule
    .map((r, i) => {
      const y = i * rowHeight;
      const w = Math.max(2, (r.count / max) * chart);
      return `<g><title>${escapeHtml(`${r.rule}: ${r.title} (${r.count})`)}</title><text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" class="chart-label">${escapeHtml(r.rule)}</text><rect x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="14" rx="2" class="sev-${r.severity}"/><text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 15}" class="chart-count">${r.count}</text></g>`;
    })
    .join('');
  const legend = (['error', 'warning', 'info', 'hint'] as const)
    .filter((s) => report.findingsBySeverity[s] > 0)
    .map((s) => `<span class="legend"><svg viewBox="0 0 10 10" class="swatch" aria-hidden="true"><rect width="10" height="10" rx="2" class="sev-${s}"/></svg>${s} ${report.findingsBySeverity[s]}</span>`)
    .join(' ');
  return `<p class="legend-row">${legend}</p><svg class="chart" viewBox="0 0 ${width} ${report.findingsByRule.length * rowHeight}" role="img" aria-label="Findings by rule">${rows}</svg>`;
}

function grid(report: ReadinessReport): string {
  const rows = report.grid
    .map((row) => {
      const chips = row.competencies
        .map((c) => {
          const where = c.evidence.slice(0, 6).map((e) => `${e.path}:${e.line} ${e.label}`).join('\n');
          return `<li class="chip ${c.count === 0 ? 'none' : c.count === 1 ? 'one' : 'many'}" title="${escapeHtml(where || 'No evidence yet')}"><span class="chip-name">${escapeHtml(c.name)}</span><span class="chip-count">${c.count}</span></li>`;
        })
        .join('');
      return `<tr class="${row.thin ? 'thin' : ''}"><th scope="row">${escapeHtml(row.label)}${row.thin ? ' <span class="badge">thin</span>' : ''}</th><td class="num">${row.ecqId ? row.evidence : ''}</td><td><ul class="chips">${chips}</ul></td></tr>`;
    })
    .join('\n');
  return `<table class="grid"><thead><tr><th scope="col">ECQ</th><th scope="col" class="num">Evidence</th><th scope="col">Competencies (pieces of evidence)</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function posting(report: ReadinessReport): string {
  const p = report.posting;
  if (!p) return '';
  const tqs = p.tqs
    .map((t) => `<tr><th scope="row" title="${escapeHtml(t.text)}">${escapeHtml(t.label)}</th><td class="bar-cell">${bar(t.score, t.label)}</td><td class="num">${Math.round(t.score * 100)}%</td><td class="detail">${t.addressed ? 'addressed' : '<strong>not addressed</strong>'}</td></tr>`)
    .join('');
  const missing = p.keyTerms.missing.slice(0, 15).map((t) => `<li>${escapeHtml(t)}</li>`).join('');
  return `<section aria-labelledby="posting-h"><h2 id="posting-h">Job posting coverage</h2>
<p class="meta">${escapeHtml(p.title)} (${escapeHtml(p.path)}) · overall ${Math.round(p.overall * 100)}% · key terms used ${p.keyTerms.covered} of ${p.keyTerms.total}</p>
${tqs ? `<table class="parts wide"><tbody>${tqs}</tbody></table>` : '<p class="empty">The posting names no technical qualifications.</p>'}
${missing ? `<h3>Key terms not used yet</h3><ul class="terms">${missing}</ul>` : ''}
</section>`;
}

function files(report: ReadinessReport): string {
  const rows = report.files
    .map((f) => `<tr><td>${escapeHtml(f.path)}</td><td>${escapeHtml(f.kind)}</td><td class="num">${f.findings}</td><td class="num">${f.pages !== undefined ? f.pages.toFixed(2) : ''}</td></tr>`)
    .join('');
  return `<table class="files"><thead><tr><th scope="col">File</th><th scope="col">Kind</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Pages</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const STYLE = `
:root {
  --fg: var(--vscode-editor-foreground, #1f2328);
  --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-panel-border, #d1d9e0);
  --card: var(--vscode-sideBar-background, #f6f8fa);
  --track: var(--vscode-editorWidget-border, #d1d9e0);
  --good: var(--vscode-charts-green, #1a7f37);
  --fair: var(--vscode-charts-yellow, #9a6700);
  --poor: var(--vscode-charts-red, #cf222e);
  --info: var(--vscode-charts-blue, #0969da);
  --hint: var(--vscode-charts-purple, #8250df);
  --font: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: var(--vscode-editor-foreground, #e6edf3);
    --bg: var(--vscode-editor-background, #0d1117);
    --muted: var(--vscode-descriptionForeground, #9198a1);
    --border: var(--vscode-panel-border, #3d444d);
    --card: var(--vscode-sideBar-background, #151b23);
    --track: var(--vscode-editorWidget-border, #3d444d);
    --good: var(--vscode-charts-green, #3fb950);
    --fair: var(--vscode-charts-yellow, #d29922);
    --poor: var(--vscode-charts-red, #f85149);
    --info: var(--vscode-charts-blue, #4493f8);
    --hint: var(--vscode-charts-purple, #ab7df8);
  }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 20px 28px 40px; color: var(--fg); background: var(--bg); font-family: var(--font); font-size: 13px; line-height: 1.45; max-width: 1200px; }
h1 { font-size: 22px; margin: 0 0 2px; }
h2 { font-size: 16px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--border); }
h3 { font-size: 14px; margin: 0; }
.meta { color: var(--muted); margin: 0 0 8px; }
.top { display: flex; align-items: center; gap: 20px; }
.ring { width: 84px; height: 84px; flex: none; }
.ring .track { stroke: var(--track); }
.arc.good { stroke: var(--good); } .arc.fair { stroke: var(--fair); } .arc.poor { stroke: var(--poor); }
.ring-text { font-size: 22px; font-weight: 700; fill: var(--fg); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px; }
.card { background: var(--card); border: 1px solid var(--border); border-radius: 6px; padding: 12px 14px; }
.card header { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; margin-bottom: 8px; }
.ecq-number { color: var(--muted); font-weight: 600; margin-right: 4px; }
.score { font-size: 20px; font-weight: 700; }
.score.good { color: var(--good); } .score.fair { color: var(--fair); } .score.poor { color: var(--poor); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 6px; vertical-align: middle; }
.parts th { font-weight: 500; width: 52%; padding-top: 5px; padding-bottom: 5px; }
.parts .detail { display: block; color: var(--muted); font-weight: 400; font-size: 12px; }
.parts.wide th { width: 8%; white-space: nowrap; }
.parts td.detail { color: var(--muted); }
.bar-cell { width: 40%; min-width: 80px; }
.bar { width: 100%; height: 8px; display: block; }
.bar .track { fill: var(--track); }
.fill.good { fill: var(--good); } .fill.fair { fill: var(--fair); } .fill.poor { fill: var(--poor); }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; width: 1%; }
.chart { width: 100%; max-width: 760px; height: auto; display: block; }
.chart-label, .chart-count { font-size: 12px; fill: var(--fg); font-family: var(--font); }
.sev-error { fill: var(--poor); } .sev-warning { fill: var(--fair); } .sev-info { fill: var(--info); } .sev-hint { fill: var(--hint); }
.legend { margin-right: 14px; color: var(--muted); }
.swatch { width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; }
.grid th, .grid td, .files th, .files td { border-bottom: 1px solid var(--border); padding: 6px; }
.grid thead th, .files thead th { color: var(--muted); font-weight: 600; }
.grid tbody th { font-weight: 600; width: 26%; }
.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.chip { border: 1px solid var(--border); border-radius: 12px; padding: 1px 4px 1px 10px; display: inline-flex; gap: 6px; align-items: center; }
.chip-count { border-radius: 10px; padding: 0 7px; font-weight: 700; font-variant-numeric: tabular-nums; }
.chip.none { border-color: var(--poor); } .chip.none .chip-count { color: var(--poor); }
.chip.one .chip-count { color: var(--fair); }
.chip.many .chip-count { color: var(--good); }
.badge { font-size: 11px; font-weight: 600; color: var(--poor); border: 1px solid var(--poor); border-radius: 8px; padding: 0 6px; margin-left: 4px; }
.terms { columns: 3; margin: 4px 0; }
.empty { color: var(--muted); }
.project { margin: 0 0 2px; font-weight: 600; }
.findings { list-style: none; margin: 6px 0 0; padding: 0; }
.finding { display: flex; gap: 6px; align-items: baseline; padding: 2px 0; }
.finding .swatch { flex: none; width: 9px; height: 9px; }
.finding code { color: var(--muted); }
.place { font-variant-numeric: tabular-nums; white-space: nowrap; }
a.place { color: var(--vscode-textLink-foreground, var(--info)); }
details.why { margin-top: 8px; }
details summary { cursor: pointer; color: var(--muted); }
details.file-findings { margin: 6px 0; }
details.file-findings .count { color: var(--muted); }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
`;

/** The page's policy: nothing but the stylesheet with this nonce. */
function contentSecurityPolicy(nonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('renderReportHtml: the nonce must be at least 16 random base64 or hex characters');
  return `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:; font-src 'none'; script-src 'none'; form-action 'none'; base-uri 'none'`;
}

/** Whose application this is, and that other applicants' drafts beside it are not counted. */
function projectLine(report: ReadinessReport): string {
  const p = report.project;
  if (!p) return '';
  const who = [p.applicant, p.folder].filter((x): x is string => !!x).map(escapeHtml).join(' · ');
  const others = p.others > 0 ? ` · ${p.others} other applicant${p.others === 1 ? '' : 's'}' drafts in this folder are not counted here` : '';
  return `<p class="project">${who}${others}</p>\n`;
}

/** The page shown instead of a report ("no drafts here"), under the same policy. */
export function renderMessageHtml(message: string, options: HtmlOptions): string {
  const nonce = options.nonce;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}"><style nonce="${nonce}">body{font-family:var(--vscode-font-family, system-ui, sans-serif);color:var(--vscode-foreground);padding:24px}</style></head><body><p>${escapeHtml(message)}</p></body></html>`;
}

/** The whole page. Every value from a draft is escaped. */
export function renderReportHtml(report: ReadinessReport, options: HtmlOptions): string {
  const nonce = options.nonce;
  const csp = contentSecurityPolicy(nonce);
  const total = report.findings.length;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ECQ readiness report</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header class="top">
${ring(report.overall)}
<div>
<h1>Readiness report</h1>
${projectLine(report)}<p class="meta">${escapeHtml(report.setLabel)} · ${report.files.length} draft${report.files.length === 1 ? '' : 's'} · ${total} finding${total === 1 ? '' : 's'} · ${escapeHtml(report.date)}</p>
<p class="meta">Each ECQ's score is the mean of its parts: CCAR completeness, quantified results, recency, voice and coverage of its competencies.</p>
</div>
</header>
<section aria-labelledby="ecqs-h"><h2 id="ecqs-h">ECQ scores</h2><div class="cards">
${ecqCards(report, options)}
</div></section>
<section aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>
${findingsChart(report)}
${findingList(report, options)}
</section>
<section aria-labelledby="grid-h"><h2 id="grid-h">Competency grid</h2>
${grid(report)}
</section>
${posting(report)}
<section aria-labelledby="files-h"><h2 id="files-h">Files</h2>
${files(report)}
</section>
<footer>Made by ECQ Writer on this computer. Nothing in the drafts was sent anywhere.</footer>
</body>
</html>
`;
}
