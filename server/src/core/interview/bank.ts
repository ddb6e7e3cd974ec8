import { ECQ_SETS, EcqSetId } from '../domain/ecqSets';
import type { PostingAnalysis } from '../posting/posting';
import { trimEnd } from './words';

/**
 * The practice question bank: typical interview questions for each ECQ of both sets,
 * written by the ECQ Writer project in the style panels use (behavioural "Tell us about a
 * time…", multipart, ses-domain.md §3.1). They are typical questions, not OPM's: OPM does
 * not publish the structured-interview questions. `ecq interview --practice` and the
 * practice view draw on them, with the linked posting's TQs.
 */

/** Questions by ECQ set, then by ECQ number (1–5). */
export const QUESTION_BANK: Readonly<Record<EcqSetId, Readonly<Record<number, readonly string[]>>>> = {
  '2025': {
    1: [
      'Tell us about a time you carried out a lawful policy you personally disagreed with. How did you make sure it was implemented faithfully?',
      'Describe a situation in which you had to make sure your organization complied with a new statute or regulation. What did you do?',
      'Give an example of how you have worked with Congress, the GAO or an Inspector General. What was the outcome?',
      'How has your understanding of the Constitution and the separation of powers shaped a decision you made as a leader?',
      'Tell us about a time you found that a program in your area was acting outside its legal authority. What did you do, and what happened?',
      'Describe how you have put the interests of the American people ahead of your organization\'s convenience.',
    ],
    2: [
      'Describe a time you cut costs or eliminated wasteful spending without hurting the mission. How much did you save?',
      'Tell us about the largest budget you have managed. How did you decide where to cut when funding fell?',
      'Give an example of how you used technology to make an operation faster or cheaper. How did you measure the improvement?',
      'Describe a time you redesigned a business process to improve efficiency. What resistance did you meet?',
      'How have you reallocated staff, money or assets to meet a changing priority?',
      'Tell us about a time you found duplicative contracts or programs. What did you do about them?',
    ],
    3: [
      'Describe a complex technical problem you solved. How did you find the root cause?',
      'Tell us about a time your technical expertise made the difference in a crisis.',
      'Give an example of a serious setback you faced. How did you adapt and recover?',
      'Describe a time you had to perform under intense pressure with incomplete information. What was the result?',
      'Tell us about a time you analyzed a difficult problem, weighed alternative solutions and tested the one you chose.',
      'How do you keep your technical skills current, and how have you used them to produce exceptional work?',
    ],
    4: [
      'Tell us about a time you held a subordinate accountable for poor performance. What was the outcome?',
      'How have you developed the next generation of leaders in your organization?',
      'Describe a time you led your workforce through a major change. What resistance did you meet, and how did you overcome it?',
      'Give an example of a difficult personnel decision you made. How did you communicate it to your team?',
      'How do you build a culture of high performance and accountability? Give an example.',
      'Tell us about an employee you mentored or coached. What was the outcome for them?',
    ],
    5: [
      'Describe a time you delivered a major result that leadership had set as a priority. How did you track progress?',
      'Tell us about an innovative approach you introduced. What risks did you take, and what was the result?',
      'How have you translated strategic goals into operational plans? Give an example.',
      'Give an example of a project that was behind schedule that you brought in on time. What did you change?',
      'Tell us about a time you set measurable goals for an organization and achieved them.',
      'Describe a long-term strategy you developed and how you carried it out.',
    ],
  },
  legacy: {
    1: [
      'Describe a time you led a major organizational change. What resistance did you meet, and how did you overcome it?',
      'Tell us about your vision for an organization you led and how you got others to share it.',
      'Give an example of a creative or innovative solution you introduced. What was the result?',
      'How do you stay aware of national policy trends that affect your program? Give an example of acting on one.',
      'Describe a time you had to adapt quickly to an unexpected obstacle.',
      'How have you recovered from a significant professional setback? What did you learn?',
    ],
    2: [
      'Tell us about a conflict between members of your staff that you resolved. How did you approach it?',
      'How have you built an inclusive workplace that draws on different perspectives?',
      'Describe how you developed an employee\'s skills through feedback or training. What was the outcome?',
      'Give an example of how you built trust and cooperation in a team that was not working well together.',
      'Tell us about a time you had to resolve a dispute with a union. What was the outcome?',
      'How do you motivate a team during a period of low morale?',
    ],
    3: [
      'Describe a decision you had to make quickly with limited information. What was the result?',
      'How have you improved service to your customers? How did you know they were satisfied?',
      'Give an example of a calculated risk you took to pursue a new opportunity.',
      'Tell us about a time you held yourself and others accountable for meeting a deadline.',
      'Describe a complex problem you analyzed and solved. How did you weigh the alternatives?',
      'How has your technical credibility helped you lead in your field?',
    ],
    4: [
      'Describe your experience managing a budget. How did you handle a shortfall?',
      'How have you recruited, developed and retained a skilled workforce on a tight budget?',
      'Tell us about a technology investment you led. How did you keep the system secure?',
      'Give an example of how you dealt with a poor performer. What was the result?',
      'Describe a time you managed a procurement or contract to control costs.',
      'How do you weigh costs and benefits when setting funding priorities? Give an example.',
    ],
    5: [
      'Describe a partnership you built with another agency or with industry. What did it achieve?',
      'Tell us about a time you had to win support from stakeholders who opposed your plan.',
      'How have you negotiated an agreement when the parties had competing interests?',
      'Describe a politically sensitive situation you navigated. How did you read the political landscape?',
      'Give an example of a coalition you built to reach a shared goal. Who was involved?',
      'How do you build consensus among state and local partners? Give an example.',
    ],
  },
};

