import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RevisionFindingItem, RevisionReviewParams, RevisionReviewRequest, RevisionReviewResult, RevisionSectionItem } from '@ecq-writer/protocol';
import { Debounced } from '../debounce';
import { CommandIds } from '../commandIds';

/**
 * The Revision view (ECQ: Review Revision, issue 15): the drafts as they are now against an
 * earlier version, grouped by ECQ. A fixed finding is struck through, a new one marked, one
 * still open listed plainly; each goes to its place in the draft. The server compares
 * (`ecq/revisionReview`, the engine's revision review, as `ecq diff` does); the view asks
 * again shortly after each edit, so it follows the writer's typing.
 */

type Remark = NonNullable<RevisionReviewResult['remarks']>[number];

type Node =
  | { readonly kind: 'remarks'; readonly remarks: readonly Remark[] }
  | { readonly kind: 'remark'; readonly remark: Remark }
  | { readonly kind: 'section'; readonly section: RevisionSectionItem }
  | { readonly kind: 'finding'; readonly state: 'fixed' | 'new' | 'open'; readonly finding: RevisionFindingItem };

/** How long after an edit the view asks again: well inside the second the issue allows. */
const REFRESH_AFTER_EDIT_MS = 300;

/** U+0336 after each character draws a line through it: tree labels have no strikethrough style. */
const struck = (text: string): string => [...text].map((c) => `${c}\u0336`).join('');

