import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { ProjectWriteConfirmation } from './confirmWrites';
import { CommandIds, openWalkthroughOnFirstInstall, registerCommands } from './commands';
import { PackageOverviewProvider } from './views/packageOverview';
import { DraftStatusBar } from './statusBar';
import { PostingCoverageModel } from './posting/coverageModel';
import { PostingComparison, TermUseCursor } from './posting/comparison';
import { setPosting, SetPostingOptions } from './posting/setPosting';
import { PostingTermsProvider } from './views/postingTerms';
import { ProjectConfigChangedNotification } from '@ecq-writer/protocol';
import { ReadinessReportPanel } from './report/readinessReport';
import { CompetencyGridProvider } from './views/competencies';
import { PracticeInterviewPanel } from './interview/practicePanel';
import { RevisionView } from './views/revision';
import { applyToAnotherPosting } from './posting/applyToPosting';

/** What the extension returns from activate: the e2e tests use it to wait on the server. */
export interface EcqWriterApi {
  readonly client: LanguageClient;
  /** The question a quick fix asks before it writes a project file; the tests answer it. */
  readonly writes: ProjectWriteConfirmation;
  readonly overview: PackageOverviewProvider;
  readonly statusBar: DraftStatusBar;
  readonly posting: { readonly model: PostingCoverageModel; readonly terms: PostingTermsProvider; readonly comparison: PostingComparison };
  readonly report: ReadinessReportPanel;
  readonly competencies: CompetencyGridProvider;
  readonly practice: PracticeInterviewPanel;
  readonly revision: RevisionView;
}

export async function activate(context: vscode.ExtensionContext): Promise<EcqWriterApi> {
  const log = vscode.window.createOutputChannel('ECQ Writer', { log: true });
  context.subscriptions.push(log);
  let client: LanguageClient | undefined;
  const writes = new ProjectWriteConfirmation(context.workspaceState);
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('ecq-workspace');
  const overview = new PackageOverviewProvider(() => client, log);
  const statusBar = new DraftStatusBar(() => client);
  const postingModel = new PostingCoverageModel(() => client, log);
  const postingTerms = new PostingTermsProvider(postingModel);
  const comparison = new PostingComparison(postingModel);
  const termUses = new TermUseCursor(postingModel);
  const report = new ReadinessReportPanel(() => client, log);
  const competencies = new CompetencyGridProvider(() => client, log);
  const practice = new PracticeInterviewPanel(() => client, log);
  const revision = new RevisionView(() => client, log);
  context.subscriptions.push(workspaceDiagnostics, overview, statusBar, postingModel, postingTerms, comparison, report, competencies, practice, revision);

  // Commands first, so that "Show Output" works even if the server fails to start.
  registerCommands(context, { log, client: () => client, workspaceDiagnostics, refreshOverview: () => void overview.load() });
  context.subscriptions.push(
    // From the explorer's context menu the second argument is the list of selected files.
    vscode.commands.registerCommand(CommandIds.setPosting, async (uri?: unknown, options?: unknown) => {
      const confirmed = typeof options === 'object' && options !== null && !Array.isArray(options) && (options as SetPostingOptions).confirmed === true;
      const written = await setPosting(uri instanceof vscode.Uri ? uri : undefined, { confirmed });
      if (written) {
        await client?.sendNotification(ProjectConfigChangedNotification);
        postingModel.refresh(0);
      }
      return written;
    }),
    vscode.commands.registerCommand(CommandIds.compareWithPosting, () => comparison.open()),
    vscode.commands.registerCommand(CommandIds.revealTermUse, (key: string) => termUses.reveal(key)),
    vscode.commands.registerCommand(CommandIds.showPostingTerms, () => vscode.commands.executeCommand('ecq.postingTerms.focus')),
    vscode.commands.registerCommand(CommandIds.refreshPostingTerms, () => postingModel.load()),
    vscode.commands.registerCommand(CommandIds.showReadinessReport, () => report.show()),
    vscode.commands.registerCommand(CommandIds.exportReadinessReport, () => report.export()),
    vscode.commands.registerCommand(CommandIds.refreshCompetencies, () => competencies.load()),
    vscode.commands.registerCommand(CommandIds.practiceInterview, () => practice.show()),
    vscode.commands.registerCommand(CommandIds.reviewRevision, () => revision.pick()),
    vscode.commands.registerCommand(CommandIds.applyToAnotherPosting, () => applyToAnotherPosting(client)),
  );

  void openWalkthroughOnFirstInstall(context).catch((e: unknown) => log.warn(`The walkthrough did not open: ${String(e)}`));

  try {
    client = createClient(context, log, writes);
    await client.start();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    log.error(`The ECQ Writer language server did not start: ${e instanceof Error ? (e.stack ?? message) : message}`);
    // VS Code does not tell the user when an extension fails to activate; say it here.
    void vscode.window.showErrorMessage(`ECQ Writer could not start its language server: ${message}`, 'Show Output').then((choice) => {
      if (choice) log.show();
    });
    throw e;
  }
  const running = client;
  context.subscriptions.push({ dispose: () => void running.stop() });
  log.info('ECQ Writer started');

  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('ecq.packageOverview', overview),
    vscode.window.registerTreeDataProvider('ecq.postingTerms', postingTerms),
    vscode.window.registerTreeDataProvider('ecq.competencies', competencies),
    vscode.window.registerTreeDataProvider('ecq.revision', revision),
    vscode.window.onDidChangeActiveTextEditor(() => {
      statusBar.schedule(50);
      // The grid is the active draft's project's; another project may hold the next draft.
      competencies.refresh(300);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) statusBar.schedule();
      overview.refresh(1000);
      competencies.refresh(1000);
    }),
    vscode.workspace.onDidSaveTextDocument(() => {
      overview.refresh(100);
      competencies.refresh(100);
    }),
    vscode.workspace.onDidOpenTextDocument((d) => {
      // Once a draft is open, its findings come from the server as it changes.
      workspaceDiagnostics.delete(d.uri);
      overview.refresh();
    }),
    vscode.workspace.onDidCloseTextDocument(() => overview.refresh()),
    vscode.languages.onDidChangeDiagnostics(() => statusBar.schedule()),
  );
  postingModel.attach(running);
  statusBar.schedule(0);
  void overview.load();
  void postingModel.load();
  void competencies.load();
  void vscode.commands.executeCommand('setContext', 'ecq.running', true);
  return { client: running, writes, overview, statusBar, posting: { model: postingModel, terms: postingTerms, comparison }, report, competencies, practice, revision };
}

export function deactivate(): void {
  // The language client is stopped through context.subscriptions.
}

export { CommandIds };
