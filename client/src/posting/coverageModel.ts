import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PostingCoverageChangedNotification, PostingCoverageRequest, PostingCoverageResult } from '@ecq-writer/protocol';
import { Debounced } from '../debounce';

/**
 * The drafts' coverage of the linked job posting, as the server last computed it: shared by
 * the keyword sidebar and the side-by-side review. It asks again when the server says
 * coverage may have changed (after typing pauses), when the active editor changes and when
 * a view asks.
 */
export class PostingCoverageModel implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PostingCoverageResult>();
  readonly onDidChange = this.changed.event;
  private current: PostingCoverageResult | undefined;
  private readonly pending = new Debounced(() => void this.load());
  private loading: Promise<PostingCoverageResult | undefined> | undefined;
  private again = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Starts listening to the server; call once it runs. */
  attach(client: LanguageClient): void {
    this.disposables.push(
      client.onNotification(PostingCoverageChangedNotification, () => this.refresh(0)),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(50)),
    );
  }

  get result(): PostingCoverageResult | undefined {
    return this.current;
  }

  /** Asks for new coverage after `delayMs`; bursts are coalesced. */
  refresh(delayMs = 250): void {
    this.pending.schedule(delayMs);
  }

  /** Fetches coverage now. Concurrent calls share one request; a call made during it runs once more after. */
  load(): Promise<PostingCoverageResult | undefined> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      const client = this.client();
      if (!client) return undefined;
      try {
        const active = vscode.window.activeTextEditor?.document.uri;
        const inWorkspace = active && vscode.workspace.getWorkspaceFolder(active) ? active.toString() : undefined;
        const result = await client.sendRequest(PostingCoverageRequest, inWorkspace ? { uri: inWorkspace } : {});
        this.current = result;
        this.changed.fire(result);
        return result;
      } catch (e) {
        this.log.error(`Posting coverage failed: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      } finally {
        this.loading = undefined;
        if (this.again) {
          this.again = false;
          this.refresh(0);
        }
      }
    })();
    return this.loading;
  }

  dispose(): void {
    this.pending.dispose();
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
