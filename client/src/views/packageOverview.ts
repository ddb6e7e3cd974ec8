import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OverviewExample, OverviewFile, OverviewSection, PackageOverviewRequest } from '@ecq-writer/protocol';
import { CommandIds } from '../commandIds';
import { Debounced } from '../debounce';

/**
 * The package overview: every draft in the workspace → its ECQs (length against the limit,
 * findings) → their examples (CCAR completeness). Built from the server's outline, so it
 * never parses drafts itself. Clicking an item opens the place.
 */

type Node = { kind: 'file'; file: OverviewFile } | { kind: 'section'; file: OverviewFile; section: OverviewSection } | { kind: 'example'; file: OverviewFile; example: OverviewExample };

const PART_LETTERS: Record<string, string> = { challenge: 'Challenge', context: 'Context', action: 'Action', result: 'Result' };
const numberFormat = new Intl.NumberFormat('en-US');

export class PackageOverviewProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private files: readonly OverviewFile[] = [];
  private loading: Promise<void> | undefined;
  private readonly pending = new Debounced(() => void this.load());
  /** Resolves after each refresh; the tests wait on it. */
  private readonly refreshed = new vscode.EventEmitter<readonly OverviewFile[]>();
  readonly onDidRefresh = this.refreshed.event;

  constructor(private readonly client: () => LanguageClient | undefined, private readonly log: vscode.LogOutputChannel) {}

  /** Asks for a refresh; bursts of edits are coalesced. */
  refresh(delayMs = 400): void {
    this.pending.schedule(delayMs);
  }

  async load(): Promise<void> {
    const client = this.client();
    if (!client) return;
    this.loading ??= (async () => {
      try {
        this.files = (await client.sendRequest(PackageOverviewRequest)).files;
        this.changed.fire(undefined);
        this.refreshed.fire(this.files);
      } catch (e) {
        this.log.error(`Package overview failed: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.files.map((file) => ({ kind: 'file', file }));
    if (node.kind === 'file') return node.file.sections.map((section) => ({ kind: 'section', file: node.file, section }));
    if (node.kind === 'section') return node.section.examples.map((example) => ({ kind: 'example', file: node.file, example }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'file') {
      const item = new vscode.TreeItem(node.file.path, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.file.kind.toUpperCase()}${node.file.ecqSet !== 'unknown' ? ` · ${node.file.ecqSet === 'legacy' ? 'pre-2025 set' : '2025 set'}` : ''} · ${findings(node.file.findings)}`;
      item.resourceUri = vscode.Uri.parse(node.file.uri);
      item.iconPath = vscode.ThemeIcon.File;
      item.command = { title: 'Open', command: CommandIds.openLocation, arguments: [node.file.uri, 0] };
      return item;
    }
    if (node.kind === 'section') {
      const s = node.section;
      const over = s.characters > s.limit;
      const item = new vscode.TreeItem(s.label, s.examples.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = `${numberFormat.format(s.characters)} / ${numberFormat.format(s.limit)} chars · ${findings(s.findings)}`;
      item.tooltip = new vscode.MarkdownString(`**${s.label}**\n\n${numberFormat.format(s.characters)} of ${numberFormat.format(s.limit)} characters${over ? ' — **over the limit**' : ''}\n\n${s.examples.length} example${s.examples.length === 1 ? '' : 's'}, ${findings(s.findings)}`);
      item.iconPath = new vscode.ThemeIcon(over || s.findings > 0 ? 'warning' : 'pass', new vscode.ThemeColor(over ? 'problemsErrorIcon.foreground' : s.findings > 0 ? 'problemsWarningIcon.foreground' : 'testing.iconPassed'));
      item.command = { title: 'Open', command: CommandIds.openLocation, arguments: [node.file.uri, s.line] };
      return item;
    }
    const e = node.example;
    const missing = e.parts.filter((p) => !p.present).map((p) => PART_LETTERS[p.kind]);
    const item = new vscode.TreeItem(e.label, vscode.TreeItemCollapsibleState.None);
    item.description = missing.length === 0 ? 'CCAR complete' : `missing ${missing.join(', ')}`;
    item.iconPath = new vscode.ThemeIcon(missing.length === 0 ? 'check' : 'circle-slash');
    item.command = { title: 'Open', command: CommandIds.openLocation, arguments: [node.file.uri, e.line] };
    return item;
  }

  dispose(): void {
    this.pending.dispose();
    this.changed.dispose();
    this.refreshed.dispose();
  }
}

function findings(n: number): string {
  return n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'}`;
}
