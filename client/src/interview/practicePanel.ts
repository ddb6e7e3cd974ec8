import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PracticeAnalysisRequest, PracticeAnalysisResult, PracticeSetRequest, PracticeSetResult } from '@ecq-writer/protocol';

/**
 * "ECQ: Practice Interview": one question at a time, as a panel would ask it. The questions
 * come from the open interview file, or from a practice set the server builds from the
 * linked posting's TQs and the built-in bank (`ecq/practiceSet`). The page shows a timer
 * with the 2–4 minute band; when the candidate has typed or pasted an answer, the server
 * analyses it (`ecq/practiceAnalysis`) and the page shows what the question asked about
 * only then: the ECQ or TQ, its key words, the parts answered, CCAR, scope figures and the
 * spoken time.
 *
 * The page runs one script, allowed by a nonce made fresh for each page; its
 * Content-Security-Policy allows nothing else (no remote content, no local resources), as
 * the readiness report's does. It reports any policy violation back, and the tests hold
 * that there is none. Everything works from the keyboard: Tab between the answer and the
 * buttons, Enter presses one, Ctrl+Enter analyses (scripts/e2e.mjs drives it so).
 */

/** Messages from the page. */
type FromPage =
  | { readonly type: 'ready' }
  | { readonly type: 'analyse'; readonly index: number; readonly answer: string; readonly seconds: number }
  | { readonly type: 'next' }
  | { readonly type: 'timer'; readonly seconds: number }
  | { readonly type: 'shown'; readonly index: number; readonly summary: string }
  | { readonly type: 'cspViolation'; readonly directive: string; readonly blocked: string };

/** What the tests see of the panel. */
export interface PracticeState {
  readonly question?: { readonly index: number; readonly total: number; readonly text: string };
  readonly seconds: number;
  readonly analysis?: PracticeAnalysisResult;
  /** Every analysis since the panel opened, the last one of each question kept when the next is asked. */
  readonly analysed: readonly PracticeAnalysisResult[];
  /** The text the page showed for the last analysis. */
  readonly shown?: string;
  readonly cspViolations: readonly string[];
}

