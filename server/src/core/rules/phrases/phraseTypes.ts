import { RuleId, RuleMeta } from '../types';
import type { DocumentKind } from '../../parse/kind';

/** One row of a phrase table. */
export interface PhraseEntry {
  /** Word pattern, see phraseMatcher.ts: `was|were responsible for`. */
  readonly pattern: string;
  /**
   * What to write instead. With `mechanical`, the first one is a safe, preferred fix (a
   * plain-language substitution; '' deletes the phrase); otherwise they are suggestions
   * the writer picks from.
   */
  readonly replacements?: readonly string[];
  readonly mechanical?: boolean;
  /** Advice specific to this phrase, added to the rule's message. */
  readonly advice?: string;
  /** Skip the match when the following words are one of these (lower-case; "of them" checks two words). */
  readonly notFollowedBy?: readonly string[];
  /** Skip the match when the previous word is one of these (lower-case). */
  readonly notPrecededBy?: readonly string[];
  /**
   * Skip the match when a figure follows it in its sentence, or in the next sentence when it
   * ends its own: "rose dramatically, from 64 to 88 percent" says how much. For intensifiers
   * of a change, not for counts ("several").
   */
  readonly resolvedByFigure?: boolean;
  /** Document kinds where the phrase is what the writer was asked for ("I learned that" answers "What did you learn?" in an interview). */
  readonly notInKinds?: readonly DocumentKind[];
}

export interface PhraseRule {
  readonly meta: RuleMeta;
  readonly phrases: readonly PhraseEntry[];
  /**
   * Report a match only where the writer or the writer's team is the subject of its clause,
   * or no subject is written ("Helped reduce…"): "These SOPs helped to ensure" is not the
   * writer hiding behind "helped".
   */
  readonly writerAsSubject?: boolean;
  /**
   * Report the first match of a clause only: "I always hold my leaders to the same standard
   * I hold myself" states one belief, not two. A comma, semicolon or colon, or a new
   * sentence, ends the clause ("I am passionate about teams, and I have consistently used…").
   */
  readonly oncePerClause?: boolean;
  /** Builds the message for a match; `text` is the matched words as written. */
  readonly message: (text: string, entry: PhraseEntry) => string;
}

/** A matcher entry: which rule a pattern belongs to. */
export interface TaggedPhrase {
  readonly ruleId: RuleId;
  readonly entry: PhraseEntry;
  readonly writerAsSubject: boolean;
}
