import * as path from 'node:path';
import { describeInterviewScore, evaluateInterviewSet } from '../test/helpers/interviewEvaluation';

/**
 * Prints how the interview reader does on the questions and interview files under
 * test/fixtures/interview/holdout (issue 13; the dev set has its own, evaluate:interview-dev): classification, parts, and each rule's precision and
 * recall, with every miss. Pass folders to score only those.
 */
const repo = path.resolve(__dirname, '../..');
const defaults = ['holdout'].map((s) => `test/fixtures/interview/${s}`);
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaults;
for (const folder of folders) console.log(`\n${describeInterviewScore(folder, evaluateInterviewSet(path.resolve(repo, folder)))}`);
