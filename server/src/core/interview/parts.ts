import { contentStems, trimEnd, isWeakVerb, StemIndex, StemPhrase, stemOf, stemPhrase } from './words';

/**
 * The parts of a multipart question, and whether an answer addresses each (issue 13;
 * ses-domain.md §3.1: panels ask multipart questions and score every part).
 *
 * **Splitting.** A question is split into sentences (at `.`, `?`, `!` or `;` followed by a
 * space, abbreviations such as "U.S." excepted), then each sentence at `and`, `or` or a
 * comma where what follows asks again: a question word ("what", "how", "why", "when",
 * "who", "which", "whether"), "did you"/"do you"/"would you"… or a request verb
 * ("describe", "explain"). "What resistance did you meet, and how did you overcome it?" is
 * two parts; "recruited, developed and retained a workforce" is one. Numbered items ("(1) the
 * challenge, (2) your actions") are parts too. A piece that asks for
 * nothing ("Please be specific.", "Give an example.") is not a part.
 *
 * **Answered.** Each part's *focus* is its content words as stems: function words, the
 * words every question asks with ("describe", "time", "example") and the verbs that point
 * at the story rather than a topic ("handle", "deal with", "address") left out; in a later
 * part, also words the first part already used and setting words ("team", "agency"), which
 * any answer to the first part contains. Each focus word counts as found when the answer
 * uses it or a word of its synonym group (`SYNONYMS`: "result" ↔ "outcome", "impact",
 * "saved"; "learn" ↔ "lesson", "in hindsight"; "resistance" ↔ "pushback", "skeptical"…).
 * - The first part (the story the question asks for) is answered by any answer of
 *   `STORY_WORDS` words or more, or by one focus word: the story is there, and whether it
 *   fits the ECQ is the classification's and key words' concern. The first part of a
 *   general question ("Why this position?") is answered by any answer.
 * - A later part is answered when at least half its focus words (at least one) are found.
 * - A later part with no focus word left ("How did you handle it?") is answered by the
 *   answer's Action part for "how", by a reason ("because", "so that", "in order to") for
 *   "why", and by any answer otherwise.
 * - A part that asks for the result ("What was the outcome?") is also answered by the
 *   answer's Result part, found by the CCAR inference.
 */

export interface QuestionPart {
  readonly text: string;
  /** 0-based offset of the part in the question text. */
  readonly start: number;
  /** The question word it opens with, if any: what the answer must give. */
  readonly asks: 'how' | 'why' | 'what' | 'other';
}

const QUESTION_WORDS = new Set(['what', 'how', 'why', 'when', 'who', 'whom', 'which', 'whether', 'where']);
const AUXILIARIES = new Set(['did', 'do', 'does', 'would', 'could', 'will', 'have', 'has', 'were', 'was', 'are', 'is', 'can', 'should']);
const REQUEST_VERBS = new Set(['describe', 'explain', 'tell', 'discuss', 'share', 'give', 'walk', 'include', 'identify', 'provide', 'talk', 'outline']);
/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(['u.s', 'e.g', 'i.e', 'etc', 'mr', 'ms', 'mrs', 'dr', 'vs', 'st', 'jr', 'sr', 'inc', 'dept', 'govt', 'u.s.c', 'fy']);
/** "No. 12" is a number; "…said no. How…" ends a sentence. */
const ABBREVIATIONS_BEFORE_NUMBERS = new Set(['no', 'nos']);

/** Prepositions a question word may follow: "in what order", "by when". */
const ASK_PREPOSITIONS = new Set(['in', 'by', 'at', 'on', 'for', 'from', 'with', 'to', 'under']);

/**
 * "…, in what order", "…, and by when?": a question word after its preposition asks. Not
 * "which" or "whom", which after a comma open a relative clause (", in which the staff had
 * lost trust", ", with whom you disagreed").
 */
function asksAfterPreposition(first: string | undefined, second: string | undefined): boolean {
  return first !== undefined && ASK_PREPOSITIONS.has(first) && (second === 'what' || second === 'when');
}

/** Does the text from here ask again: a question word, an auxiliary followed by "you", or a request verb? */
function asksAgain(words: readonly string[]): boolean {
  const [first, second] = words;
  if (!first) return false;
  // ", whether that is the public or other offices": a clarifier, unless it asks of the writer.
  if (first === 'whether') return second === 'you' || second === 'your';
  if (QUESTION_WORDS.has(first) || first === 'whose') return true;
  if (asksAfterPreposition(first, second)) return true;
  // "What did you give up, and anything you'd change?": the follow-up panels add, as a part.
  if (first === 'anything' && (second === 'you' || second === 'else')) return true;
  // "…, and is it still running?": a yes-or-no question about the story.
  if (AUXILIARIES.has(first) && (second === 'you' || second === 'your' || second === 'it' || second === 'there' || second === 'that' || second === 'they')) return true;
  return REQUEST_VERBS.has(first) && (second === 'us' || second === 'me' || second === 'how' || second === 'what' || second === 'why' || second === 'the' || second === 'a' || second === 'an' || second === 'your' || second === 'someone' || second === 'something' || second === 'one');
}

/**
 * Words that open a request to answer: "Describe…", "Please give…". A piece that only calls
 * a situation to mind ("Think of a system outage on your watch.", "Imagine…", "Suppose…")
 * frames the questions after it, as a statement does.
 */
const REQUEST_OPENERS = new Set([...REQUEST_VERBS, 'please', 'name', 'list', 'summarize', 'compare', 'take', 'pick', 'choose', 'select']);

/** Spoken lead-ins before a request: "So", "Okay", "Now", "Well", "Alright", "And". */
const DISCOURSE_LEAD_IN = /^[ \t]*(?:so|okay|ok|now|well|alright|and|then)\b[ \t,]*/i;

