import * as vscode from 'vscode';
import { Commands } from '@ecq-writer/protocol';
import type { Middleware } from 'vscode-languageclient/node';

/**
 * The two quick fixes that write a project file rather than the draft: *Add to vocabulary*
 * (ecq-vocabulary.txt) and *Ignore this finding* (ecq-ignore.json). Picking a quick fix
 * edits the draft in front of the writer, who sees it and can undo it; these write another
 * file, unseen, and change what every draft of the project reports. So each asks first
 * (issue 14: no command writes without confirmation), and the writer may turn the question
 * off for the workspace from the question itself. A caller that has already asked (a test,
 * another command) passes `confirmed: true` in the argument.
 */
interface ProjectWrite {
  readonly question: (arg: Record<string, unknown>) => string;
  readonly detail: string;
  readonly accept: string;
}

const PROJECT_WRITES: Readonly<Record<string, ProjectWrite>> = {
  [Commands.addToVocabulary]: {
    question: (arg) => `Add "${String(arg['term'])}" to the project vocabulary?`,
    detail: 'It is written to the project vocabulary file (ecq-vocabulary.txt, or the file ecq.config.json names), and no draft of the project will report it again.',
    accept: 'Add',
  },
  [Commands.ignoreFinding]: {
    question: (arg) => `Ignore this ${String(arg['rule'])} finding${typeof arg['text'] === 'string' && arg['text'] ? ` on "${arg['text']}"` : ''}?`,
    detail: 'It is recorded in ecq-ignore.json in the project folder, not in the draft, and `ecq lint` honours it. ECQ: Show Ignored Findings lists it; ECQ: Clear Ignored Findings brings it back.',
    accept: 'Ignore',
  },
};

const DONT_ASK = "Yes, and don't ask again in this workspace";
const dontAskKey = (command: string): string => `ecq.confirmWrites.skip:${command}`;

/** Asks the writer; answers the button picked, or undefined when the dialog is dismissed. */
export type Ask = (question: string, detail: string, ...buttons: string[]) => Thenable<string | undefined>;

const askInModal: Ask = (question, detail, ...buttons) => vscode.window.showWarningMessage(question, { modal: true, detail }, ...buttons);

export class ProjectWriteConfirmation {
  /** How the question is put; the real-editor tests answer it in place of the writer. */
  ask: Ask = askInModal;

  constructor(private readonly state: vscode.Memento) {}

  /** The language client's middleware for workspace/executeCommand. */
  readonly middleware: NonNullable<Middleware['executeCommand']> = async (command, args, next) => {
    const write = PROJECT_WRITES[command];
    const arg: unknown = args[0];
    if (!write || typeof arg !== 'object' || arg === null) return next(command, args);
    const { confirmed, ...rest } = arg as Record<string, unknown>;
    if (confirmed !== true && !this.state.get<boolean>(dontAskKey(command))) {
      const answer = await this.ask(write.question(rest), write.detail, write.accept, DONT_ASK);
      if (answer !== write.accept && answer !== DONT_ASK) return undefined;
      if (answer === DONT_ASK) await this.state.update(dontAskKey(command), true);
    }
    // The server checks its arguments strictly; the confirmation is the client's business.
    return next(command, [rest, ...args.slice(1)]);
  };
}