export interface PracticeOptions {
  readonly set: EcqSetId;
  readonly count: number;
  readonly posting?: PostingAnalysis | undefined;
  /** The posting as the file should link it (relative to the practice file), if any. */
  readonly postingLink?: string | undefined;
  /** Which question of each ECQ to start from, so that a second practice file asks others. */
  readonly round?: number;
}

/** A question for a TQ, in the panel's words. */
export function tqQuestion(label: string, text: string): string {
  const wording = trimEnd(text.replace(/^\s*(?:demonstrated\s+)?(?:experience|ability|knowledge)(?:\s+(?:in|of|with)\b)?\s*/i, ''), '. \t\n\r');
  return `${label}: Tell us about your experience ${wording.length > 0 ? `with ${wording.charAt(0).toLowerCase()}${wording.slice(1)}` : 'with this qualification'}. What was the result?`;
}

/**
 * The questions of a practice interview: one per ECQ in turn and the posting's TQs among
 * them (agency panels ask one competency of each ECQ plus the TQs, §3.1), until `count`.
 */
export function practiceQuestions(options: PracticeOptions): { text: string; ecq?: number; tq?: string }[] {
  const bank = QUESTION_BANK[options.set];
  const tqs = options.posting?.tqs ?? [];
  const out: { text: string; ecq?: number; tq?: string }[] = [];
  const round = options.round ?? 0;
  for (let pass = 0; out.length < options.count; pass++) {
    let added = false;
    for (const ecq of ECQ_SETS[options.set].ecqs) {
      const list = bank[ecq.number] ?? [];
      const text = list[(pass + round) % list.length];
      if (pass < list.length && text && out.length < options.count) {
        out.push({ text, ecq: ecq.number });
        added = true;
      }
    }
    const tq = tqs[pass];
    if (tq && out.length < options.count) {
      out.push({ text: tqQuestion(tq.label, tq.text), tq: tq.label });
      added = true;
    }
    if (!added) break;
  }
  return out;
}

/** The most questions a practice file can hold: every bank question of the set and every TQ. */
export function practiceCapacity(set: EcqSetId, posting: PostingAnalysis | undefined): number {
  return Object.values(QUESTION_BANK[set]).reduce((n, list) => n + list.length, 0) + (posting?.tqs.length ?? 0);
}

/** A practice interview file: front matter, the questions with room for the answers, and the panel section. */
export function practiceInterview(options: PracticeOptions): string {
  const questions = practiceQuestions(options);
  const lines = ['---', 'kind: interview', `ecqSet: ${options.set}`];
  if (options.postingLink) lines.push(`posting: ${options.postingLink}`);
  lines.push('---', '', '# Practice interview', '', '<!-- Typical questions written by ECQ Writer, not OPM\'s. Answer each aloud in two to four minutes, in CCAR: the challenge, the context, your actions, the result with figures. -->', '');
  questions.forEach((q, i) => {
    lines.push(`## Q${i + 1}. ${q.text}`, '', '');
  });
  lines.push('## Questions for the panel', '', '- ', '');
  return lines.join('\n');
}
