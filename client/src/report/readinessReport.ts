import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReadinessReportHtmlParams, ReadinessReportHtmlRequest, ReadinessReportHtmlResult } from '@ecq-writer/protocol';
import { Debounced } from '../debounce';
import { CommandIds } from '../commandIds';

/**
 * "ECQ: Show Readiness Report": the project's report in a webview beside the editor, and
 * "ECQ: Export Readiness Report" to save the same page as a file to share with a coach.
 *
 * The page is the engine's HTML (core/report/html.ts), rendered by the language server
 * (`ecq/readinessReportHtml`) with the nonce and the kind of links the client asks for:
 * scripts are off in the webview, it may load no local resource, and its
 * Content-Security-Policy allows only its own stylesheet, by a nonce made fresh for each
 * rendering. It follows the editor's theme
 * through VS Code's CSS variables and refreshes when a draft is saved.
 */
export class ReadinessReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly pending = new Debounced(() => void this.render());
  private readonly rendered = new vscode.EventEmitter<ReadinessReportHtmlResult>();
  /** Fires after each rendering; the tests wait on it. */
  readonly onDidRender = this.rendered.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private anchor: string | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(vscode.workspace.onDidSaveTextDocument(() => this.panel && this.pending.schedule(300)));
  }

  get visible(): boolean {
    return !!this.panel;
  }

  /** The report as a page, rendered by the server with the links asked for. */
  private async request(links: ReadinessReportHtmlParams['links'], nonce: string): Promise<ReadinessReportHtmlResult> {
    const client = this.client();
    if (!client) return { error: 'The ECQ Writer language server is not running; see the ECQ Writer output.', html: '' };
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && active.scheme === 'file') this.anchor = active.toString();
    return client.sendRequest(ReadinessReportHtmlRequest, { ...(this.anchor ? { uri: this.anchor } : {}), nonce, links });
  }


  async show(): Promise<void> {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('ecq.readinessReport', 'ECQ Readiness Report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, enableCommandUris: [CommandIds.openLocation], localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined), null, this.subscriptions);
    } else {
      this.panel.reveal(undefined, true);
    }
    await this.render();
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const nonce = randomBytes(18).toString('base64');
    let result: ReadinessReportHtmlResult;
    try {
      // Each finding opens its draft at its place: the one command the page may run.
      result = await this.request({ kind: 'command', command: CommandIds.openLocation }, nonce);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      this.log.error(`Readiness report failed: ${error}`);
      result = { error, html: '' };
    }
    // Without an answer from the server, a page that only says why, under the same policy.
    panel.webview.html = result.html || messagePage(result.error ?? 'No report.', nonce);
    this.rendered.fire(result);
  }

  /** Saves the report as one HTML file; the save dialog asks before replacing a file. */
  async export(): Promise<vscode.Uri | undefined> {
    const root = this.client() ? (await this.request({ kind: 'command', command: CommandIds.openLocation }, randomBytes(18).toString('base64'))).root : undefined;
    const target = await vscode.window.showSaveDialog({
      ...(root ? { defaultUri: vscode.Uri.joinPath(vscode.Uri.parse(root), 'readiness-report.html') } : {}),
      filters: { 'HTML page': ['html'] },
      saveLabel: 'Export Report',
      title: 'Export the readiness report',
    });
    if (!target) return undefined;
    // Links relative to where the page is saved, so they still work when the folder is shared.
    const result = await this.request({ kind: 'relative', folder: path.dirname(target.fsPath) }, randomBytes(18).toString('base64'));
    if (!result.report) {
      void vscode.window.showWarningMessage(`ECQ Writer: ${result.error ?? 'no report to export.'}`);
      return undefined;
    }
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.html, 'utf8'));
    void vscode.window.showInformationMessage(`ECQ Writer: the readiness report was saved to ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  }

  dispose(): void {
    this.pending.dispose();
    this.panel?.dispose();
    this.rendered.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** A page that only gives a reason, with no script and only its nonce's style: used when the server cannot answer. */
function messagePage(message: string, nonce: string): string {
  const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'"><style nonce="${nonce}">body{font-family:var(--vscode-font-family, system-ui, sans-serif);color:var(--vscode-foreground);padding:24px}</style></head><body><p>${escaped}</p></body></html>`;
}