export class RevisionView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private result: RevisionReviewResult | undefined;
  private against: RevisionReviewParams['against'] | undefined;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly refreshed = new vscode.EventEmitter<RevisionReviewResult>();
  /** Fires after each comparison; the tests wait on it. */
  readonly onDidRefresh = this.refreshed.event;
  private readonly pending = new Debounced(() => void this.load());
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(vscode.workspace.onDidChangeTextDocument(() => this.against && this.pending.schedule(REFRESH_AFTER_EDIT_MS)));
  }

  get current(): RevisionReviewResult | undefined {
    return this.result;
  }

  /** ECQ: Review Revision: asks what to compare with, then shows the view. */
  async pick(): Promise<RevisionReviewResult | undefined> {
    const choice = await vscode.window.showQuickPick(
      [
        { label: 'The last commit', description: 'HEAD', against: { kind: 'git', revision: 'HEAD' } as const },
        { label: 'Another git revision…', description: 'a commit, tag or branch', against: undefined },
        { label: 'A folder…', description: 'an earlier copy of the package inside the workspace', against: undefined },
      ],
      { title: 'Review the revision against', placeHolder: 'What to compare the drafts with' },
    );
    if (!choice) return undefined;
    let against: RevisionReviewParams['against'] | undefined = choice.against;
    if (!against && choice.label.startsWith('Another')) {
      const revision = await vscode.window.showInputBox({ title: 'Git revision', prompt: 'A commit, tag or branch, e.g. HEAD~1 or v1', validateInput: (v) => (/^[\w./~^@{}-]{1,200}$/.test(v.trim()) ? undefined : 'a git revision such as HEAD~1, v1 or a commit id') });
      if (revision) against = { kind: 'git', revision: revision.trim() };
    } else if (!against) {
      const root = vscode.workspace.workspaceFolders?.[0]?.uri;
      const folders = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, ...(root ? { defaultUri: root } : {}), openLabel: 'Compare with this folder' });
      if (folders?.[0]) against = { kind: 'folder', path: folders[0].fsPath };
    }
    if (!against) return undefined;
    return this.compareWith(against);
  }

  /** Compares with `against` and shows the view. */
  async compareWith(against: RevisionReviewParams['against']): Promise<RevisionReviewResult | undefined> {
    this.against = against;
    await vscode.commands.executeCommand('ecq.revision.focus');
    return this.load();
  }

  async load(): Promise<RevisionReviewResult | undefined> {
    const client = this.client();
    if (!client || !this.against) return undefined;
    const active = vscode.window.activeTextEditor?.document.uri;
    try {
      this.result = await client.sendRequest(RevisionReviewRequest, { against: this.against, ...(active?.scheme === 'file' ? { uri: active.toString() } : {}) });
    } catch (e) {
      this.log.error(`Revision review failed: ${e instanceof Error ? e.message : String(e)}`);
      this.result = { sections: [], totals: { fixed: 0, added: 0, open: 0 }, error: 'the review failed; see the ECQ Writer output' };
    }
    if (this.result.error) void vscode.window.showWarningMessage(`ECQ Writer: cannot review the revision: ${this.result.error}`);
    this.changed.fire(undefined);
    this.refreshed.fire(this.result);
    return this.result;
  }

  getChildren(node?: Node): Node[] {
    if (!this.result) return [];
    if (!node) {
      const sections: Node[] = this.result.sections.filter((s) => s.fixed.length + s.added.length + s.open.length > 0 || s.presence !== 'both').map((section) => ({ kind: 'section', section }));
      return this.result.remarks && this.result.remarks.length > 0 ? [{ kind: 'remarks', remarks: this.result.remarks }, ...sections] : sections;
    }
    if (node.kind === 'remarks') return node.remarks.map((remark) => ({ kind: 'remark' as const, remark }));
    if (node.kind !== 'section') return [];
    const { fixed, added, open } = node.section;
    return [
      ...added.map((finding) => ({ kind: 'finding' as const, state: 'new' as const, finding })),
      ...open.map((finding) => ({ kind: 'finding' as const, state: 'open' as const, finding })),
      ...fixed.map((finding) => ({ kind: 'finding' as const, state: 'fixed' as const, finding })),
    ];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'remarks') {
      const item = new vscode.TreeItem('Board and coach remarks', vscode.TreeItemCollapsibleState.Expanded);
      const count = (state: Remark['state']) => node.remarks.filter((r) => r.state === state).length;
      item.description = `${count('addressed')} addressed, ${count('open')} open, ${count('check')} to check by hand`;
      return item;
    }
    if (node.kind === 'remark') {
      const { remark } = node;
      const item = new vscode.TreeItem(remark.text, vscode.TreeItemCollapsibleState.None);
      item.description = `${remark.state === 'check' ? 'to check by hand' : remark.state} · ${remark.section}`;
      item.tooltip = `${remark.section}: ${remark.reason}`;
      item.iconPath = new vscode.ThemeIcon(remark.state === 'addressed' ? 'pass' : remark.state === 'open' ? 'circle-outline' : 'question');
      item.command = { title: 'Go to the remark', command: CommandIds.openLocation, arguments: [remark.uri, remark.line, 0] };
      return item;
    }
    if (node.kind === 'section') {
      const s = node.section;
      const item = new vscode.TreeItem(s.label, vscode.TreeItemCollapsibleState.Expanded);
      const score = s.score && s.score.before !== null && s.score.after !== null ? `score ${s.score.before} → ${s.score.after} · ` : '';
      item.description = s.presence === 'old' ? 'dropped' : s.presence === 'new' ? 'added' : `${score}${s.fixed.length} fixed, ${s.added.length} new, ${s.open.length} open`;
      item.contextValue = 'revisionSection';
      return item;
    }
    const { finding, state } = node;
    const label = `${finding.rule}: "${finding.quote}"`;
    const item = new vscode.TreeItem(state === 'fixed' ? struck(label) : label, vscode.TreeItemCollapsibleState.None);
    item.description = state === 'fixed' ? 'fixed' : state === 'new' ? 'new' : 'still open';
    item.tooltip = `${state === 'fixed' ? 'Fixed: ' : state === 'new' ? 'New since the earlier version: ' : 'Still open: '}${finding.message}`;
    item.iconPath = new vscode.ThemeIcon(state === 'fixed' ? 'pass' : state === 'new' ? 'diff-added' : 'circle-outline');
    if (finding.uri && finding.range) {
      item.command = { title: 'Go to the finding', command: CommandIds.openLocation, arguments: [finding.uri, finding.range.start.line, finding.range.start.character] };
    }
    return item;
  }

  dispose(): void {
    this.pending.dispose();
    this.changed.dispose();
    this.refreshed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
