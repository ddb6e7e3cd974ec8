import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EcqWriterApi } from '../../../client/src/extension';
import { activate, diagnosticsWhen, openDraft, waitFor, workspaceFile } from './helpers';

/**
 * Interview preparation in the real editor (issue 13): the file's findings, the lens above
 * each question, its hover, and the practice view, whose page runs its own script under a
 * nonce-only Content-Security-Policy: it must open, run its timer, and analyse a pasted
 * answer without a policy violation.
 */
suite('Interview preparation in a real VS Code', () => {
  let api: EcqWriterApi;
  const file = 'practice.interview.md';

  suiteSetup(async () => {
    api = await activate();
  });

  test('an interview file gets the answer findings: a part unanswered, scope without a number, too short', async () => {
    await openDraft(file);
    const found = await diagnosticsWhen(workspaceFile(file), (c) => c.includes('answer.scope-unquantified') && c.includes('answer.length'));
    assert.ok(found.includes('answer.scope-unquantified'), found.join(', '));
  });

  test('a lens above each question names what it asks about, and the hover lists its key words', async () => {
    const uri = workspaceFile(file);
    const lenses = await waitFor('the question lenses', async () => {
      const all = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
      const titles = all.map((l) => l.command?.title ?? '');
      return titles.some((t) => /Leading People/.test(t)) ? titles : undefined;
    });
    assert.ok(lenses.some((t) => /general question/i.test(t)), lenses.join(' | '));
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('## Q1.'));
    const hovers = await waitFor('the question hover', async () => {
      const h = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 8))) ?? [];
      const text = h.flatMap((x) => x.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return /Key words/.test(text) ? text : undefined;
    });
    assert.match(hovers, /Leading People/);
    assert.match(hovers, /Parts/);
  });

  test('Practice Interview opens, times the answer, and analyses a pasted one with no policy violation', async () => {
    await openDraft(file);
    await vscode.commands.executeCommand('ecq.practiceInterview');
    const question = await waitFor('the first question on the page', () => api.practice.current.question);
    assert.match(question.text, /led people through a major change/);
    // The page's own script runs the timer and reports each second.
    await waitFor('the timer to run', () => api.practice.current.seconds >= 1, 15_000);
    await api.practice.submit('I led 60 engineers through a cloud migration that had stalled. Two division chiefs resisted, so I met each one and set shared milestones. I coached the team weekly. We finished 39 of 41 migrations and cut hosting costs by 36%.');
    const shown = await waitFor('the analysis on the page', () => api.practice.current.shown);
    const analysis = api.practice.current.analysis;
    assert.ok(analysis, 'the server analysed the answer');
    assert.equal(analysis.category, 'ecq');
    assert.ok(analysis.parts.length >= 2, JSON.stringify(analysis.parts));
    assert.ok(analysis.figures.length > 0, 'the answer gives figures');
    assert.match(shown, /Every part answered\?/);
    assert.match(shown, /Spoken time/);
    assert.deepEqual(api.practice.current.cspViolations, []);
  });

  test('Practice Interview works from the keyboard alone: type, Tab to Analyse, Enter, Tab to Next, Enter', async function () {
    // The browser that drives code-server presses the keys (scripts/e2e.mjs); a desktop run has none.
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip();
    await openDraft(file);
    await vscode.commands.executeCommand('ecq.practiceInterview');
    await waitFor('the page on its first question', () => api.practice.current.question?.index === 0 && !api.practice.current.analysis && api.practice.current.analysed.length === 0);
    console.log('ECQ-E2E: practice page ready for the keyboard');
    // The analysis is kept in `analysed`: the keys that follow ask the next question at once.
    const analysis = await waitFor('the typed answer to be analysed after Tab and Enter', () => api.practice.current.analysed[0], 30_000);
    assert.ok(analysis.words > 20, `${analysis.words} words`);
    await waitFor('the next question after Tab and Enter on "Next question"', () => api.practice.current.question?.index === 1, 30_000);
    assert.deepEqual(api.practice.current.cspViolations, []);
  });
});
