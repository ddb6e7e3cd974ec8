import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReadinessReportRequest, type ReportCompetency, type ReportEvidence, type ReportGridRow } from '@ecq-writer/protocol';
import { CommandIds } from '../commandIds';
import { Debounced } from '../debounce';

/**
 * The competency grid: each ECQ of the set with its pieces of evidence (resume bullets,
 * examples, stories), each of its competencies with how many show it, and the evidence
 * itself; click one to go to it. Thin rows (fewer than two pieces, or a competency with
 * none) carry a warning. The grid is the readiness report's, so the two always agree.
 */

type Node = { kind: 'row'; row: ReportGridRow } | { kind: 'competency'; competency: ReportCompetency } | { kind: 'evidence'; evidence: ReportEvidence };

export class CompetencyGridProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private rows: readonly ReportGridRow[] = [];
  private root: vscode.Uri | undefined;
  private readonly pending = new Debounced(() => void this.load());
  private readonly refreshed = new vscode.EventEmitter<readonly ReportGridRow[]>();
  /** Fires after each refresh; the tests wait on it. */
  readonly onDidRefresh = this.refreshed.event;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get current(): readonly ReportGridRow[] {
    return this.rows;
  }

  refresh(delayMs = 800): void {
    this.pending.schedule(delayMs);
  }

  async load(): Promise<void> {
    const client = this.client();
    if (!client) return;
    this.loading ??= (async () => {
      try {
        const active = vscode.window.activeTextEditor?.document.uri;
        const result = await client.sendRequest(ReadinessReportRequest, active?.scheme === 'file' ? { uri: active.toString() } : {});
        this.rows = result.report?.grid ?? [];
        this.root = result.root ? vscode.Uri.parse(result.root) : undefined;
        this.changed.fire(undefined);
        this.refreshed.fire(this.rows);
      } catch (e) {
        this.log.error(`Competency grid failed: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.rows.map((row) => ({ kind: 'row', row }));
    if (node.kind === 'row') return node.row.competencies.map((competency) => ({ kind: 'competency', competency }));
    if (node.kind === 'competency') return node.competency.evidence.map((evidence) => ({ kind: 'evidence', evidence }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'row') {
      const { row } = node;
      const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.Collapsed);
      const none = row.competencies.filter((c) => c.count === 0).map((c) => c.name);
      item.description = row.ecqId ? `${row.evidence} piece${row.evidence === 1 ? '' : 's'} of evidence${row.thin ? ' · thin' : ''}` : row.thin ? 'thin' : '';
      item.tooltip = new vscode.MarkdownString(`**${row.label}**\n\n${row.ecqId ? `${row.evidence} piece${row.evidence === 1 ? '' : 's'} of evidence. ` : ''}${none.length > 0 ? `No evidence yet of ${none.join(', ')}.` : 'Every competency is shown.'}`);
      item.iconPath = new vscode.ThemeIcon(row.thin ? 'warning' : 'pass', new vscode.ThemeColor(row.thin ? 'problemsWarningIcon.foreground' : 'testing.iconPassed'));
      item.contextValue = row.thin ? 'thinRow' : 'row';
      return item;
    }
    if (node.kind === 'competency') {
      const c = node.competency;
      const item = new vscode.TreeItem(c.name, c.count > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = c.count === 0 ? 'no evidence' : `${c.count}`;
      item.iconPath = new vscode.ThemeIcon(c.count === 0 ? 'circle-slash' : c.count === 1 ? 'circle-outline' : 'pass-filled');
      return item;
    }
    const e = node.evidence;
    const item = new vscode.TreeItem(e.label, vscode.TreeItemCollapsibleState.None);
    item.description = `${e.path}:${e.line}`;
    item.tooltip = `${e.label}\n${e.path}, line ${e.line}`;
    if (this.root) {
      const uri = vscode.Uri.joinPath(this.root, ...e.path.split(/[\\/]/));
      item.resourceUri = uri;
      item.command = { title: 'Go to Evidence', command: CommandIds.openLocation, arguments: [uri.toString(), e.line - 1] };
    }
    return item;
  }

  dispose(): void {
    this.pending.dispose();
    this.changed.dispose();
    this.refreshed.dispose();
  }
}
