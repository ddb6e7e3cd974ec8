
/**
 * The weights of the CCAR sequence model (sequence.ts), set by hand: per feature, how much
 * it speaks for [challenge, context, action, result], and why. Features not listed weigh
 * nothing. Change a weight only with the figures of `npm run evaluate` (the annotated sets)
 * and `npm run evaluate:real` (per-sentence accuracy against OPM's tags) before and after.
 */
export const EMISSION: Readonly<Record<string, readonly [number, number, number, number]>> = {
  iAction: [-1, -1, 3, 0], // "I negotiated…": what the writer did
  weAction: [0, 0, 1.2, 0], // the team's work: often action, as often background or outcome
  setup: [0.5, 1.5, 0, 0], // "I was Director", "I joined": the scene
  role: [0, 1, 0, 0], // "I manage a $1.2 million budget": the standing role
  perfect: [1.5, 0.5, 0, 0], // "I have designed…": a summary that frames the challenge, as OPM tags it
  pastPerfect: [0.5, 1, 0, 0], // "had been criticized": background from before the story
  problem: [1.2, 0, 0, 0], // backlog, failure, risk
  goalOrTask: [1, 0, 0, 0], // mandate, deadline, "to modernize"
  strainOutsideAction: [0.5, 0, 0, 0], // "took 312 days", "costs had risen"
  context: [0, 0.6, 0, 0], // stakeholders, budget, law, workforce
  scopeFigure: [0, 1, 0, 0], // "640 employees", "$720 million"
  outcome: [0, 0, 0, 1], // fell, saved, for the first time; figures
  openerResult: [0, 0, 0, 2.5], // "As a result", "Ultimately"
  openerStory: [1.5, 0, 0, -1], // "For example", "In another instance": a story's setup follows
  openerSummary: [1.5, 0.5, 0, -1], // "Throughout my career"
  eventOutsideAction: [0, 0.3, 0, 0.4], // something happened that the writer did not do
  passiveWithoutFigure: [0, 0, 0, -0.6], // "the plan was updated": narrates work rather than its effect
  first: [1.5, 0.5, -1, -3], // stories open on their setup
  last: [0, 0, 0, 0.5], // and close on their results
  taskOpening: [2, 0, 0, 0], // "As Chief, I led the reinvention of…": the opening names the task
};

/** [from][to]: staying costs nothing; each move is priced by how often writers make it. */
export const TRANSITION: readonly (readonly number[])[] = [
  [0, -0.5, -0.5, -2.5], // from Challenge: context or action next; results need actions first
  [-0.5, 0, -0.5, -2.5], // from Context
  [-2.5, -1.2, 0, -1.5], // from Action: background may return; results usually wait for a new paragraph
  [-3, -2, -1.5, 0], // from Result: a story rarely goes back
];

/** Added where a new paragraph begins: parts change at paragraph breaks, results most of all. */
export const PARAGRAPH_TRANSITION: readonly (readonly number[])[] = [
  [0, 0.4, 0.4, 0.4],
  [0.4, 0, 0.4, 0.4],
  [0.4, 0.4, 0, 1.1],
  [0.4, 0.4, 0.4, 0],
];