export class PracticeInterviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private set: PracticeSetResult = { questions: [] };
  private index = 0;
  private anchor: string | undefined;
  private state: PracticeState = { seconds: 0, cspViolations: [], analysed: [] };
  private readonly changed = new vscode.EventEmitter<PracticeState>();
  /** Fires whenever the page reports something; the tests wait on it. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get current(): PracticeState {
    return this.state;
  }

  /** Opens the practice page for the active interview file (or the workspace's posting and the built-in bank). */
  async show(): Promise<void> {
    const client = this.client();
    if (!client) {
      void vscode.window.showWarningMessage('ECQ Writer: the language server is not running; see the ECQ Writer output.');
      return;
    }
    const active = vscode.window.activeTextEditor?.document.uri;
    this.anchor = active && active.scheme === 'file' ? active.toString() : undefined;
    try {
      this.set = await client.sendRequest(PracticeSetRequest, { ...(this.anchor ? { uri: this.anchor } : {}) });
    } catch (e) {
      this.set = { questions: [], error: e instanceof Error ? e.message : String(e) };
    }
    if (this.set.questions.length === 0) {
      void vscode.window.showWarningMessage(`ECQ Writer: no questions to practise${this.set.error ? `: ${this.set.error}` : '.'}`);
      return;
    }
    this.index = 0;
    this.update({ seconds: 0, cspViolations: [], analysed: [] });
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('ecq.practiceInterview', 'ECQ Practice Interview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: FromPage) => void this.receive(m));
    } else {
      this.panel.reveal();
    }
    this.panel.webview.html = practicePage(randomBytes(18).toString('base64'));
  }

  /** For the tests: types `answer` into the page and presses Analyse, as a candidate would. */
  async submit(answer: string): Promise<void> {
    await this.panel?.webview.postMessage({ type: 'fill', text: answer });
  }

  private async receive(message: FromPage): Promise<void> {
    switch (message.type) {
      case 'ready':
        await this.sendQuestion();
        break;
      case 'next':
        this.index = (this.index + 1) % this.set.questions.length;
        await this.sendQuestion();
        break;
      case 'timer':
        this.update({ seconds: message.seconds });
        break;
      case 'analyse':
        await this.analyse(message.index, message.answer);
        break;
      case 'shown':
        this.update({ shown: message.summary });
        break;
      case 'cspViolation':
        this.log.warn(`Practice page: Content-Security-Policy blocked ${message.blocked} (${message.directive})`);
        this.update({ cspViolations: [...this.state.cspViolations, `${message.directive}: ${message.blocked}`] });
        break;
    }
  }

  private async sendQuestion(): Promise<void> {
    const question = this.set.questions[this.index];
    if (!question) return;
    this.update({ question: { index: this.index, total: this.set.questions.length, text: question.text }, seconds: 0 });
    const { analysis: _dropped, shown: _gone, ...rest } = this.state;
    this.state = rest;
    await this.panel?.webview.postMessage({ type: 'question', index: this.index, total: this.set.questions.length, text: question.text, source: question.source });
  }

  private async analyse(index: number, answer: string): Promise<void> {
    const question = this.set.questions[index];
    const client = this.client();
    if (!question || !client) return;
    let result: PracticeAnalysisResult | undefined;
    try {
      result = await client.sendRequest(PracticeAnalysisRequest, { ...(this.anchor ? { uri: this.anchor } : {}), ...(this.set.ecqSet ? { ecqSet: this.set.ecqSet } : {}), question: question.text, answer });
    } catch (e) {
      this.log.error(`Practice analysis failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (result) this.update({ analysis: result, analysed: [...this.state.analysed, result] });
    await this.panel?.webview.postMessage(result ? { type: 'analysis', index, result } : { type: 'error', text: 'The answer could not be analysed; see the ECQ Writer output.' });
  }

  private update(change: Partial<PracticeState>): void {
    this.state = { ...this.state, ...change };
    this.changed.fire(this.state);
  }

  dispose(): void {
    this.panel?.dispose();
    this.changed.dispose();
  }
}

/**
 * The page: the question, a timer with the 2–4 minute band, the answer box, and the
 * analysis once asked for. What the question asks about stays hidden until then, as in the
 * room. All text from the server is set with textContent, never as HTML.
 */
function practicePage(nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<title>ECQ Practice Interview</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--vscode-foreground); padding: 16px 24px; max-width: 60em; }
  h1 { font-size: 1.1em; font-weight: 600; margin: 0 0 4px; }
  #progress { color: var(--vscode-descriptionForeground); margin-bottom: 12px; }
  #question { font-size: 1.25em; line-height: 1.4; margin: 8px 0 16px; }
  #timer { font-variant-numeric: tabular-nums; font-size: 1.4em; padding: 2px 8px; border-radius: 4px; border: 1px solid var(--vscode-panel-border, #8884); display: inline-block; }
  #timer.short { color: var(--vscode-descriptionForeground); }
  #timer.band { color: var(--vscode-testing-iconPassed, #388a34); }
  #timer.long { color: var(--vscode-errorForeground, #c72e0f); }
  #band { margin-left: 8px; color: var(--vscode-descriptionForeground); }
  textarea { width: 100%; min-height: 12em; margin: 12px 0; font: inherit; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, #8884); padding: 8px; box-sizing: border-box; }
  button { font: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 4px 12px; margin-right: 8px; cursor: pointer; }
  button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
  button:focus-visible, textarea:focus-visible { outline: 2px solid var(--vscode-focusBorder); outline-offset: 1px; }
  #analysis { margin-top: 16px; }
  #analysis h2 { font-size: 1em; margin: 12px 0 4px; }
  #analysis ul { margin: 0; padding-left: 1.4em; }
  .yes::before { content: "✓ "; color: var(--vscode-testing-iconPassed, #388a34); }
  .no::before { content: "✗ "; color: var(--vscode-errorForeground, #c72e0f); }
  .hint { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
</style>
</head>
<body>
<h1>Practice interview</h1>
<div id="progress" aria-live="polite"></div>
<div id="question" role="heading" aria-level="2"></div>
<div><span id="timer" class="short" role="timer" aria-label="Time speaking">0:00</span><span id="band">Aim for 2 to 4 minutes.</span></div>
<label for="answer" class="hint">Your answer: type or paste it, as an outline or in full.</label>
<textarea id="answer" aria-describedby="keys"></textarea>
<div>
  <button id="analyse" type="button">Analyse answer</button>
  <button id="restart" type="button" class="secondary">Restart timer</button>
  <button id="next" type="button" class="secondary">Next question</button>
</div>
<p id="keys" class="hint">Ctrl+Enter analyses the answer; Tab reaches the buttons.</p>
<div id="analysis" aria-live="polite"></div>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const $ = (id) => document.getElementById(id);
  let index = 0;
  let started = Date.now();
  let lastSecond = -1;
  document.addEventListener('securitypolicyviolation', (e) => vscode.postMessage({ type: 'cspViolation', directive: e.violatedDirective, blocked: String(e.blockedURI || e.sample || '') }));

  function seconds() { return Math.floor((Date.now() - started) / 1000); }
  function tick() {
    const s = seconds();
    if (s === lastSecond) return;
    lastSecond = s;
    const timer = $('timer');
    timer.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    // The band a panel expects: about 2 to 4 minutes an answer.
    timer.className = s < 120 ? 'short' : s <= 240 ? 'band' : 'long';
    vscode.postMessage({ type: 'timer', seconds: s });
  }
  setInterval(tick, 250);

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  }
  function list(title, items) {
    const box = el('div');
    box.appendChild(el('h2', title));
    const ul = el('ul');
    for (const [text, ok] of items) ul.appendChild(el('li', text, ok === undefined ? '' : ok ? 'yes' : 'no'));
    box.appendChild(ul);
    return box;
  }

  function showAnalysis(r) {
    const out = $('analysis');
    out.replaceChildren();
    const about = r.category === 'ecq' && r.ecq ? 'ECQ ' + r.ecq.number + ': ' + r.ecq.name : r.category === 'tq' ? 'Technical qualification ' + (r.tq || '') : 'A general question';
    out.appendChild(el('h2', 'What the question asked about'));
    out.appendChild(el('p', about + (r.competencies.length ? ' (' + r.competencies.join(', ') + ')' : '')));
    if (r.keyWords.length) out.appendChild(list('Key words (' + r.keyWordsUsed.length + ' of ' + r.keyWords.length + ' used)', r.keyWords.map((k) => [k, r.keyWordsUsed.includes(k)])));
    out.appendChild(list('Every part answered?', r.parts.map((p) => [p.text, p.answered])));
    out.appendChild(list('CCAR', [['Challenge', r.ccar.challenge], ['Context', r.ccar.context], ['Action', r.ccar.action], ['Result', r.ccar.result]]));
    out.appendChild(list('Numbers on scope and results', r.figures.length ? r.figures.map((f) => [f, true]) : [['No figure: say how many people, how many dollars, how much changed', false]]));
    const minutes = r.minutes.toFixed(1);
    out.appendChild(list('Spoken time', [[r.words + ' words, about ' + minutes + ' minutes at ' + r.paceWpm + ' words a minute', r.minutes >= 2 && r.minutes <= 4]]));
    if (r.findings.length) out.appendChild(list('To work on', r.findings.map((f) => [f.message, false])));
    vscode.postMessage({ type: 'shown', index, summary: out.textContent });
  }

  function analyse() {
    vscode.postMessage({ type: 'analyse', index, answer: $('answer').value, seconds: seconds() });
  }
  $('analyse').addEventListener('click', analyse);
  $('next').addEventListener('click', () => vscode.postMessage({ type: 'next' }));
  $('restart').addEventListener('click', () => { started = Date.now(); lastSecond = -1; tick(); });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); analyse(); }
  });

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m.type === 'question') {
      index = m.index;
      $('progress').textContent = 'Question ' + (m.index + 1) + ' of ' + m.total + (m.source === 'file' ? ', from your interview file' : m.source === 'posting' ? ', from the posting' : ', from the practice bank');
      $('question').textContent = m.text;
      $('answer').value = '';
      $('analysis').replaceChildren();
      started = Date.now();
      lastSecond = -1;
      tick();
      $('answer').focus();
    } else if (m.type === 'analysis' && m.index === index) {
      showAnalysis(m.result);
    } else if (m.type === 'error') {
      $('analysis').replaceChildren(el('p', m.text));
    } else if (m.type === 'fill') {
      $('answer').value = m.text;
      analyse();
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
</script>
</body>
</html>`;
}
