import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentStatsRequest, DocumentStatsResult } from '@ecq-writer/protocol';
import { Debounced } from './debounce';

const numberFormat = new Intl.NumberFormat('en-US');

/** Fewer days than this to the resubmission deadline turn the remarks file's item to a warning. */
const DEADLINE_WARNING_DAYS = 7;

function resubmitText(days: number): string {
  if (days < 0) return `resubmission ${-days} day${days === -1 ? '' : 's'} overdue`;
  return days === 0 ? 'resubmit today' : `${days} day${days === 1 ? '' : 's'} to resubmit`;
}

/** The active draft's length against its limit and its count of findings. */
export class DraftStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('ecq.status', vscode.StatusBarAlignment.Right, 100);
  private readonly pending = new Debounced(() => void this.update());
  private readonly updated = new vscode.EventEmitter<DocumentStatsResult>();
  /** Fires after each update; the tests wait on it. */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'ECQ Writer: length and findings';
    this.item.command = 'workbench.actions.view.problems';
  }

  /** Schedules an update for the active editor; bursts of edits are coalesced. */
  schedule(delayMs = 250): void {
    this.pending.schedule(delayMs);
  }

  get text(): string {
    return this.item.text;
  }

  async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = this.client();
    if (!editor || !client) {
      this.item.hide();
      return;
    }
    let stats: DocumentStatsResult;
    try {
      stats = await client.sendRequest(DocumentStatsRequest, { uri: editor.document.uri.toString() });
    } catch {
      this.item.hide();
      return;
    }
    if (stats.isDraft && stats.kind === 'remarks') {
      if (stats.resubmitDaysLeft === undefined) this.item.hide();
      else {
        this.item.text = `$(calendar) ${resubmitText(stats.resubmitDaysLeft)}`;
        this.item.tooltip = `ECQ Writer: board or coach remarks. Resubmit by ${stats.resubmitBy}.`;
        this.item.backgroundColor = stats.resubmitDaysLeft < DEADLINE_WARNING_DAYS ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
        this.item.show();
      }
      this.updated.fire(stats);
      return;
    }
    if (!stats.isDraft || stats.characters === undefined || stats.limit === undefined || stats.measure === undefined) {
      this.item.hide();
      this.updated.fire(stats);
      return;
    }
    const over = stats.measure === 'pages' ? (stats.pages ?? 0) > stats.limit : stats.measure === 'characters' && stats.characters > stats.limit;
    const length =
      stats.measure === 'pages'
        ? `${(stats.pages ?? 0).toFixed(1)} / ${stats.limit} pages`
        : stats.measure === 'stories'
          ? `${stats.stories ?? 0} stor${stats.stories === 1 ? 'y' : 'ies'}`
          : `${numberFormat.format(stats.characters)} / ${numberFormat.format(stats.limit)} chars`;
    const count = stats.findings ?? 0;
    const deadline = stats.resubmitDaysLeft !== undefined ? ` · ${resubmitText(stats.resubmitDaysLeft)}` : '';
    this.item.text = `$(${over ? 'warning' : 'book'}) ${length} · ${count} finding${count === 1 ? '' : 's'}${deadline}`;
    const estimate = stats.kind === 'resume' ? ` (estimated in the USAJOBS format: ${(stats.pages ?? 0).toFixed(2)} pages)` : '';
    this.item.tooltip = `ECQ Writer: ${stats.kind === 'stories' ? 'story bank' : `${stats.kind?.toUpperCase()} draft`}${stats.ecqSet && stats.ecqSet !== 'unknown' ? ` (${stats.ecqSet === 'legacy' ? 'pre-2025' : '2025'} ECQs)` : ''}. ${length}${estimate}${over ? ', over the limit' : ''}. ${count} finding${count === 1 ? '' : 's'}${stats.errors ? `, ${stats.errors} at error severity` : ''}.${stats.resubmitBy ? ` Resubmit by ${stats.resubmitBy}.` : ''} Click for the Problems panel.`;
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    this.updated.fire(stats);
  }

  dispose(): void {
    this.pending.dispose();
    this.item.dispose();
    this.updated.dispose();
  }
}
