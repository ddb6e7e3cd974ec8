import * as vscode from 'vscode';
import { PostingCoverageResult, PostingTermCoverage, PostingTqCoverage } from '@ecq-writer/protocol';
import { CommandIds } from '../commandIds';
import { PostingCoverageModel } from '../posting/coverageModel';

/**
 * The keyword sidebar: the linked posting's TQs and key terms, each covered or missing,
 * with the count of uses in the drafts; missing ones first. Clicking a term shows its next
 * use in the drafts (or, when no draft uses it, the term in the posting).
 */

export type PostingNode =
  | { kind: 'summary'; result: PostingCoverageResult }
  | { kind: 'error'; message: string }
  | { kind: 'noTqs' }
  | { kind: 'group'; group: 'tqs' | 'terms'; result: PostingCoverageResult }
  | { kind: 'tq'; tq: PostingTqCoverage; result: PostingCoverageResult }
  | { kind: 'term'; term: PostingTermCoverage };

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Missing terms first, then by how much they say about the posting. */
export function termsInOrder(terms: readonly PostingTermCoverage[]): PostingTermCoverage[] {
  return [...terms].sort((a, b) => Number(a.uses.length > 0) - Number(b.uses.length > 0) || b.score - a.score);
}

export class PostingTermsProvider implements vscode.TreeDataProvider<PostingNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PostingNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: PostingCoverageModel) {
    this.subscription = model.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: PostingNode): PostingNode[] {
    const result = this.model.result;
    if (!node) {
      if (!result) return [];
      if (result.error) return [{ kind: 'error', message: result.error }];
      // No posting linked: the view's welcome text offers to link one.
      if (!result.posting) return [];
      return [
        { kind: 'summary', result },
        result.tqs.length > 0 ? { kind: 'group' as const, group: 'tqs' as const, result } : { kind: 'noTqs' as const },
        { kind: 'group', group: 'terms', result },
      ];
    }
    if (node.kind === 'group' && node.group === 'tqs') {
      // TQs not addressed first: they are what a panel would fail the application on.
      return [...node.result.tqs].sort((a, b) => Number(a.addressed) - Number(b.addressed)).map((tq) => ({ kind: 'tq', tq, result: node.result }));
    }
    if (node.kind === 'group') return termsInOrder(node.result.terms).map((term) => ({ kind: 'term', term }));
    if (node.kind === 'tq') {
      const byKey = new Map(node.result.terms.map((t) => [t.key, t]));
      return termsInOrder([...node.tq.missing, ...node.tq.covered].map((k) => byKey.get(k)).filter((t): t is PostingTermCoverage => !!t)).map((term) => ({ kind: 'term', term }));
    }
    return [];
  }

  getTreeItem(node: PostingNode): vscode.TreeItem {
    switch (node.kind) {
      case 'error': {
        const item = new vscode.TreeItem('The job posting could not be read');
        item.description = node.message;
        item.tooltip = `${node.message}\n\nLink another file with "ECQ: Set Job Posting".`;
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
        item.command = { title: 'Set Job Posting', command: CommandIds.setPosting };
        return item;
      }
      case 'noTqs': {
        // Resume-only announcements and those that withhold their TQs are postings all the same.
        const item = new vscode.TreeItem('No TQs listed in this posting');
        item.tooltip = 'The announcement lists no technical qualifications (it may be resume-only, or keep them elsewhere). Coverage is measured on its key terms.';
        item.iconPath = new vscode.ThemeIcon('info');
        return item;
      }
      case 'summary': {
        const r = node.result;
        const item = new vscode.TreeItem(r.posting?.title ?? 'Job posting');
        item.description = `${percent(r.overall)} covered`;
        item.tooltip = new vscode.MarkdownString(
          [
            `**${r.posting?.title ?? 'Job posting'}**${r.posting?.agency ? `  \n${r.posting.agency}` : ''}`,
            `Coverage by ${r.drafts.length} draft${r.drafts.length === 1 ? '' : 's'}: **${percent(r.overall)}**${r.tqScore !== null ? ` (TQs ${percent(r.tqScore)}, key terms ${percent(r.termScore)})` : ''}`,
            `ECQ set: ${r.posting?.ecqSet === '2025' ? 'the 2025 ECQs' : r.posting?.ecqSet === 'legacy' ? 'the pre-2025 ECQs' : 'not named'}`,
            'Click to review the posting beside the draft.',
          ].join('\n\n'),
        );
        item.iconPath = new vscode.ThemeIcon('briefcase');
        item.command = { title: 'Compare with Posting', command: CommandIds.compareWithPosting };
        return item;
      }
      case 'group': {
        const tqs = node.group === 'tqs';
        const missing = tqs ? node.result.tqs.filter((t) => !t.addressed).length : node.result.terms.filter((t) => t.uses.length === 0).length;
        const item = new vscode.TreeItem(tqs ? 'Technical qualifications' : 'Key terms', vscode.TreeItemCollapsibleState.Expanded);
        item.description = missing === 0 ? 'all covered' : `${missing} missing`;
        item.id = `group:${node.group}`;
        return item;
      }
      case 'tq': {
        const { tq } = node;
        const item = new vscode.TreeItem(tq.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `tq:${tq.label}`;
        item.description = `${percent(tq.score)} · ${tq.addressed ? 'addressed' : 'not addressed'}`;
        item.tooltip = new vscode.MarkdownString(`**${tq.label}**: ${tq.text}\n\n${percent(tq.score)} of its wording is used in the drafts${tq.byHeading ? `; it has a section of its own in ${vscode.workspace.asRelativePath(vscode.Uri.parse(tq.byHeading))}` : ''}.`);
        item.iconPath = new vscode.ThemeIcon(tq.addressed ? 'pass' : 'warning', new vscode.ThemeColor(tq.addressed ? 'testing.iconPassed' : 'problemsWarningIcon.foreground'));
        item.contextValue = 'tq';
        return item;
      }
      case 'term': {
        const { term } = node;
        const used = term.uses.length;
        const item = new vscode.TreeItem(term.term);
        item.description = used === 0 ? 'missing' : `${used} use${used === 1 ? '' : 's'}`;
        item.tooltip = used === 0 ? `"${term.term}" is not used in any draft yet. Click to see it in the posting.` : `"${term.term}" is used ${used} time${used === 1 ? '' : 's'} in the drafts. Click to go to the next use.`;
        item.iconPath = new vscode.ThemeIcon(used === 0 ? 'circle-large-outline' : 'pass-filled', new vscode.ThemeColor(used === 0 ? 'problemsWarningIcon.foreground' : 'testing.iconPassed'));
        item.command = { title: 'Show Use', command: CommandIds.revealTermUse, arguments: [term.key] };
        item.contextValue = used === 0 ? 'missingTerm' : 'coveredTerm';
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