/** A request in the speaker's voice: "I'd like to know…", "I want to hear about…", "We'd like to understand…". */
const SPOKEN_REQUEST = /^[ \t]*(?:i|we)(?:'d|’d|[ \t]+would)?[ \t]+(?:like|love|want)[ \t]+to[ \t]+(?:know|hear|understand|learn|see)\b|^[ \t]*(?:i|we)[ \t]+want[ \t]+to[ \t]+(?:know|hear|understand|learn)\b|^[ \t]*(?:i'm|i[ \t]+am|we're|we[ \t]+are)[ \t]+(?:interested|curious)\b/i;
/**
 * What a spoken request asks for: a question word or something the candidate did ("what
 * that looked like", "about a call you made"); "We'd like to hear about your civic-mindedness."
 * only names the topic the questions after it ask about.
 */
const SPOKEN_REQUEST_ASKS = /^[^.?!]{0,40}?\b(?:know|hear|understand|learn|see|interested|curious)[ \t]+(?:(?:about|in|more[ \t]+about)[ \t]+)?(?:what|how|why|when|where|which|who|whether|a|an|one|the[ \t]+(?:time|most|hardest|biggest))\b/i;

/** A piece that ends with a question mark (and any closing quote or bracket): it asks, whatever its words. */
const endsWithQuestionMark = (piece: string): boolean => /\?[\s"”)]*$/.test(piece);

/** The next step asked for: "…and then turned that evaluation into a proposal". */
const AND_NEXT_STEP = /^\s*and\s+then\s+[a-z]+ed\b/i;

/** An item marker at the start of a piece: "a) What…", "(b) How…", "2. Why…". */
const ITEM_MARKER = /^[ \t]*\(?[a-f1-9][).][ \t]+/i;

/** A story asked for without its verb: "A time you…", "One time when you…", "An example where you…". */
const STORY_FRAGMENT = /^\W*(?:a|an|one)[ \t]+(?:time|example|instance|occasion|situation)[ \t]+(?:(?:when|where|that|in[ \t]+which)[ \t]+)?you\b/i;

/** Does a piece ask something: a question word, an auxiliary with "you", a request? Else it frames. */
function asksSomething(piece: string): boolean {
  // "Results Driven - Describe a situation…", "ECQ 3: Tell us…": the label before the dash or colon.
  const label = /^[^-–—:.?!\n]{1,60}?[ \t]?[-–—:][ \t]/.exec(piece);
  if (label && asksSomething(piece.slice(label[0].length))) return true;
  const marker = ITEM_MARKER.exec(piece);
  if (marker) return asksSomething(piece.slice(marker[0].length));
  // "So give me a time…", "Okay, now tell us…": a spoken lead-in before the request.
  const leadIn = DISCOURSE_LEAD_IN.exec(piece);
  if (leadIn) return asksSomething(piece.slice(leadIn[0].length));
  // "I'd like to know what that looked like…", "I want to hear about a call you made…": a
  // request in the panel member's own voice.
  // "We'd like to hear about your technical skill, specifically a time you replaced…" asks for the story it names.
  if (SPOKEN_REQUEST.test(piece)) return SPOKEN_REQUEST_ASKS.test(piece) || asksForStory(piece);
  const [first, second] = (piece.toLowerCase().match(/[a-z]+/g) ?? []).slice(0, 2);
  if (!first) return false;
  // "…, when you've had to absorb a cut, how did you decide…", "When priorities change, how
  // do you…": a clause of time or condition sets the scene for the ask after it ("When did
  // you…" still asks).
  if ((first === 'when' || first === 'if') && second !== undefined && !AUXILIARIES.has(second) && !endsWithQuestionMark(piece)) return false;
  if (QUESTION_WORDS.has(first) || first === 'whose') return true;
  if (asksAfterPreposition(first, second)) return true;
  // "…, and anything you'd change next time.": the follow-up asks, with or without its question mark.
  if (first === 'anything' && (second === 'you' || second === 'else')) return true;
  if (AUXILIARIES.has(first) && (second === 'you' || second === 'your' || second === 'there' || second === 'it')) return true;
  // "We'd like a real story. A time you took a calculated risk…": the request, its verb left unsaid.
  if (STORY_FRAGMENT.test(piece)) return true;
  return REQUEST_OPENERS.has(first);
}

/** The first words from an offset, "then" and "also" skipped ("and then how…"). */
const wordsAt = (text: string, from: number): string[] => (text.slice(from, from + 60).toLowerCase().match(/[a-z]+/g) ?? []).filter((w, i) => !(i === 0 && (w === 'then' || w === 'also' || w === 'so'))).slice(0, 2);

/** Whether text[from, to) is one word, then at most a closing mark, between blanks. A scan: as a regex the blank runs either side of the mark are adjacent. */
function onlyWordLeft(text: string, from: number, to: number): boolean {
  let i = from;
  const blanks = (): void => {
    while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  blanks();
  const wordStart = i;
  while (i < to && /[a-z]/.test(text[i]!)) i++;
  if (i === wordStart) return false;
  blanks();
  if (i < to && (text[i] === '?' || text[i] === '.' || text[i] === '!')) i++;
  blanks();
  return i === to;
}

/** A request whose object is still to come: "Explain to us, the way you would to a new employee,". */
const REQUEST_OBJECT_PENDING = /^\W*(?:please\s+)?(?:explain|describe|tell|walk|show)\s+(?:to\s+)?(?:us|me)(?:\s+through)?\s*,[^,?.!]*$/;
/** "what did each side give up, and is it still running": the question before the comma has had its verb. */
const HAS_OWN_VERB = /^\W*(?:what|which)\s+(?:\w+\s+){0,3}?(?:did|do|does|would|could|will|have|has|were|was|are|is|can|should)\s+\w|^\W*(?:what|which|who)['’]s\b/;
const HAS_AUXILIARY_YOU = /\b(?:did|do|does|would|could|will|have|has|can|should|were|are)\s+you\b|'d\s+you\b/;
/** After "and": a second story asked for. */
const SECOND_STORY = /^(?:a|an|the|one)\s+(?:[a-z]+\s+)?(?:time|example|instance|situation|case|occasion|call|decision|choice|mistake|setback)\b/;

/** The word that ends before an offset (blanks skipped). */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && /[a-z]/.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** Sentences of a question, as [start, end) offsets. */
function sentenceRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '?' && c !== '!' && c !== ';') continue;
    const next = text[i + 1];
    if (next !== undefined && next !== ' ' && next !== '\t' && next !== '\n' && next !== '"' && next !== '”' && next !== ')' && next !== "'" && next !== '’') continue;
    if (c === '.') {
      // "U.S. Constitution": the word before the period is an abbreviation.
      let w = i - 1;
      while (w >= 0 && /[A-Za-z.]/.test(text[w]!)) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      // "…when others didn't. What…": the letter after an apostrophe ends a contraction, not an initial.
      const contraction = text[w] === "'" || text[w] === '’';
      if (ABBREVIATIONS.has(word) || (/^[a-z]$/.test(word) && !contraction)) continue;
      if (ABBREVIATIONS_BEFORE_NUMBERS.has(word) && /^[ \t]{1,4}(?:\d|[A-Z]{1,4}\d)/.test(text.slice(i + 1, i + 12))) continue;
    }
    // A closing quotation mark goes with the sentence it closes: "…culture.' I'd like…".
    const end = next === "'" || next === '’' || next === '"' || next === '”' ? i + 2 : i + 1;
    out.push([start, end]);
    start = end;
  }
  if (text.slice(start).trim() !== '') out.push([start, text.length]);
  return out;
}

/** Where a sentence divides into parts: before "and"/"or"/"," when what follows asks again. */
function splitSentence(text: string, from: number, to: number): { range: [number, number]; listItem: boolean }[] {
  const cuts: number[] = [];
  const lower = text.toLowerCase();
  for (let i = from; i < to; i++) {
    const c = lower[i]!;
    // "(2)", "(b)": a numbered item of the question is a part of its own.
    if (c === '(' && i > from && lower[i + 2] === ')' && /[2-9b-f]/.test(lower[i + 1]!)) {
      cuts.push(i);
      continue;
    }
    let after = -1;
    if (c === ',' || c === ':') after = i + 1;
    // "…accountable for poor performance - what you did, and what happened afterward": a
    // dash between blanks, like a comma, may set off the asks.
    else if ((c === '-' || c === '–' || c === '—') && lower[i - 1] === ' ' && lower[i + 1] === ' ') after = i + 1;
    // "…the service sites—can you give us an example…": an em dash needs no blanks.
    else if (c === '—') after = i + 1;
    else if ((c === 'a' && lower.startsWith('and ', i)) || (c === 'o' && lower.startsWith('or ', i))) {
      if (i > from && /[a-z]/.test(lower[i - 1]!)) continue;
      after = i + (c === 'a' ? 4 : 3);
    } else continue;
    const words = wordsAt(lower, after);
    // "Walk us through a plan you built: (1) how you decided…, (2)…": the numbered items are
    // the parts, and the request before the colon goes with the first; a request for a story
    // ("Tell us about a time you built an office: (1)…") stays a part of its own.
    if (c === ':' && /^[ \t]*\(?[1a][).]/.test(lower.slice(after, after + 6)) && !asksForStory(lower.slice(from, i))) continue;
    // ", and how…": the cut is made at the conjunction after the comma.
    if (c === ',' && (words[0] === 'and' || words[0] === 'or')) continue;
    // "How did you decide who and where?": two bare question words that end the sentence are one ask.
    if (c !== ',' && QUESTION_WORDS.has(wordBefore(lower, i)) && QUESTION_WORDS.has(words[0] ?? '') && onlyWordLeft(lower, after, to)) continue;
    const partSoFar = lower.slice(cuts.length > 0 ? cuts[cuts.length - 1]! : from, i);
    // "…by the start of the school year, which gives you seven months.": after a comma,
    // "which" or "who" opens a relative clause in a sentence that is no question.
    // In a list of asks ("— which artifacts you produced, who used them, and…") it asks again.
    const inAskList = cuts.some((cut) => cut >= from && QUESTION_WORDS.has(wordsAt(lower, cut + 1)[0] ?? ''));
    if (c === ',' && (words[0] === 'which' || words[0] === 'who') && !endsWithQuestionMark(text.slice(from, to)) && !inAskList) continue;
    // "What, specifically, did you do for them?": an aside right after the question word.
    const asideFrom = partSoFar.trim().replace(/^\(?[a-f1-9]\)[ \t]{0,4}/, '').split(/[\s,]+/).filter((w) => w !== '');
    if (c === ',' && asideFrom.length <= 2 && QUESTION_WORDS.has(asideFrom[0] ?? '')) continue;
    // "a problem nobody could crack, where your own expertise made the difference": after a
    // comma, "where" and "when" with a subject of their own describe the noun before them; a
    // question puts a verb next ("where did you…"), asks the writer ("where you'd look for
    // savings") or is joined by "and" ("…, and where that person is now").
    if (c === ',' && (words[0] === 'where' || words[0] === 'when') && !AUXILIARIES.has(words[1] ?? '') && !/^you\b/.test(words[1] ?? '')) continue;
    // "Explain to us, the way you would to a new employee, how…": what follows is what the
    // request asks for, not a second ask.
    if (REQUEST_OBJECT_PENDING.test(partSoFar)) continue;
    // "What trends outside your agency, in Congress or industry, do you think will…": the
    // question's own verb, after an aside, until the question has had one.
    if (AUXILIARIES.has(words[0] ?? '') && /^\W*(?:what|which)\b/.test(partSoFar) && !HAS_AUXILIARY_YOU.test(partSoFar) && !HAS_OWN_VERB.test(partSoFar)) continue;
    // "Describe a problem…, how you analyzed it, and the measurable result": after an ask
    // already cut from this sentence, the list's last item asks too.
    if (c === 'a' && cuts.some((cut) => cut >= from) && lower[i - 2] === ',' && /^(?:the|your|its|what|whether)\b/.test(words[0] ?? '')) {
      cuts.push(i);
      continue;
    }
    // "What's your greatest strength as a leader, and your biggest weakness?": a second thing
    // of the same kind asked for.
    if (c === 'a' && lower[i - 2] === ',' && /^(?:(?:your|the)\s+(?:greatest|biggest|best|worst|largest|hardest|toughest|most)|(?:one|a)\s+(?:area|thing|weakness|skill|way))\b/.test(lower.slice(after, after + 24))) {
      cuts.push(i);
      continue;
    }
    // "Describe how you evaluated a program's results and then turned that evaluation into a
    // proposal": the next step asked for.
    if (c === 'a' && AND_NEXT_STEP.test(lower.slice(i, after + 24))) {
      cuts.push(i);
      continue;
    }
    // "Tell me about the largest budget you've managed and a time you had to cut it": a second story asked for.
    if (c === 'a' && SECOND_STORY.test(lower.slice(after, after + 20))) {
      cuts.push(i);
      continue;
    }
    if (asksAgain(words)) cuts.push(i);
  }
  const listCuts = colonListCuts(text, from, to, cuts);
  for (const cut of listCuts) if (!cuts.includes(cut)) cuts.push(cut);
  cuts.sort((a, b) => a - b);
  const out: { range: [number, number]; listItem: boolean }[] = [];
  let start = from;
  for (const cut of cuts) {
    out.push({ range: [start, cut], listItem: listCuts.includes(start) });
    start = cut;
  }
  out.push({ range: [start, to], listItem: listCuts.includes(start) });
  return out;
}

/**
 * "Describe the hardest problem you solved: the problem, the options you weighed, and what
 * you chose.": after a colon, a list whose last item asks again is a list of asks, one part
 * an item. An item that only names what the request before the colon asked for ("the
 * problem") is that request, not a part of its own. The cuts to add at the items.
 */
function colonListCuts(text: string, from: number, to: number, cuts: readonly number[]): number[] {
  const colon = text.indexOf(':', from);
  if (colon < 0 || colon >= to) return [];
  // "…about your own people: tell us about a time…": the colon brings in the request, not a list.
  if (asksSomething(text.slice(colon + 1, to))) return [];
  const lastAsk = cuts.find((cut) => cut > colon);
  if (lastAsk === undefined) return [];
  const commas: number[] = [];
  for (let i = colon + 1; i < lastAsk; i++) if (text[i] === ',') commas.push(i);
  if (commas.length === 0) return [];
  const out: number[] = [];
  const firstItem = contentStems(text.slice(colon + 1, commas[0]));
  const request = new Set(contentStems(text.slice(from, colon)));
  // "How would you rebuild it: recruiting, training, and where you'd put people?": a question
  // before the colon is asked in its items, and goes with the first; a request for a story
  // ("Describe the hardest problem you solved: the options you weighed, …") is a part of its own.
  const questionFirst = /^\W*(?:and[ \t]+|so[ \t]+)?(?:how|what|which)\b/i.test(text.slice(from, colon).replace(/^[^?.!,]{0,200}?\b(?:if|when)\b[^,]{0,200},[ \t]*/i, ''));
  if (!questionFirst && !firstItem.every((stem) => request.has(stem))) out.push(colon);
  // The comma before the last ask's "and" is that ask's own cut.
  for (const comma of commas) if (text.slice(comma + 1, lastAsk).trim() !== '') out.push(comma);
  return out;
}

/** Trims a part: conjunctions and punctuation at its edges. */
function trimPart(text: string, start: number, end: number): { text: string; start: number } | undefined {
  let s = start;
  let e = end;
  const skip = /[\s,;:.?!"“”()-]/;
  for (;;) {
    while (s < e && skip.test(text[s]!)) s++;
    // "(2) your actions": the item's number goes with its bracket.
    if (text[s + 1] === ')' && /[1-9a-f]/i.test(text[s] ?? '')) {
      s += 2;
      continue;
    }
    const rest = text.slice(s, s + 4).toLowerCase();
    if (rest.startsWith('and ')) s += 4;
    else if (rest.startsWith('or ')) s += 3;
    else break;
  }
  for (;;) {
    while (e > s && /[\s,;:"“”-]/.test(text[e - 1]!)) e--;
    // "…, (2) the actions you took and (3) the result": the conjunction goes with the next item.
    const tail = text.slice(Math.max(s, e - 4), e).toLowerCase();
    if (tail === ' and' && e - 4 > s) e -= 4;
    else if (tail.endsWith(' or') && e - 3 > s) e -= 3;
    else break;
  }
  if (s >= e) return undefined;
  return { text: text.slice(s, e), start: s };
}

/** After a request verb, the question it embeds: "explain what you did" asks "what you did". */
function embeddedQuestion(text: string): string | undefined {
  const m = /^[ \t]*(?:please[ \t]+)?([A-Za-z]+)[ \t]+(?:(?:us|me)[ \t]+)?([A-Za-z]+)/.exec(text);
  if (!m || !REQUEST_VERBS.has(m[1]!.toLowerCase()) || !QUESTION_WORDS.has(m[2]!.toLowerCase())) return undefined;
  return text.slice(m.index + m[0].length - m[2]!.length);
}

/** "Give an example.", "Give us an example.": a request for the story itself. */
const asksForExample = (text: string): boolean => /^\W*(?:please\s+)?(?:give|share|provide)\s+(?:us\s+|me\s+)?(?:an?\s+)?(?:(?:specific|concrete|real|recent|good|particular)\s+)?(?:example|instance)\b/i.test(text);
/** A part that already asked for a story: "Tell us about a time…", "Describe a situation…", "Give an example of…". */
const asksForStory = (text: string): boolean => /\b(?:a time|an example|an instance|a situation|an occasion|a case)\b/i.test(text);

/** The noun a story is asked for by: "Describe a situation…", "Tell us about a time…". */
const STORY_NOUN = /\b(?:a|an|one)[ \t]+(situation|time|example|instance|occasion|case)\b/i;
/** A later part that asks only for that story: "(a) What was the situation?". */
const RESTATED_STORY = /^\W*(?:what|which)[ \t]+(?:was|is)[ \t]+(?:the|that)[ \t]+(situation|time|example|instance|occasion|case)\W*$/i;

/** "Tell us about yourself": a request whose words are all function words, and still a part. */
const ABOUT_YOURSELF = /^\W*(?:please\s+)?(?:tell|talk)\s+(?:us|me)\s+(?:a\s+(?:little|bit)\s+)?about\s+yourself\b/i;

/** "Did you make it?", "Would you do it again?": an auxiliary, then "you". */
function isYesNoQuestion(text: string): boolean {
  const [first, second] = (text.toLowerCase().match(/[a-z]+/g) ?? []).slice(0, 2);
  return first !== undefined && AUXILIARIES.has(first) && second === 'you';
}

function asksOf(text: string): QuestionPart['asks'] {
  const first = (text.toLowerCase().match(/[a-z]+/) ?? [''])[0];
  if (first === 'how') return 'how';
  if (first === 'why') return 'why';
  if (first === 'what' || first === 'which' || first === 'who' || first === 'when' || first === 'where') return 'what';
  return 'other';
}

/** "What I actually want to hear is", "What we'd like to know is": a spoken lead-in, no ask of its own. */
const WHAT_I_WANT = /^\W*what[ \t]+(?:i|we)(?:'d|’d)?[ \t]+(?:(?:actually|really|would)[ \t]+)?(?:want|like|need)[ \t]+to[ \t]+(?:hear|know|understand|see)[ \t]+(?:about[ \t]+)?is\W*$/i;

/** A spoken filler between commas, with the comma after it: ", uh,", ", um,", ", you know,". */
/** "The Botanic Garden gets, what, over a million visitors": a spoken "what" that rounds a figure asks nothing. */
const SPOKEN_ROUGHLY = /(?<=,)[ \t]{1,4}what,(?=[ \t]{1,4}(?:over|about|nearly|almost|maybe|like|roughly|some|close[ \t]+to|around|\d))/gi;
const FILLER = /(?<=,)[ \t]{1,4}(?:uh|um|er|erm|you[ \t]+know),/gi;

/** A piece a speaker took back: it ends in "I mean" ("—how do you, I mean"). */
const FALSE_START = /[\s,]I[ \t]+mean\W*$/;

/** A piece that opens with an item marker, after any joining word: "(b)", ", and 3)", "2. ". */
const OPENS_ITEM = /^[\s,;]*(?:and[ \t]+|or[ \t]+)?(?:\([1-9a-f]\)|[1-9a-f]\)|[1-9]\.[ \t])/i;

/** The parts of a question, in order; a question always has at least one. */
export function splitQuestion(spoken: string): QuestionPart[] {
  // Spoken fillers set off by commas (", uh,", ", you know,") are blanked, offsets kept, so
  // that "…the next morning, and, you know, whether you'd…" splits as "…, and whether…" would.
  const question = spoken.replace(FILLER, (m) => ' '.repeat(m.length)).replace(SPOKEN_ROUGHLY, (m) => ' '.repeat(m.length));
  const parts: { text: string; start: number; asks: QuestionPart['asks'] }[] = [];
  const framing: QuestionPart[] = [];
  for (const [from, to] of sentenceRanges(question)) {
    let askedInSentence = false;
    // The part an item marker ("(b)", "2)") opened in this sentence: the panel has numbered
    // its parts, and what the item goes on to ask ("(b) Tell us about the upgrade you
    // championed and what it saved"; "(c) Who did you tell, and how?") is that one part.
    let markedPart: (typeof parts)[number] | undefined;
    for (const { range: [s, e], listItem } of splitSentence(question, from, to)) {
      const trimmed = trimPart(question, s, e);
      if (!trimmed) continue;
      // "how do you, I mean, how did you build…": a spoken false start, taken back. "What I
      // actually want to hear is, …": a lead-in to the ask that follows.
      if (FALSE_START.test(trimmed.text) || WHAT_I_WANT.test(trimmed.text)) continue;
      const marked = OPENS_ITEM.test(question.slice(s, e));
      if (markedPart && !marked && !listItem) {
        markedPart.text = trimEnd(question.slice(markedPart.start, trimmed.start + trimmed.text.length), '.?! \t\n');
        continue;
      }
      // "explain what you did specifically": a request that embeds a question asks it.
      const asks = asksOf(embeddedQuestion(trimmed.text) ?? trimmed.text);
      // "Please be specific.", "Give an example.": nothing to answer beyond the story. A
      // question put to the writer ("did you make it?") asks, however few its words.
      const questionMark = endsWithQuestionMark(question.slice(s, e));
      if (asks === 'other' && !questionMark && contentStems(trimmed.text).length === 0 && !isYesNoQuestion(trimmed.text) && !ABOUT_YOURSELF.test(trimmed.text) && !(asksForExample(trimmed.text) && !parts.some((p) => asksForStory(p.text)))) continue;
      // "Our budget will be flat for years.", "In your view, …", "If you were selected, …":
      // a piece that neither asks nor requests frames the question; it is no part.
      // A numbered item ("(2) the actions you took") is a part however it is worded.
      // So is a second story asked for ("…and a time you had to cut it").
      const numbered =
        listItem ||
        /^[\s,]*(?:and\s+|or\s+)?\([1-9a-f]\)/i.test(question.slice(s, e)) ||
        SECOND_STORY.test(question.slice(s, e).toLowerCase().replace(/^\s*and\s+/, '')) ||
        // "…, how you analyzed it, and the measurable result": the last item of a list of asks.
        (askedInSentence && /^\s*and\s+(?:the|your|its|whether)\b/i.test(question.slice(s, e))) ||
        // "…and then turned that evaluation into a proposal": the next step asked for.
        (askedInSentence && AND_NEXT_STEP.test(question.slice(s, e)));
      // "Anything you'd change?", "And then?": a question mark asks, whatever the words.
      if (!numbered && !questionMark && !asksSomething(trimmed.text)) {
        framing.push({ text: trimEnd(trimmed.text, '.?! \t\n'), start: trimmed.start, asks });
        continue;
      }
      const part = { text: trimEnd(trimmed.text, '.?! \t\n'), start: trimmed.start, asks };
      parts.push(part);
      askedInSentence = true;
      markedPart = marked ? part : undefined;
    }
  }
  // "Describe a situation in which… (a) What was the situation?": the item asks again for the
  // story the first part asked for; it is that part.
  const story = STORY_NOUN.exec(parts[0]?.text ?? '')?.[1]?.toLowerCase();
  if (story) {
    for (let k = parts.length - 1; k >= 1; k--) {
      if (RESTATED_STORY.exec(parts[k]!.text)?.[1]?.toLowerCase() === story) parts.splice(k, 1);
    }
  }
  // A question that is all framing ("I'd like to hear about your first year.") asks what it says.
  if (parts.length === 0 && framing.length > 0) return framing;
  if (parts.length === 0) {
    const text = trimEnd(question.trim(), '.?! \t\n');
    return text === '' ? [] : [{ text, start: Math.max(0, question.indexOf(text)), asks: asksOf(text) }];
  }
  return parts;
}

/** "What does that phrase mean to you?", "What does accountability mean to you?": the writer's view. */
const ASKS_WHAT_IT_MEANS = /^\W*(?:and[ \t]+)?what[ \t]+does[ \t]+[^?.!]{1,60}?[ \t]+mean[ \t]+to[ \t]+you\b/i;
/** A story asked for later in the question: "give us one example of…", "A time you…". */
const STORY_FRAGMENT_OR_EXAMPLE = /^\W*(?:and[ \t]+)?(?:give[ \t]+(?:us|me)[ \t]+(?:one|an|a)[ \t]+example|(?:a|an|one)[ \t]+(?:time|example|instance)[ \t]+(?:when[ \t]+|where[ \t]+)?you)\b/i;
/** "What would you do differently", "anything you'd change", "what would you change": hindsight asked for. */
const ASKS_WHAT_DIFFERENTLY = /\b(?:do|done|handle|handled|approach)[ \t]+(?:it[ \t]+|anything[ \t]+|things[ \t]+)?differently\b|\bwhat[ \t]+would[ \t]+you[ \t]+change\b|\banything[ \t]+you(?:'d|’d|[ \t]+would)[ \t]+change\b/i;
/** "What did you give up?", "what you conceded", "what you had to trade": a concession asked for. */
const ASKS_WHAT_YOU_GAVE = /^\W*(?:and[ \t]+)?what[ \t]+(?:did[ \t]+you|you|would[ \t]+you|were[ \t]+you)[ \t]+(?:have[ \t]+to[ \t]+|had[ \t]+to[ \t]+|be[ \t]+willing[ \t]+to[ \t]+|willing[ \t]+to[ \t]+)?(?:give|gave|concede|conceded|trade|traded|sacrifice|sacrificed|let[ \t]+go)\b/i;
/** "Can you give us an example (from your own career)?", "Give us one example": the story itself asked for. */
const ASKS_FOR_AN_EXAMPLE = /^\W*(?:and[ \t]+)?(?:(?:can|could|would)[ \t]+you[ \t]+)?(?:give|share|offer)[ \t]+(?:us|me)[ \t]+(?:an?|one)[ \t]+(?:example|instance)\b/i;
/** "Where they are now", "where are they now": what became of the people the story is about. */
const ASKS_WHERE_NOW = /\bwhere[ \t]+(?:(?:they|he|she|that[ \t]+person|those[ \t]+people)[ \t]+(?:are|is)|(?:are|is)[ \t]+(?:they|he|she))[ \t]+(?:now|today)\b/i;
/** Words that say where people have got to: "today she runs…", "has since been promoted". */
const WHERE_NOW_WORDS = ['now', 'today', 'currently', 'went on to', 'has since', 'have since', 'since been', 'promoted', 'moved up', 'selected for', 'was selected'];

/** "What would you do in your first year", "how would you spend your first ninety days": a plan for a first period. */
const ASKS_FIRST_PERIOD_PLAN = /\b(?:what|how)[ \t]+(?:would|will)[ \t]+you\b[^?.!]{0,60}?\b(?:first|next)[ \t]+(?:year|months?|weeks?|days|90|ninety|30|thirty|60|sixty|100|hundred)\b/i;
/** Words of planning: what answers a plan for a first period. Not "my first" or "first year": "In my first year as director, I inherited…" is a story. */
const PLANNING_WORDS = ['i would', "i'd", 'i will', "i'll", 'i plan', 'plan to', 'my plan', 'first step', 'i intend', 'would start', 'start by', 'my priority', 'my priorities', "i'm going to", 'i am going to'];

/**
 * Words of hindsight: what answers "what would you do differently". Not "differently" itself:
 * its stem is "different"'s, which any story may use ("came back with a different view").
 */
const HINDSIGHT_WORDS = ['next time', 'in hindsight', 'looking back', 'in retrospect', 'would have', "i'd have", 'i would', "i'd", 'lesson', 'learned', 'if i had', 'if i could', 'wish'];
/** Words of conceding: what answers "what did you give up" ("I dropped", "we agreed to"); not "dropped" or "agreed to" alone, in which the other side's concession is told too. */
const CONCESSION_WORDS = ['gave up', 'give up', 'giving up', 'conceded', 'concede', 'concession', 'concessions', 'traded', 'trade-off', 'trade-offs', 'in exchange', 'in return', 'i agreed to', 'we agreed to', 'compromise', 'compromised', 'let go', 'sacrificed', 'relinquished', 'i dropped', 'we dropped', 'i ended', 'i cut'];

/** A part answered by any of some words in the answer. */
function wordsThatAnswer(words: readonly StemPhrase[], answer: AnswerFacts, focus: readonly string[]): PartVerdict {
  const hit = words.find((w) => answer.index.hasPhrase(w.stems));
  return { answered: !!hit, found: hit ? [hit.text] : [], focus };
}

/** Words of measuring progress: what answers "how did you track it" and "how will you know it's working". */
const MEASURE_WORDS = ['measure', 'metric', 'track', 'tracked', 'kpi', 'indicator', 'baseline', 'dashboard', 'score', 'benchmark', 'monitor', 'measured', 'weekly report', 'status report', 'scorecard'];
/** ... and, for "how will you know", the signs the writer would watch for. */
const SIGN_WORDS = ['watch', 'signs', 'expect to see', 'look for', 'target', 'targets'];

/**
 * Synonym groups: a word of a question's part is found when the answer uses any word of its
 * group. Phrases are matched word after word, by stem.
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['result', 'outcome', 'impact', 'effect', 'helped', 'achieved', 'accomplished', 'success', 'succeeded', 'delivered', 'saved', 'reduced', 'increased', 'improved', 'fell', 'rose', 'cut', 'afterward', 'afterwards', 'aftermath', 'resolved', 'resolution', 'turned out', 'turn out'],
  ['learn', 'lesson', 'taught', 'takeaway', 'hindsight', 'reflect', 'realized', 'realised', 'differently', 'next time', 'insight', 'since then', 'today i'],
  ['resistance', 'resist', 'pushback', 'push back', 'opposition', 'opposed', 'objected to', 'raised objections', 'skeptical', 'skepticism', 'sceptical', 'reluctant', 'reluctance', 'concern', 'concerns', 'fear', 'feared', 'doubt', 'hesitant', 'critic', 'criticism', 'complaint', 'distrust', 'grievance', 'refused', 'balked', 'pushed back'],
  // "Objection" is left out: its stem is "objective"'s ("I set three long-term objectives").
  ['stake', 'at stake', 'at risk', 'risk', 'jeopardy', 'consequences', 'would have lost', 'exposure', 'cost of failure'],
  ['overcome', 'resolved', 'persuaded', 'convinced', 'won', 'win over', 'turned around', 'eased', 'allayed', 'earned', 'gained support', 'brought', 'addressed', 'answered', 'mitigated', 'worked through', 'bring them along', 'buy-in'],
  // Not "percent" or "data": any answer with a result has them, whether or not it says how progress was followed.
  MEASURE_WORDS,
  ['communicate', 'communicated', 'told', 'briefed', 'explained', 'announced', 'message', 'informed', 'town hall', 'met with', 'email', 'conversation', 'spoke', 'talked', 'shared', 'wrote', 'memo'],
  ['decide', 'decision', 'chose', 'choose', 'selected', 'opted', 'determined', 'judgment', 'concluded'],
  ['legal', 'law', 'laws', 'lawful', 'unlawful', 'statute', 'statutes', 'statutory', 'regulation', 'regulations', 'regulatory', 'counsel', 'court', 'case law', 'legislation', 'rule of law'],
  ['constraint', 'constraints', 'limit', 'limits', 'limited', 'boundary', 'boundaries', 'restriction', 'restrictions', 'outside the scope', 'bound'],
  ['recover', 'recovered', 'recovery', 'bounce back', 'bounced back', 'rebuilt', 'rebuild', 'fixed', 'fixing', 'back on track', 'turned it around', 'regained'],
  // Porter gives "defend" and "defense" different stems.
  ['defend', 'defended', 'defense', 'defence', 'justify', 'justified', 'justification', 'made the case', 'argued', 'case for'],
  ['risk', 'risks', 'uncertain', 'uncertainty', 'gamble', 'exposure', 'downside', 'mitigate', 'bet', 'chance'],
  ['involve', 'involved', 'included', 'participated', 'partner', 'partners', 'stakeholder', 'stakeholders', 'member', 'members', 'representative', 'joined', 'brought together', 'convened'],
  ['differently', 'next time', 'in hindsight', 'would have', 'would change', 'would do'],
  ['obstacle', 'barrier', 'challenge', 'difficult', 'difficulty', 'hurdle', 'problem', 'setback', 'constraint', 'roadblock'],
  ['succeed', 'success', 'successful', 'confirmed', 'evidence', 'showed', 'proved', 'met the goal', 'exceeded'],
  ['prioritize', 'priority', 'priorities', 'ranked', 'focus', 'first', 'triage'],
  ['feedback', 'input', 'listened', 'survey', 'comments', 'listening sessions'],
  ['support', 'buy-in', 'endorsed', 'backing', 'approved', 'agreement', 'agreed', 'champion'],
  ['secure', 'security', 'cyber', 'cybersecurity', 'protect', 'vulnerability', 'threat', 'zero trust', 'encryption'],
  ['implement', 'implemented', 'rolled out', 'launched', 'deployed', 'carried out', 'executed', 'put in place', 'set up', 'phased', 'pilot'],
  ['plan', 'strategy', 'roadmap', 'approach', 'phases', 'milestones'],
  ['cost', 'save', 'savings', 'dollars', 'million', 'budget', 'spending', 'billion'],
  ['deadline', 'schedule', 'on time', 'weeks', 'months', 'days', 'ahead of schedule'],
  ['motivate', 'motivated', 'inspired', 'energized', 'encouraged', 'morale', 'recognized', 'celebrated'],
  ['technology', 'automated', 'automation', 'software', 'system', 'digital', 'dashboard', 'artificial intelligence', 'cloud', 'platform', 'tool', 'optical character recognition', 'app', 'online'],
  ['faster', 'speed', 'quicker', 'time', 'hours', 'days', 'turnaround', 'backlog', 'sooner'],
  ['cheaper', 'cost', 'save', 'savings', 'dollars', 'budget', 'million'],
  ['sustain', 'sustained', 'lasting', 'still', 'today', 'since', 'institutionalized', 'permanent', 'stayed', 'remained', 'held steady', 'creep back', 'slip back', 'slide back', 'backslide', 'recur', 'regress'],
  // Porter gives "complied" and "compliance" different stems.
  ['comply', 'complied', 'complies', 'compliance', 'compliant', 'conform', 'conformed', 'adhere', 'adhered', 'adherence'],
];

/** Words any answer to the first part contains: they say nothing about whether a later part is answered. */
const SETTING_WORDS = ['team', 'staff', 'employee', 'people', 'organization', 'organisation', 'agency', 'office', 'program', 'project', 'system', 'work', 'job', 'role', 'position', 'group', 'unit', 'division', 'it', 'situation'];

/**
 * Words that grade or single out what a part asks about ("the largest risks", "your main
 * lesson"): an answer names the risks or the lesson without repeating the grade, so they
 * are no part of its focus.
 */
const QUALIFIERS = ['last', 'latest', 'recent', 'largest', 'biggest', 'greatest', 'main', 'key', 'major', 'primary', 'top', 'most', 'specific', 'specifically', 'particular', 'single', 'important', 'significant', 'critical', 'hardest', 'toughest', 'best', 'worst', 'personally', 'exactly', 'actually', 'really'];

/** A part that asks what the writer did: "what you did to turn it around", "What did you do first?". */
const ASKS_FOR_ACTIONS = /^[ \t]*(?:and[ \t]+)?what[ \t]+(?:did[ \t]+you[ \t]+do|you[ \t]+did|you'd[ \t]+do|would[ \t]+you[ \t]+do)\b/i;
/** What any action does to a problem: after "what you did", these ask for nothing more than the actions. */
const FIX_WORDS = ['turn', 'around', 'fix', 'fixed', 'solve', 'address', 'resolve', 'handle', 'situation', 'problem', 'first', 'next', 'then', 'about'];
/** Distinct words of measuring that answer "how will you know it's working". */
const MEASURES_THAT_ANSWER = 2;
/** A part that asks how the writer would tell success: "how will you know it's working", "how did you know it worked". */
const ASKS_HOW_YOU_KNOW = /^[ \t]*(?:and[ \t]+)?how[ \t]+(?:will|would|did|do)[ \t]+you[ \t]+know\b/i;

/** A part that asks for a size: "How big was it?", "how many people", "how much money". */
const ASKS_FOR_SIZE = /^[ \t]*(?:and[ \t]+)?how[ \t]+(?:big|large|many|much)\b/i;

/** Words that ask for the actions themselves ("What steps did you take?"): the Action answers them. */
const ACTION_WORDS = ['step', 'steps', 'action', 'actions', 'measures'];

/** Reasons: what answers a "why". */
const REASON_CUES = ['because', 'so that', 'in order to', 'the reason', 'since', 'given that', 'to ensure', 'believed', 'my goal', 'the goal', 'wanted to', 'needed to'];

/** Any answer this long tells a story: the first part, which asks for one, is answered. */
export const STORY_WORDS = 60;

interface Compiled {
  readonly idioms: readonly { readonly phrase: StemPhrase; readonly head: string }[];
  readonly groups: ReadonlyMap<string, readonly StemPhrase[]>;
  readonly setting: ReadonlySet<string>;
  readonly qualifiers: ReadonlySet<string>;
  readonly reasons: readonly StemPhrase[];
  readonly resultStems: ReadonlySet<string>;
  readonly measures: readonly StemPhrase[];
  readonly actionStems: ReadonlySet<string>;
  readonly fixStems: ReadonlySet<string>;
  readonly hindsight: readonly StemPhrase[];
  readonly planning: readonly StemPhrase[];
  readonly whereNow: readonly StemPhrase[];
  readonly concessions: readonly StemPhrase[];
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  if (compiled) return compiled;
  const groups = new Map<string, StemPhrase[]>();
  for (const group of SYNONYMS) {
    const phrases = group.map(stemPhrase);
    // A word's group is every group it belongs to.
    for (const p of phrases) {
      if (p.stems.length !== 1) continue;
      const known = groups.get(p.stems[0]!) ?? [];
      groups.set(p.stems[0]!, [...known, ...phrases]);
    }
  }
  // Phrases of several words ("put in place", "push back"), each with the word that heads its group.
  const idioms: { phrase: StemPhrase; head: string }[] = [];
  for (const group of SYNONYMS) {
    const head = stemOf(group[0]!);
    for (const p of group.map(stemPhrase)) if (p.stems.length > 1) idioms.push({ phrase: p, head });
  }
  compiled = {
    idioms,
    groups,
    setting: new Set(SETTING_WORDS.map(stemOf)),
    qualifiers: new Set(QUALIFIERS.map(stemOf)),
    reasons: REASON_CUES.map(stemPhrase),
    resultStems: new Set(SYNONYMS[0]!.map(stemOf)),
    measures: [...MEASURE_WORDS, ...SIGN_WORDS].map(stemPhrase),
    actionStems: new Set(ACTION_WORDS.map(stemOf)),
    fixStems: new Set(FIX_WORDS.map(stemOf)),
    hindsight: HINDSIGHT_WORDS.map(stemPhrase),
    planning: PLANNING_WORDS.map(stemPhrase),
    whereNow: WHERE_NOW_WORDS.map(stemPhrase),
    concessions: CONCESSION_WORDS.map(stemPhrase),
  };
  return compiled;
}

export interface AnswerFacts {
  readonly index: StemIndex;
  readonly words: number;
  /** The CCAR inference found an Action and a Result in the answer. */
  readonly hasAction: boolean;
  readonly hasResult: boolean;
  /** A sentence of the answer states a quantity ("118,000 acres", "212 permanent employees"). */
  readonly hasFigure: boolean;
  /** The question is general ("Why this position?"): it asks for no story. */
  readonly general?: boolean;
}

export interface PartVerdict {
  readonly answered: boolean;
  /** The focus words found, or what stood for them ("the Action part"). */
  readonly found: readonly string[];
  readonly focus: readonly string[];
}

/** People other than the writer a part may ask about. */
const OTHERS = /\b(?:team|staff|employees|workforce|people|they|he|she|union|managers|supervisors|stakeholders|others|colleagues|partners|board|public)\b/i;

/** The focus of a part: the stems that say what it asks about. */
export function focusOf(part: QuestionPart, first: QuestionPart | undefined): string[] {
  const c = compile();
  // "How did you react?" asks for the actions; "how did the rest of the team react?" asks
  // about others, and its verb is what it asks.
  const aboutOthers = !/\byou(?:r|'d|'ve)?\b/i.test(part.text) && OTHERS.test(part.text);
  const stems = idiomsAsOne([...new Set(contentStems(part.text))], part.text, c).filter((s) => (aboutOthers || !isWeakVerb(s)) && !c.qualifiers.has(s));
  if (!first || first === part) return stems;
  const firstStems = new Set(contentStems(first.text));
  // A story of its own ("Tell us about the last scheduling system you introduced") keeps its
  // setting words: they name what the story is about.
  const ownStory = STORY_REQUEST.test(part.text);
  const narrowed = stems.filter((s) => !firstStems.has(s) && (ownStory || !c.setting.has(s)));
  // "…the hardest problem you solved, and how did you go about solving it?": a "how" that
  // only repeats the first part's words asks for the actions, which the Action answers.
  if (narrowed.length === 0 && part.asks === 'how') return [];
  return narrowed.length > 0 ? narrowed : stems.filter((s) => !c.setting.has(s));
}

/**
 * "What did it cost to put in place?": a phrase of a synonym group asks for one thing, not for
 * "put" and "place". Its words give way to the word that heads its group ("implement"), which
 * any word of the group in the answer finds.
 */
function idiomsAsOne(stems: string[], text: string, c: Compiled): string[] {
  const index = StemIndex.of(text);
  let out = stems;
  for (const { phrase, head } of c.idioms) {
    if (!index.hasPhrase(phrase.stems)) continue;
    const words = new Set(phrase.stems);
    out = [...out.filter((s) => !words.has(s)), ...(out.includes(head) ? [] : [head])];
  }
  return out;
}

/**
 * The "-ion" noun of a verb's stem, or the verb of such a noun: Porter keeps "reaction" and
 * "react" apart, and a part that asks how the team reacted is answered by "the team's reaction".
 */
function nounOrVerb(stem: string): string {
  return stem.length > 6 && stem.endsWith('ion') ? stem.slice(0, -3) : `${stem}ion`;
}

export function judgePart(part: QuestionPart, index: number, parts: readonly QuestionPart[], answer: AnswerFacts): PartVerdict {
  const c = compile();
  const focus = focusOf(part, index === 0 ? undefined : parts[0]);
  const found = focus.filter((stem) => answer.index.has(stem) || answer.index.has(nounOrVerb(stem)) || (c.groups.get(stem) ?? []).some((p) => answer.index.hasPhrase(p.stems)));
  if (answer.words === 0) return { answered: false, found: [], focus };
  // "What does that phrase mean to you, and give us one example…": a first part that asks
  // the writer's view, before a story asked for later, is not answered by the story.
  const viewBeforeStory = index === 0 && ASKS_WHAT_IT_MEANS.test(part.text) && parts.slice(1).some((p) => STORY_REQUEST.test(p.text) || STORY_FRAGMENT_OR_EXAMPLE.test(p.text));
  if (index === 0 && !viewBeforeStory) return { answered: answer.words >= STORY_WORDS || found.length > 0 || focus.length === 0 || answer.general === true, found, focus };
  if (viewBeforeStory) return { answered: found.length >= Math.max(1, Math.ceil(focus.length / 2)), found, focus };
  // Parts that the answer's Action answers: its actions, found by the CCAR inference.
  const byAction = (): PartVerdict => ({ answered: answer.hasAction, found: answer.hasAction ? ['the Action'] : [], focus });
  // A later part that asks for a story of its own ("(b) Tell us about the last upgrade you
  // championed and what it saved") is answered by that story, not by the first story's Result
  // or Action. Telling it names what it is about: all its focus words but one, the one an
  // answer may put in other words than the panel's.
  if (focus.length >= 2 && STORY_REQUEST.test(part.text)) return { answered: found.length >= focus.length - 1, found, focus };
  const asksResult = focus.some((s) => c.resultStems.has(s));
  if (asksResult && answer.hasResult) return { answered: true, found: [...found, 'the Result'], focus };
  if (focus.length > 0 && focus.every((s) => c.actionStems.has(s))) return byAction();
  // "what you did to turn it around", "What did you do": the actions themselves. Not "what
  // you did when execution went off plan" or "what would you do differently": those name
  // what the actions must be about.
  const actions = ASKS_FOR_ACTIONS.exec(part.text);
  if (actions && contentStems(part.text.slice(actions[0].length)).every((stem) => c.fixStems.has(stem))) return byAction();
  // "How big was it?", "how many people": a size, which any figure of the answer may give.
  if (ASKS_FOR_SIZE.test(part.text)) return { answered: answer.hasFigure, found: answer.hasFigure ? ['a figure'] : [], focus };
  // "How will you know it's working?": the measures the writer would watch, in words of
  // measuring (two of them: one alone may name a topic, "the case-tracking process"), or the
  // part's own words ("How I knew by mid-year: …"). Not the Action, which any story has.
  if (ASKS_HOW_YOU_KNOW.test(part.text)) {
    const measures = [...new Map(c.measures.filter((m) => answer.index.hasPhrase(m.stems)).map((m) => [m.stems.join(' '), m.text] as const)).values()];
    const inItsWords = focus.length > 0 && found.length >= Math.ceil(focus.length / 2);
    return { answered: measures.length >= MEASURES_THAT_ANSWER || inItsWords, found: inItsWords ? found : measures, focus };
  }
  // "What would you do differently?": the writer's hindsight, in words of hindsight; the
  // story's own "different" ("a different view") is no answer.
  if (ASKS_WHAT_DIFFERENTLY.test(part.text)) return wordsThatAnswer(c.hindsight, answer, focus);
  // "What did you give up?": a concession, in words of conceding.
  if (ASKS_WHAT_YOU_GAVE.test(part.text)) return wordsThatAnswer(c.concessions, answer, focus);
  // "…and can you give us an example from your own career?": the story the answer tells.
  if (index > 0 && ASKS_FOR_AN_EXAMPLE.test(part.text)) return byAction();
  // "…and where they are now": where the people the story is about have got to.
  if (ASKS_WHERE_NOW.test(part.text)) return wordsThatAnswer(c.whereNow, answer, focus);
  // "…and what would you do in your first year to get it there?": a plan, in words of planning;
  // a story of what the writer once did is not the plan for the first year here.
  if (index > 0 && ASKS_FIRST_PERIOD_PLAN.test(part.text)) return wordsThatAnswer(c.planning, answer, focus);
  if (focus.length === 0) {
    if (part.asks === 'how') return byAction();
    if (part.asks === 'why') {
      const reason = c.reasons.find((r) => answer.index.hasPhrase(r.stems));
      return { answered: !!reason, found: reason ? [reason.text] : [], focus };
    }
    return { answered: true, found, focus };
  }
  return { answered: found.length >= Math.max(1, Math.ceil(focus.length / 2)), found, focus };
}

/**
 * A request for a story of its own: "Tell us about the last…", "Describe a…", "Give us an
 * example of a…". Not "Describe the results" or "Describe your role", which ask about the
 * story already told.
 */
const STORY_REQUEST = /^\W*(?:and[ \t]+)?(?:tell[ \t]+(?:us|me)[ \t]+about|describe|give[ \t]+(?:us[ \t]+|me[ \t]+)?an[ \t]+example[ \t]+of|walk[ \t]+(?:us|me)[ \t]+through)[ \t]+(?:a|an|one|another|(?:the|your)[ \t]+(?:last|latest|most[ \t]+recent))\b/i;
