import { ECQ_SETS, EcqSetId } from '../../domain/ecqSets';
import { documentEvidenceSet } from '../../evidence/competencies';
import { evidenceItems } from '../../evidence/grid';
import { isStale } from './recency';
import { bulletText, readResume, ResumeBullet, ResumeModel, YearMonth } from '../../resume/resume';
import { GERUND_BASE, NON_VERB_START, pastOf, STRONG_FORMS, WEAK_OPENERS } from '../../resume/verbs';
import { CodeRule, firstLineSpan, RuleContext } from '../context';
import { Fix, TextEdit } from '../types';
import { delimiterRuns, keepEmphasis } from '../emphasis';
import { packageTop } from './package';

/**
 * The 2025 two-page resume (ses-domain.md §0 and §2.2): implied first person, bullets
 * that start with an action and carry a figure, nothing older than ten years taking up
 * space, every ECQ shown somewhere, and no more than two pages at the USAJOBS format.
 */

function resumeOf(ctx: RuleContext): ResumeModel {
  return readResume(ctx.doc, ctx.config.page);
}

export function resumeSet(ctx: Pick<RuleContext, 'config' | 'doc' | 'posting'>): EcqSetId {
  return documentEvidenceSet(ctx.doc, ctx.config, ctx.posting);
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A bullet's text and where it starts in the document. */
/**
 * A fix at the start of a bullet, changed so that emphasis stays well formed: replacing
 * "Responsible for** managing" in "**Responsible for** managing" keeps the closing marker
 * ("**Managed** a staff"), as the phrase rules' fixes do (emphasis.ts).
 */
function keepBulletEmphasis(ctx: RuleContext, bullet: ResumeBullet, edit: TextEdit): TextEdit {
  const { span } = bullet.block;
  return keepEmphasis(ctx.doc.text, delimiterRuns(ctx.doc.text, span.start, span.end), edit);
}

function bodyOf(bullet: ResumeBullet): { text: string; start: number } {
  const { text, offset } = bulletText(bullet.block);
  return { text, start: bullet.block.span.start + offset };
}

const FIRST_PERSON = /(?<![\w'’-])(I|me|my|mine|myself|we|our|ours|us)(?![\w'’-])/gi;
/** "Title I", "Phase I", "Part I": the word before a capital I that makes it a numeral. */
const NUMERAL_HEAD = /(?:^|[^\w'’-])(?:title|phase|part|tier|level|stage|section|chapter|class|category|schedule|war|type|group|grade|volume|appendix|annex|option|increment|block|step|article|division)\s+$/i;

/** Is the pronoun match a first-person word as written, not "US", "Me." or a numeral? */
function isFirstPersonWord(text: string, word: string, at: number): boolean {
  if (word === 'US' || word === 'Us' || word === 'ME' || word === 'i') return false;
  // Capitalised inside a sentence, "Mine" and "Our" are names: "Mine Safety and Health
  // Administration", "Our Lady of Lourdes". At the start of a bullet or sentence they are pronouns.
  if (word !== 'I' && /^[A-Z]/.test(word) && at > 0 && !/[.!?:;]\s*$/.test(text.slice(Math.max(0, at - 4), at))) return false;
  if (word.toLowerCase() === 'us' && at > 0 && text[at - 1] === '.') return false;
  if (word === 'I') return !NUMERAL_HEAD.test(text.slice(Math.max(0, at - 16), at));
  return true;
}
/** First-person words this close together, with no stop between, are one phrase: "my direction our team". */
const SAME_PHRASE = 16;
const LEADING_PRONOUN = /^(I|We)\s+(?:also\s+|personally\s+)?(?=[a-z])/;

export const resumeFirstPerson: CodeRule = {
  meta: {
    id: 'resume.first-person',
    title: 'First person in a resume bullet',
    category: 'voice',
    defaultSeverity: 'warning',
    appliesTo: ['resume'],
    summary: 'Finds "I", "my", "we" and "our" in resume bullets.',
    why: 'A federal resume is written in implied first person: each bullet starts with the verb ("Led…", not "I led…"). "I" and "we" waste space and read as a narrative pasted into a resume; "we" also hides what you did.',
    howToFix: 'Start the bullet with the verb: "I stopped a migration…" becomes "Stopped a migration…". Replace "my team" with what the team was: "a team of 35 engineers".',
    exemptions: [
      'Text inside quotation marks.',
      '"US" and "U.S." in capitals (the country), and "I" in a roman numeral or a name such as "Title I, Part A" or "Phase I".',
      'Lines that are not bullets or accomplishment paragraphs (the header, the summary paragraph, a position\'s dates and employer lines).',
      'First-person words close together in one phrase ("Under my direction our team") are reported once.',
    ],
    source: 'ses-domain.md §2.2 (voice: resume in implied first person, starts with the verb, no "I")',
    examples: {
      bad: [
        { kind: 'resume', text: '## Experience\n\n### Director\n06/2020 – Present\n\n- [[I]] stopped a migration that would have moved 4.1 million records abroad.\n', fixed: '## Experience\n\n### Director\n06/2020 – Present\n\n- Stopped a migration that would have moved 4.1 million records abroad.\n', note: 'The fix removes "I" and capitalises the verb.' },
        { kind: 'resume', text: '## Experience\n\n### Director\n06/2020 – Present\n\n- Led [[my]] team of 35 engineers through 3 data center closures.\n' },
        { kind: 'resume', text: '## Experience\n\n### Director\n06/2020 – Present\n\n- [[We]] closed 94 audit recommendations in FY2024.\n', fixed: '## Experience\n\n### Director\n06/2020 – Present\n\n- Closed 94 audit recommendations in FY2024.\n' },
        { kind: 'resume', text: '## Experience\n\n### Director\n06/2020 – Present\n\n- [[My]] team of 40 analysts built the agency\'s first grants dashboard.\n' },
      ],
      good: [
        { kind: 'resume', text: '## Experience\n\n### Director\n06/2020 – Present\n\n- Stopped a migration that would have moved 4.1 million records abroad.\n' },
        { kind: 'resume', text: '## Experience\n\n### Director, Title I Programs\n06/2020 – Present\n\n- Moved 9 US field offices to shared services, cutting costs 12%.\n' },
        { kind: 'resume', text: '## Experience\n\n### Director\n06/2020 – Present\n\n- Administer $18.4 billion a year in Title I, Part A grants to 52 states.\n' },
      ],
    },
  },
  check(ctx) {
    for (const bullet of resumeOf(ctx).bullets) {
      const { text, start } = bodyOf(bullet);
      const leading = LEADING_PRONOUN.exec(text);
      let previousEnd = -1;
      for (const m of text.matchAll(FIRST_PERSON)) {
        const word = m[1]!;
        if (!isFirstPersonWord(text, word, m.index)) continue;
        const offset = start - bullet.block.span.start + m.index;
        if (ctx.inQuote(bullet.block, offset)) continue;
        // "Under my direction our team…": one phrase, one finding.
        const samePhrase = previousEnd >= 0 && m.index - previousEnd <= SAME_PHRASE && !/[.;:!?]/.test(text.slice(previousEnd, m.index));
        previousEnd = m.index + word.length;
        if (samePhrase) continue;
        const span = { start: start + m.index, end: start + m.index + word.length };
        const fixes: Fix[] = [];
        if (leading && m.index === 0) {
          const verbStart = leading[0].length;
          const verb = /^[a-z]+/.exec(text.slice(verbStart))![0];
          fixes.push({
            title: `Start with the verb: "${capitalise(verb)}…"`,
            edits: [keepBulletEmphasis(ctx, bullet, { span: { start, end: start + verbStart + 1 }, newText: capitalise(text.charAt(verbStart)) })],
            preferred: true,
          });
        }
        ctx.report({
          ruleId: 'resume.first-person',
          span,
          message:
            word.toLowerCase() === 'we' || word.toLowerCase() === 'our' || word.toLowerCase() === 'us'
              ? `"${word}" in a resume bullet: resumes use implied first person, and "${word}" also hides what you did. Start with your verb.`
              : `"${word}" in a resume bullet: resumes use implied first person. Start the bullet with the verb.`,
          fixes,
        });
      }
    }
  },
};

export const resumeWeakStart: CodeRule = {
  meta: {
    id: 'resume.weak-start',
    title: 'Resume bullet without a strong opening verb',
    category: 'voice',
    defaultSeverity: 'warning',
    appliesTo: ['resume'],
    summary: 'Finds resume bullets that open with a duty ("Responsible for", "Duties included"), a hedge ("Helped", "Assisted", "Supported", "Worked on") or a word that is not a verb, instead of a strong action verb.',
    why: 'Reviewers skim a two-page resume bullet by bullet. "Responsible for" and "helped" describe a job, not what you did; the board wants to see you lead, decide and deliver.',
    howToFix: 'Start with the action you took: "Responsible for supervising the branch" becomes "Supervised the branch"; "Helped reduce costs" becomes "Reduced costs 12% by…". The quick fix offers stronger verbs in the tense of the position (present for a current job).',
    exemptions: [
      'Bullets in education, certification, award and skills sections.',
      'Bullets that start with "I" or "we" followed by a strong verb, or with "My" or "Our" and a group that acts ("Our team achieved…", "My office completed…"): resume.first-person reports those.',
      'Any verb in the curated list of about 200 action verbs (resume/verbs.ts), in any tense; a word that is neither listed nor a known weak opener is left alone rather than guessed at.',
    ],
    source: 'ses-domain.md §5 (weak phrases: "was responsible for", "helped", "supported", "was tasked to"; strong verbs) and §2.2 (resume starts with the verb)',
    examples: {
      bad: [
        { kind: 'resume', text: '## Experience\n\n### Director\n06/2018 – 06/2022\n\n- [[Responsible for]] supervising the network operations branch of 35 engineers.\n', fixed: '## Experience\n\n### Director\n06/2018 – 06/2022\n\n- Supervised the network operations branch of 35 engineers.\n', note: 'The fix turns it into "Supervised the network operations branch…".' },
        { kind: 'resume', text: '## Experience\n\n### Director\n06/2018 – 06/2022\n\n- [[Helped]] reduce hosting costs by 36% across 41 systems.\n', fixed: '## Experience\n\n### Director\n06/2018 – 06/2022\n\n- Reduced hosting costs by 36% across 41 systems.\n' },
        { kind: 'resume', text: '## Experience\n\n### Director\n06/2018 – 06/2022\n\n- [[Successfully]] migrated 47 applications to commercial cloud.\n', fixed: '## Experience\n\n### Director\n06/2018 – 06/2022\n\n- Migrated 47 applications to commercial cloud.\n' },
      ],
      good: [
        { kind: 'resume', text: '## Experience\n\n### Director\n06/2018 – 06/2022\n\n- Supervised the network operations branch of 35 engineers.\n' },
        { kind: 'resume', text: '## Experience\n\n### Director\n06/2022 – Present\n\n- Direct enterprise hosting for 29 agencies; lead 640 Federal employees.\n' },
        { kind: 'resume', text: '## Education\n\n- Master of Science, Information Systems, George Mason University, 2012\n' },
      ],
    },
  },
  check(ctx) {
    for (const bullet of resumeOf(ctx).bullets) {
      const { text, start } = bodyOf(bullet);
      // "I led…": the verb after the pronoun is what counts; resume.first-person reports the "I".
      const pronoun = LEADING_PRONOUN.exec(text);
      const from = pronoun ? pronoun[0].length : 0;
      const rest = text.slice(from);
      const current = bullet.position?.current ?? false;
      const tense = (base: string): string => capitalise(current ? base : pastOf(base));
      for (const opener of WEAK_OPENERS) {
        const m = opener.pattern.exec(rest);
        if (!m) continue;
        const span = { start: start + from, end: start + from + m[0].length };
        const after = rest.slice(m[0].length);
        const lead = /^\s*/.exec(after)![0].length;
        const next = /^[A-Za-z]+/.exec(after.slice(lead))?.[0] ?? '';
        const nextLower = next.toLowerCase();
        const fixes: Fix[] = [];
        const replaceThrough = (end: number, verb: string, preferred: boolean): Fix => ({
          title: `Start with "${verb}"`,
          edits: [keepBulletEmphasis(ctx, bullet, { span: { start, end }, newText: verb })],
          ...(preferred ? { preferred: true } : {}),
        });
        const nextEnd = span.end + lead + next.length;
        const gerundBase = GERUND_BASE.get(nextLower);
        const verbBase = STRONG_FORMS.get(nextLower);
        if (gerundBase) {
          // "Responsible for supervising the branch" → "Supervised the branch".
          fixes.push(replaceThrough(nextEnd, tense(gerundBase), true));
        } else if (verbBase && /^help|^assist/i.test(m[0])) {
          // "Helped reduce costs" → "Reduced costs".
          fixes.push(replaceThrough(nextEnd, tense(verbBase), true));
        } else if (opener.instead.length === 0 && next !== '') {
          // "Successfully migrated" → "Migrated".
          fixes.push(replaceThrough(nextEnd, capitalise(next), true));
        }
        // The other verbs take the opener's place, and the gerund's when there is one ("Responsible
        // for managing a staff" → "Lead a staff"); after "Helped cut costs" no other verb reads.
        if (!verbBase || gerundBase) {
          for (const base of opener.instead) if (!fixes.some((f) => f.title === `Start with "${tense(base)}"`)) fixes.push(replaceThrough(gerundBase ? nextEnd : span.end, tense(base), false));
        }
        ctx.report({
          ruleId: 'resume.weak-start',
          span,
          message: `This bullet opens with "${m[0].trim()}": ${opener.why}. Start with a strong verb for your own action${current ? ' (present tense for your current job)' : ''}.`,
          fixes,
          data: { opener: m[0].trim() },
        });
        break;
      }
      if (WEAK_OPENERS.some((o) => o.pattern.test(rest))) continue;
      const first = /^[A-Za-z][\w-]*/.exec(rest)?.[0];
      if (first && !STRONG_FORMS.has(first.toLowerCase()) && NON_VERB_START.test(first) && !pronoun && !groupActs(rest)) {
        ctx.report({
          ruleId: 'resume.weak-start',
          span: { start: start + from, end: start + from + first.length },
          message: `This bullet opens with "${first}", not a verb. Start with the action you took: "Led…", "Cut…", "Delivered…".`,
          data: { opener: first },
        });
      }
    }
  },
};

/** Words after "My"/"Our" where the group's verb may stand: "Our [regional grants] team awarded…". */
const GROUP_VERB_REACH = 4;

/**
 * "My office completed 1,460 permits", "Our team achieved…": the group and a strong verb.
 * resume.first-person reports the pronoun, as it does "We led…"; the verb is strong, so the
 * bullet does not open weakly as well (three of five blind annotators; see outside/holdout7).
 */
function groupActs(text: string): boolean {
  const words = text.match(/[A-Za-z][\w'’-]*/g) ?? [];
  if (!/^(?:my|our)$/i.test(words[0] ?? '')) return false;
  // A strong verb of the list, or a verb in the past that opens no weak phrase: "Our team
  // obligated $148 million", not "Our team helped reduce…" or "My duties included…".
  const rest = text.slice(text.search(/\s/) + 1);
  // The group's verb is the first verb after it: "Our team helped reduce…" is weak, whatever follows.
  for (const w of words.slice(2, 2 + GROUP_VERB_REACH)) {
    if (!/^[a-z]/.test(w)) continue;
    if (WEAK_OPENERS.some((o) => o.pattern.test(rest.slice(rest.indexOf(w))))) return false;
    if (STRONG_FORMS.has(w) || /[a-z]ed$/.test(w)) return true;
  }
  return false;
}

/** "Core competencies: budget formulation; audits", or a bullet that names a skill: not an accomplishment. */
const SKILLS_LABEL = /^\s*(?:core\s+|key\s+|technical\s+|professional\s+)?(?:competenc(?:y|ies)|skills?|expertise|areas\s+of\s+expertise|proficienc(?:y|ies)|languages?|tools|software|clearance)\s*:/i;
const WORD = /[A-Za-z][\w'’-]*/g;

function isSkillsLine(text: string): boolean {
  if (SKILLS_LABEL.test(text)) return true;
  // A short noun phrase with no sentence punctuation and no verb first: "Grants Management
  // and Oversight". Accomplishments start with a verb (resume.weak-start reports those that do not).
  const words = text.match(WORD) ?? [];
  if (words.length === 0 || words.length > 8 || /[.;!?]\s*$/.test(text.trim())) return false;
  const first = words[0]!.toLowerCase();
  if (STRONG_FORMS.has(first) || WEAK_OPENERS.some((o) => o.pattern.test(text)) || /ed$/.test(first)) return false;
  return !/\b(?:I|we|my|our)\b/i.test(text);
}

export const resumeUnquantified: CodeRule = {
  meta: {
    id: 'resume.unquantified',
    title: 'Resume bullet without a figure',
    category: 'evidence',
    defaultSeverity: 'info',
    appliesTo: ['resume'],
    summary: 'Finds accomplishment bullets in experience, summary and accomplishment sections that give no number, percentage, dollar amount, count or duration.',
    why: 'Reviewers weigh scope and impact: budget, staff, percentage change, time before and after. A bullet with no figure gives them nothing to weigh, and in two pages every bullet must earn its line.',
    howToFix: 'Add the figure that shows scope or change: "$720 million portfolio", "640 employees", "cut processing time from 47 to 12 days". If there is none, merge the bullet into one that has.',
    exemptions: [
      'Years and dates are not figures ("in 2024"), nor are grades such as GS-15.',
      'Bullets in education, certification, award and skills sections.',
      'Skills and competency lists, wherever they sit: "Core competencies: budget formulation; financial audits", or a short bullet that names a skill ("Grants Management and Oversight") rather than an accomplishment.',
    ],
    source: 'ses-domain.md §5 (numbers reviewers want) and §3 (weak or unquantified results)',
    examples: {
      bad: [{ kind: 'resume', text: '## Experience\n\n### Director\n06/2018 – 06/2022\n\n- [[Resolved a long-running conflict between senior engineers and restored trust in the branch.]]\n' }],
      good: [{ kind: 'resume', text: '## Experience\n\n### Director\n06/2018 – 06/2022\n\n- Cut unplanned downtime 64% in two years by introducing error budgets.\n' }],
    },
  },
  check(ctx) {
    for (const bullet of resumeOf(ctx).bullets) {
      const facts = ctx.facts(bullet.block);
      if (!facts || facts.sentences.length === 0 || facts.sentences.some((s) => s.quantity)) continue;
      const { text, start } = bodyOf(bullet);
      if (isSkillsLine(text)) continue;
      const trimmed = withoutTrailingTag(text).trimEnd();
      ctx.report({
        ruleId: 'resume.unquantified',
        span: { start, end: start + trimmed.length },
        message: 'This bullet has no figure. Add the scope or the change: dollars, people, percentage, time before and after.',
      });
    }
  },
};

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const formatYearMonth = (d: YearMonth): string => (d.month ? `${MONTH_ABBR[d.month - 1]} ${d.year}` : String(d.year));

export const resumeStale: CodeRule = {
  meta: {
    id: 'resume.stale',
    title: 'Old experience that takes up space',
    category: 'recency',
    defaultSeverity: 'info',
    appliesTo: ['resume'],
    summary: 'Finds positions that ended more than 10 years ago (configurable) and still have bullets or several lines.',
    why: 'Reviewers weigh the last ten years, and two pages hold little. A position from 2009 with three bullets takes the lines a recent accomplishment needs.',
    howToFix: 'Shorten the old position to one line (title, employer, dates), or fold it into an "Earlier experience" line. The quick fix removes its bullets.',
    exemptions: [
      'Positions without bullets that take at most two lines: title, employer and dates are fine to keep.',
      'Current positions and positions whose end date is within the limit, even if they started long ago.',
    ],
    source: 'ses-domain.md §2.2 (recency: nothing older than 10 years) and §0 (two-page resume)',
    examples: {
      bad: [
        {
          kind: 'resume',
          text: '## Experience\n\n### [[Senior Manager, Infrastructure Services]]\nMeridian Health Partners, Richmond, VA\n05/2009 – 08/2014\n\n- Managed data center operations for a 14-hospital health system.\n- Consolidated 3 data centers into 1.\n',
          note: 'With today in November 2026, August 2014 is more than ten years ago.',
        },
      ],
      good: [
        { kind: 'resume', text: '## Experience\n\n### Chief, Network Operations Branch\n08/2014 – 03/2018\n\n- Led 35 network engineers supporting 250 offices.\n' },
        { kind: 'resume', text: '## Experience\n\n### Officer, U.S. Army Signal Corps\n06/2003 – 05/2009\n' },
      ],
    },
  },
  check(ctx) {
    const years = ctx.config.recencyYears;
    for (const position of resumeOf(ctx).positions) {
      if (position.current || !position.end) continue;
      const end = { year: position.end.year, month: position.end.month };
      if (!isStale(end, ctx.today, years)) continue;
      const lines = position.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'listItem').reduce((n, b) => n + b.prose.split('\n').filter((l) => l.trim() !== '').length, 0);
      if (position.bullets.length === 0 && lines <= 2) continue;
      const ago = ctx.today.year - position.end.year - (position.end.month && position.end.month > ctx.today.month ? 1 : 0);
      const fixes: Fix[] = [];
      if (position.bullets.length > 0) {
        const first = position.bullets[0]!;
        const last = position.bullets[position.bullets.length - 1]!;
        const from = ctx.doc.lines.positionAt(first.span.start).line;
        const to = ctx.doc.lines.positionAt(last.span.end).line;
        fixes.push({
          title: `Remove this position's ${position.bullets.length} bullet${position.bullets.length === 1 ? '' : 's'}`,
          edits: [{ span: { start: ctx.doc.lines.lineStart(from), end: to + 1 < ctx.doc.lines.lineCount ? ctx.doc.lines.lineStart(to + 1) : ctx.doc.text.length }, newText: '' }],
        });
      }
      ctx.report({
        ruleId: 'resume.stale',
        span: firstLineSpan(ctx.doc, position.heading),
        message: `This position ended in ${formatYearMonth(position.end)}, ${ago} years ago, and takes ${position.bullets.length > 0 ? `${position.bullets.length} bullet${position.bullets.length === 1 ? '' : 's'}` : `${lines} lines`}. Reviewers weigh the last ${years} years: cut it to one line (title, employer, dates).`,
        fixes,
        data: { endYear: position.end.year },
      });
    }
  },
};

export const resumeOverLength: CodeRule = {
  meta: {
    id: 'resume.over-length',
    title: 'Resume over two pages',
    category: 'length',
    defaultSeverity: 'error',
    appliesTo: ['resume'],
    summary: 'Estimates the resume\'s pages in the USAJOBS format and finds a resume longer than 2 pages (configurable).',
    why: 'Since 2025 an SES application is a resume of at most two pages. USAJOBS blocks longer resumes, and pages past two are not read.',
    howToFix: 'Cut from the text after the point the finding marks: old positions, duties without figures, and bullets that repeat another\'s evidence. The status bar shows the estimate as you type.',
    exemptions: [
      'The estimate models the USAJOBS format: US Letter, 0.5-inch margins, 10-point Arial (or Liberation Sans) at line height 1.15, 2 points after each paragraph and bullet, bold headings of 16, 14 and 12 points with 6 points above and 2 below, bullets indented 0.25 inch. If you format differently, set "page" in ecq.config.json (see the README).',
      'Front matter and HTML comments are not printed and not counted.',
    ],
    source: 'ses-domain.md §0 (resume-only applications capped at 2 pages) and §2.2 (0.5-inch margins, 10-point body, 14-point headings, sans-serif)',
    examples: {
      bad: [
        {
          kind: 'resume',
          text: `# Jordan Ellison\n\n## Experience\n\n${Array.from({ length: 60 }, (_, i) => (i === 55 ? `- [[Led team ${i} through a migration of 40 systems to commercial cloud, closing 2 data centers and cutting hosting costs by 12 percent.]]` : `- Led team ${i} through a migration of 40 systems to commercial cloud, closing 2 data centers and cutting hosting costs by 12 percent.`)).join('\n')}\n`,
          note: 'Sixty two-line bullets take about 2.15 pages; the finding marks the bullet where page 3 begins.',
        },
      ],
      good: [{ kind: 'resume', text: `# Jordan Ellison\n\n## Experience\n\n${Array.from({ length: 40 }, (_, i) => `- Led team ${i} through a migration of 40 systems to commercial cloud, closing 2 data centers and cutting hosting costs by 12 percent.`).join('\n')}\n` }],
    },
  },
  check(ctx) {
    const limit = ctx.config.limits.resumePages;
    const { estimate } = resumeOf(ctx);
    if (estimate.pages <= limit) return;
    const overflowAt = estimate.pageStarts[limit - 1];
    const block = overflowAt === undefined ? undefined : ctx.doc.blocks.find((b) => b.span.start === overflowAt);
    ctx.report({
      ruleId: 'resume.over-length',
      span: block ? firstLineSpan(ctx.doc, block) : packageTop(ctx.doc),
      message: `This resume is about ${estimate.pages.toFixed(2)} pages in the USAJOBS format; the limit is ${limit}. ${block ? `From here on the text falls on page ${limit + 1}, which is not read.` : ''} Cut about ${(estimate.pages - limit).toFixed(2)} pages.`.replace('  ', ' '),
      data: { pages: estimate.pages },
    });
  },
};

export const resumeEcqUncovered: CodeRule = {
  meta: {
    id: 'resume.ecq-uncovered',
    title: 'ECQ with no evidence in the resume',
    category: 'structure',
    defaultSeverity: 'warning',
    appliesTo: ['resume'],
    summary: 'Finds an ECQ of the set for which no bullet or summary paragraph of the resume gives evidence, by tag or by the competency cues.',
    why: 'Since 2025 the resume must carry the ECQ evidence: agencies may not ask for separate ECQ narratives. An ECQ with nothing behind it is a gap the board sees at once.',
    howToFix: 'Add an accomplishment that shows the ECQ\'s competencies, with a figure, or tag the bullet that shows it: "[Driving Efficiency]". The Competencies view lists what each bullet shows.',
    exemptions: [
      'The set is the configured one, else the one the resume\'s tags or front matter name, else the linked posting\'s, else the 2025 set in force since October 2025.',
      'An ECQ counts as shown by a tag naming it or one of its competencies, or by two different cue words of its competencies in one bullet (docs/competencies.md).',
    ],
    source: 'ses-domain.md §0 (ECQ and TQ evidence must fit inside a 2-page resume) and §1 (the ECQs and their competencies)',
    examples: {
      bad: [
        {
          kind: 'resume',
          text: '# [[Jordan Ellison]]\n\n## Experience\n\n### Director\n06/2020 – Present\n\n- Cut cloud spending from $148 million to $121 million by consolidating 14 contracts. [Driving Efficiency]\n- Retrained 96 of 120 staff through a 12-month academy. [Leading People]\n- Restored the national case system in 19 hours after a storage failure. [Merit and Competence]\n- Closed 11 data centers on schedule, cutting costs $31 million a year. [Achieving Results]\n',
          note: 'Four of the five 2025 ECQs are tagged; Commitment to the Rule of Law has no evidence.',
        },
      ],
      good: [
        {
          kind: 'resume',
          text: '# Jordan Ellison\n\n## Experience\n\n### Director\n06/2020 – Present\n\n- Cut cloud spending from $148 million to $121 million by consolidating 14 contracts. [Driving Efficiency]\n- Retrained 96 of 120 staff through a 12-month academy. [Leading People]\n- Restored the national case system in 19 hours after a storage failure. [Merit and Competence]\n- Closed 11 data centers on schedule, cutting costs $31 million a year. [Achieving Results]\n- Stopped a migration that violated the Privacy Act and set the contract clause now used in 46 migrations. [Rule of Law]\n',
        },
      ],
    },
  },
  check(ctx) {
    const set = resumeSet(ctx);
    const items = evidenceItems(ctx.doc, set, ctx.config);
    for (const ecq of ECQ_SETS[set].ecqs) {
      if (items.some((i) => i.ecqs.includes(ecq))) continue;
      const names = ecq.competencies.map((c) => c.name);
      ctx.report({
        ruleId: 'resume.ecq-uncovered',
        span: packageTop(ctx.doc),
        message: `No bullet shows ECQ ${ecq.number}, ${ecq.name}. Add an accomplishment with a figure that shows ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}, or tag the bullet that does: [${ecq.aliases[0] ?? ecq.name}].`,
        data: { ecq: ecq.id },
      });
    }
  },
};

export const resumeRules: readonly CodeRule[] = [resumeFirstPerson, resumeWeakStart, resumeUnquantified, resumeStale, resumeOverLength, resumeEcqUncovered];

/**
 * The text without a closing competency tag ("… [Driving Efficiency]"): what
 * text.replace(/\s*\[[^\]]*\]\s*$/, '') removes, in linear time. That pattern tried a match
 * from every blank and every "[" of the text, each scanning on to the end (quadratic on a run
 * of "[" or of spaces).
 */
export function withoutTrailingTag(text: string): string {
  const end = text.trimEnd();
  if (!end.endsWith(']')) return text;
  // The tag holds no "]", so it opens at the first "[" after the last "]" before its end.
  const lastClose = end.lastIndexOf(']', end.length - 2);
  const open = end.indexOf('[', lastClose + 1);
  if (open < 0 || open > end.length - 2) return text;
  return end.slice(0, open).trimEnd();
}
