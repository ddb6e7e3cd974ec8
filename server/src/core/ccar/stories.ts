import { Block } from '../parse/blocks';
import { BlockFacts, SentenceFacts } from '../analysis/facts';

/**
 * Where one story ends and the next begins in prose without example headings.
 *
 * Writers often tell two or three stories under one ECQ in plain paragraphs, as OPM's own
 * sample statements do. A paragraph opens a new story when its first sentence carries
 * enough signal of a new time, place or role, and the story so far has already told an
 * action (so a summary and the story it introduces stay together). Signals, scored:
 *
 * - a transition that names another story: "In another instance", "Earlier in my career",
 *   "Most recently", "Before joining the Federal Government" (ccar/cues.ts, `story`): 3;
 * - a career summary: "I have designed budget strategies…", "Throughout my career": 2;
 * - a role that frames what follows: "As a member of the Steering Committee, I led…": 1.5;
 * - the writer's standing role in the present tense: "I head the pro bono committee": 1;
 * - a new example after a summary: "For example": 1;
 * - the story so far has an outcome (an outcome word or a figure outside an action): 1;
 * - a paragraph that continues ("In addition", "This", "As a result"): −2 or −3.
 *
 * A paragraph at or above `THRESHOLD` starts a new story.
 */
const THRESHOLD = 2.5;

/** First words that carry the story on rather than start one. */
const CONTINUING = /^\s*(?:in addition|additionally|further|furthermore|also|then|next|this|these|that|it|they|he|she|the same|however|but|and|finally|afterwards?|later|subsequently|meanwhile|moreover)\b/i;
/** "As Chief, …", "As a member of …": a role that frames the paragraph; not "As a result". */
const ROLE_FRAME = /^\s*as\s+(?!a result|a consequence|well\b|part\b|such\b|soon\b|noted\b|such\b|expected\b|planned\b)(?:the\s+|a\s+|an\s+|my\s+)?[a-z]/i;

function signal(first: SentenceFacts, prose: string, storyHasOutcome: boolean): number {
  let score = 0;
  switch (first.opener) {
    case 'story':
      score += 3;
      break;
    case 'summary':
      score += 2;
      break;
    case 'example':
      score += 1;
      break;
    case 'result':
      score -= 3;
      break;
  }
  if (first.perfect && first.opener !== 'summary') score += 2;
  const head = prose.slice(0, 60);
  if (first.opener === undefined && ROLE_FRAME.test(head) && (first.iAction || first.setup)) score += 1.5;
  if (first.role) score += 1;
  if (storyHasOutcome) score += 1;
  if (CONTINUING.test(head)) score -= 2;
  return score;
}

const outcomeOutsideAction = (s: SentenceFacts): boolean => !(s.iAction || s.weAction) && (s.cues.outcome > 0 || s.quantity);

/** Splits an example's blocks into stories; one story when no boundary is found. */
export function splitStories(blocks: readonly Block[], facts: ReadonlyMap<number, BlockFacts>): Block[][] {
  const stories: Block[][] = [[]];
  let hasAction = false;
  let hasOutcome = false;
  for (const block of blocks) {
    const f = facts.get(block.index);
    const first = f?.sentences[0];
    if (first && hasAction && block.kind === 'paragraph' && signal(first, block.prose.slice(first.span.start), hasOutcome) >= THRESHOLD) {
      stories.push([]);
      hasAction = false;
      hasOutcome = false;
    }
    stories[stories.length - 1]!.push(block);
    for (const s of f?.sentences ?? []) {
      if (s.iAction || s.weAction) hasAction = true;
      else if (hasAction && outcomeOutsideAction(s)) hasOutcome = true;
    }
  }
  return stories;
}
