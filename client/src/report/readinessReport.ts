import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReadinessReportRequest, ReadinessReportResult } from '@ecq-writer/protocol';
import { relativeFileLink, renderMessageHtml, renderReportHtml } from '../../../server/src/core/report/html';
import { Debounced } from '../debounce';
import { CommandIds } from '../commandIds';

/**
 * "ECQ: Show Readiness Report": the project's report in a webview beside the editor, and
 * "ECQ: Export Readiness Report" to save the same page as a file to share with a coach.
 *
 * The page is the core's HTML (core/report/html.ts): scripts are off in the webview, it
 * may load no local resource, and its Content-Security-Policy allows only its own
 * stylesheet, by a nonce made fresh for each rendering. It follows the editor's theme
 * through VS Code's CSS variables and refreshes when a draft is saved.
 */
export class ReadinessReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly pending = new Debounced(() => void this.render());
  private readonly rendered = new vscode.EventEmitter<ReadinessReportResult>();
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

  private async request(): Promise<ReadinessReportResult> {
    const client = this.client();
    if (!client) return { error: 'The ECQ Writer language server is not running; see the ECQ Writer output.' };
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && active.scheme === 'file') this.anchor = active.toString();
    return client.sendRequest(ReadinessReportRequest, this.anchor ? { uri: this.anchor } : {});
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
    let result: ReadinessReportResult;
    try {
      result = await this.request();
    } catch (e) {
      result = { error: e instanceof Error ? e.message : String(e) };
      this.log.error(`Readiness report failed: ${result.error}`);
    }
    const nonce = randomBytes(18).toString('base64');
    const root = result.root;
    // Each finding opens its draft at its place: the one command the page may run.
    const link = root
      ? ({ path: file, line, column }: { path: string; line: number; column: number }): string =>
          `command:${CommandIds.openLocation}?${encodeURIComponent(JSON.stringify([vscode.Uri.joinPath(vscode.Uri.parse(root), ...file.split(/[\\/]/)).toString(), line - 1, column - 1]))}`
      : undefined;
    panel.webview.html = result.report ? renderReportHtml(result.report, { nonce, ...(link ? { link } : {}) }) : renderMessageHtml(result.error ?? 'No report.', { nonce });
    this.rendered.fire(result);
  }

  /** Saves the report as one HTML file; the save dialog asks before replacing a file. */
  async export(): Promise<vscode.Uri | undefined> {
    const result = await this.request();
    if (!result.report || !result.root) {
      void vscode.window.showWarningMessage(`ECQ Writer: ${result.error ?? 'no report to export.'}`);
      return undefined;
    }
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(vscode.Uri.parse(result.root), 'readiness-report.html'),
      filters: { 'HTML page': ['html'] },
      saveLabel: 'Export Report',
      title: 'Export the readiness report',
    });
    if (!target) return undefined;
    // Links relative to where the page is saved, so they still work when the folder is shared.
    const root = vscode.Uri.parse(result.root).fsPath;
    const link = ({ path: file, line }: { path: string; line: number }): string =>
      relativeFileLink(path.relative(path.dirname(target.fsPath), path.join(root, file)), line);
    await vscode.workspace.fs.writeFile(target, Buffer.from(renderReportHtml(result.report, { nonce: randomBytes(18).toString('base64'), link }), 'utf8'));
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
