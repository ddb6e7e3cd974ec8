import { Block } from '../parse/blocks';
import { BlockFacts, SentenceFacts } from '../analysis/facts';
import { YearMention } from '../nlp/years';

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
 * - after an outcome, a paragraph that opens on a new problem ("Permitting … was taking
 *   too long."): 1.5 more;
 * - a paragraph that opens on a year the story has not mentioned ("In 2024 I launched…"): 1.5;
 * - a paragraph that continues ("In addition", "This", "As a result"): −2 or −3.
 *
 * A paragraph at or above `THRESHOLD` starts a new story.
 */
const THRESHOLD = 2.5;
const ROLE_FRAME_WEIGHT = 1.5;
/** "In 2024", "During FY2019", "In late March 2021": a year within this many characters of the start. */
const YEAR_NEAR_START = 24;

/** First words that carry the story on rather than start one. */
const CONTINUING = /^\s*(?:in addition(?! to my)|additionally|further|furthermore|also|then|next|this|these|that|it|they|he|she|the same|however|but|and|finally|afterwards?|later|subsequently|meanwhile|moreover)\b/i;

function signal(first: SentenceFacts, prose: string, at: number, years: readonly YearMention[], story: StoryState): number {
  const storyHasOutcome = story.hasOutcome;
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
  if (first.role) score += 1;
  if (storyHasOutcome) score += 1;
  // After a paragraph of results, a paragraph that opens on a new problem starts a new
  // story: "Permitting for hazardous fuels projects was taking too long."
  if (story.lastParagraphResults && !first.iAction && !first.weAction && first.cues.problem + first.cues.strain > 0 && first.opener !== 'result') score += 1.5;
  // "In 2024 I launched…": a year near the start that the story has not mentioned.
  for (const y of years) {
    if (y.start < at || y.exempt) continue;
    if (y.start - at <= YEAR_NEAR_START && !(story.years !== null && story.years.has(y.year))) score += 1.5;
    break;
  }
  // "In 2023 the parties signed a consent decree": the story's results, not a new story.
  if (outcomeOutsideAction(first) && first.cues.problem === 0) score -= 1.5;
  // "As Chief, …", "As a member of the Steering Committee, I led…" (the roleFrame fact).
  if (first.opener === undefined && first.roleFrame) score += ROLE_FRAME_WEIGHT;
  if (score >= THRESHOLD && CONTINUING.test(prose.slice(at, at + 60))) score -= 2;
  return score;
}

/** What the story told so far says; a class, so every story has the same shape. */
class StoryState {
  hasAction = false;
  hasOutcome = false;
  /** A CCAR label has headed one of its blocks. */
  labelled = false;
  /** The last paragraph told outcomes and no action of the writer's. */
  lastParagraphResults = false;
  /** Years the story has mentioned; made on the first one, as most stories of a draft have few. */
  years: Set<number> | null = null;
}

const outcomeOutsideAction = (s: SentenceFacts): boolean => !(s.iAction || s.weAction) && (s.cues.outcome > 0 || s.quantity);

/** A story's blocks; `from` and `to` cut its first and last block where a story begins mid-paragraph. */
export interface StorySegment {
  readonly blocks: Block[];
  /** Absolute offset where the story starts inside its first block, or -1 at the block's start. */
  from: number;
  /** Absolute offset where the story ends inside its last block, or -1 at the block's end. */
  to: number;
}

/**
 * A boundary inside a paragraph needs more evidence than one at a paragraph break: text
 * transcribed from a PDF often loses its blank lines ("…(Result)\nIn addition to my regular
 * attorney duties, I head…"), but most line breaks inside a paragraph are only wrapping.
 */
const MID_PARAGRAPH_EXTRA = 0.5;

/** Does the sentence at `start` (block-relative) begin a line of the source? */
function startsLine(prose: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = prose.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Splits an example's blocks into stories; one story when no boundary is found. */
export function splitStories(blocks: readonly Block[], facts: ReadonlyMap<number, BlockFacts>): StorySegment[] {
  const stories: StorySegment[] = [{ blocks: [], from: -1, to: -1 }];
  let story = new StoryState();
  let afterLabelHeading = false;
  for (const block of blocks) {
    const f = facts.get(block.index);
    const sentences = f?.sentences ?? [];
    const years = f?.years ?? [];
    const paragraph = block.kind === 'paragraph';
    // A story can begin inside a paragraph only on a new line of it.
    const multiline = paragraph && block.prose.indexOf('\n') >= 0;
    const first = sentences[0];
    const label = f?.label?.parts;
    // Labels say where a story is: a Challenge label after a labelled story has acted opens
    // the next one, and a block that a Context, Action or Result label heads (or follows as its
    // heading) goes on with the story, whatever its first words: "### Result" then "By
    // September 2023 the institution had filled 64 of the 71 vacancies".
    // A preamble with no labels ("Throughout my 22-year career…") stays with the labelled story it introduces.
    const opensByLabel = label !== undefined && label.includes('challenge') && story.hasAction && story.labelled;
    const continuesByLabel = (label !== undefined && !label.includes('challenge')) || afterLabelHeading;
    // In a labelled story a Challenge label opens the next, or a transition that names another
    // story ("In another instance"): "The state's first plan did not address the failures."
    // after the Action's numbered list is still that story.
    if (opensByLabel || (first && story.hasAction && paragraph && !continuesByLabel && (!story.labelled || first.opener === 'story') && signal(first, block.prose, first.span.start, years, story) >= THRESHOLD)) {
      stories.push({ blocks: [], from: -1, to: -1 });
      story = new StoryState();
    }
    afterLabelHeading = block.kind === 'heading' && label !== undefined;
    if (label !== undefined) story.labelled = true;
    stories[stories.length - 1]!.blocks.push(block);
    let outcomes = 0;
    let actions = 0;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (i > 0 && multiline && story.hasAction && startsLine(block.prose, s.span.start) && signal(s, block.prose, s.span.start, years, story) >= THRESHOLD + MID_PARAGRAPH_EXTRA) {
        const at = block.span.start + s.span.start;
        stories[stories.length - 1]!.to = at;
        stories.push({ blocks: [block], from: at, to: -1 });
        story = new StoryState();
        outcomes = 0;
        actions = 0;
      }
      if (s.iAction || s.weAction) {
        story.hasAction = true;
        actions++;
      } else if (story.hasAction && outcomeOutsideAction(s)) {
        story.hasOutcome = true;
        outcomes++;
      }
    }
    story.lastParagraphResults = outcomes > 0 && actions === 0;
    for (const y of years) if (!y.exempt) (story.years ??= new Set<number>()).add(y.year);
  }
  return stories;
}
