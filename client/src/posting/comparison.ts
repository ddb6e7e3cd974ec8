import * as vscode from 'vscode';
import { PostingCoverageResult } from '@ecq-writer/protocol';
import { PostingCoverageModel } from './coverageModel';

/**
 * The side-by-side review: the posting beside the draft, with the posting's terms and TQ
 * wording that the drafts use highlighted in both editors, and the ones they do not use
 * marked in the posting in another style. Colours are theme colours contributed in
 * package.json, so themes (light, dark, high contrast) can set them. The highlights follow
 * edits: they are redrawn whenever the coverage changes.
 */

export interface AppliedDecorations {
  readonly covered: readonly vscode.Range[];
  readonly missing: readonly vscode.Range[];
}

export class PostingComparison implements vscode.Disposable {
  private readonly coveredStyle = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('ecqWriter.coveredTermBackground'),
    border: '1px solid',
    borderColor: new vscode.ThemeColor('ecqWriter.coveredTermBorder'),
    overviewRulerColor: new vscode.ThemeColor('ecqWriter.coveredTermBorder'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  private readonly missingStyle = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('ecqWriter.missingTermBackground'),
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('ecqWriter.missingTermBorder'),
    overviewRulerColor: new vscode.ThemeColor('ecqWriter.missingTermBorder'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  private active = false;
  private readonly applied = new Map<string, AppliedDecorations>();
  private readonly appliedEmitter = new vscode.EventEmitter<ReadonlyMap<string, AppliedDecorations>>();
  /** Fires after the highlights are redrawn; the tests wait on it. */
  readonly onDidApply = this.appliedEmitter.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly model: PostingCoverageModel) {
    this.disposables = [
      model.onDidChange((result) => this.apply(result)),
      vscode.window.onDidChangeVisibleTextEditors(() => {
        if (this.active && this.model.result) this.apply(this.model.result);
      }),
    ];
  }

  /** What is drawn now, by document URI. */
  get decorations(): ReadonlyMap<string, AppliedDecorations> {
    return this.applied;
  }

  get isActive(): boolean {
    return this.active;
  }

  /** "ECQ: Compare with Posting": the posting beside the active draft, highlighted. */
  async open(): Promise<vscode.TextEditor | undefined> {
    const result = await this.model.load();
    if (result?.error) {
      void vscode.window.showErrorMessage(`ECQ Writer: ${result.error}`, 'Set Job Posting').then((c) => c && vscode.commands.executeCommand('ecq.setPosting'));
      return undefined;
    }
    if (!result?.posting) {
      const choice = await vscode.window.showInformationMessage('No job posting is linked to this workspace yet.', 'Set Job Posting');
      if (choice) await vscode.commands.executeCommand('ecq.setPosting');
      return undefined;
    }
    this.active = true;
    const draft = vscode.window.activeTextEditor;
    const postingUri = vscode.Uri.parse(result.posting.uri);
    const beside = draft && draft.document.uri.toString() !== result.posting.uri ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const editor = await vscode.window.showTextDocument(postingUri, { viewColumn: beside, preserveFocus: true, preview: false });
    this.apply(result);
    return editor;
  }

  /** Stops highlighting. */
  close(): void {
    this.active = false;
    for (const editor of vscode.window.visibleTextEditors) {
      editor.setDecorations(this.coveredStyle, []);
      editor.setDecorations(this.missingStyle, []);
    }
    this.applied.clear();
  }

  private apply(result: PostingCoverageResult): void {
    if (!this.active) return;
    const toRange = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const byUri = new Map<string, { covered: vscode.Range[]; missing: vscode.Range[] }>();
    const entry = (uri: string) => {
      let e = byUri.get(uri);
      if (!e) byUri.set(uri, (e = { covered: [], missing: [] }));
      return e;
    };
    const postingUri = result.posting?.uri;
    for (const term of result.terms) {
      if (postingUri) {
        const target = entry(postingUri);
        for (const r of term.postingRanges) (term.uses.length > 0 ? target.covered : target.missing).push(toRange(r));
      }
      for (const use of term.uses) entry(use.uri).covered.push(toRange(use.range));
    }
    this.applied.clear();
    for (const editor of vscode.window.visibleTextEditors) {
      const uri = editor.document.uri.toString();
      const e = byUri.get(uri) ?? { covered: [], missing: [] };
      editor.setDecorations(this.coveredStyle, e.covered);
      editor.setDecorations(this.missingStyle, e.missing);
      if (e.covered.length + e.missing.length > 0) this.applied.set(uri, e);
    }
    this.appliedEmitter.fire(this.applied);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.coveredStyle.dispose();
    this.missingStyle.dispose();
    this.appliedEmitter.dispose();
  }
}

/** "Show next use": each click on a term goes to its next use in the drafts, in turn. */
export class TermUseCursor {
  private readonly next = new Map<string, number>();

  constructor(private readonly model: PostingCoverageModel) {}

  async reveal(key: string): Promise<void> {
    const result = this.model.result ?? (await this.model.load());
    const term = result?.terms.find((t) => t.key === key);
    if (!result || !term) return;
    let uri: string;
    let range: { start: { line: number; character: number }; end: { line: number; character: number } };
    if (term.uses.length > 0) {
      const i = (this.next.get(key) ?? 0) % term.uses.length;
      this.next.set(key, i + 1);
      uri = term.uses[i]!.uri;
      range = term.uses[i]!.range;
    } else if (result.posting && term.postingRanges[0]) {
      uri = result.posting.uri;
      range = term.postingRanges[0];
      void vscode.window.setStatusBarMessage(`"${term.term}" is not used in any draft yet`, 4000);
    } else return;
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, preserveFocus: false });
  }
}
