import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePosting, PostingAnalysis } from '../../server/src/core/posting/posting';
import { stemsOf, termKey } from '../../server/src/core/posting/termTokens';
import { STOPWORDS } from '../../server/src/core/posting/lexicon';

/**
 * Scores the posting reader on real announcements against expectations written before the
 * reader ran on them (test/fixtures/postings/real/<set>/expectations.json): TQ precision and
 * recall, a TQ counting only when its text matches word for word once the label is dropped;
 * the ECQ set, title and agency; how many of a reviewer's key terms reach the top 20; and any
 * boilerplate among the top 20.
 */

export interface RealPostingExpectation {
  readonly title: string;
  readonly agency: string;
  readonly ecqSet: string;
  readonly tqs: readonly { readonly label: string; readonly text: string }[];
  readonly picks?: readonly string[];
  /** TQs the excerpt cuts off mid-text: neither required nor counted false when found as written. */
  readonly truncatedTqs?: readonly { readonly label: string; readonly text: string }[];
  readonly notes?: string;
}

export interface PostingSetScore {
  readonly files: number;
  tqTp: number;
  tqFp: number;
  tqFn: number;
  ecqRight: number;
  titleRight: number;
  titleExpected: number;
  agencyRight: number;
  agencyExpected: number;
  picksFound: number;
  picksTotal: number;
  readonly boilerplate: string[];
  readonly misses: string[];
}

/** Words of the parts every announcement shares; none may be a top term. */
export const BOILERPLATE_TERMS = [
  'equal opportunity', 'reasonable accommodation', 'how to apply', 'benefits', 'resume', 'veterans preference', 'probationary', 'selective service',
  'security clearance', 'usajobs', 'salary', 'closing date', 'executive core qualifications', 'technical qualifications', 'qualifications review board',
  'senior executive service', 'please click', 'document upload', 'supplemental statement', 'reinstatement', 'questionnaire', 'eligib', 'narrative',
  'american republic', 'rule of law', 'efficiency of the federal government', 'separate documents', 'financial disclosure', 'background investigation',
  'drug test', 'candidate development program', 'two-page', '2-page', 'cover letter', 'transcripts', 'sf-50', 'performance appraisal', 'closing',
];

/** Words for comparing TQ texts: case, punctuation and spacing aside. */
export function words(text: string): string {
  return (text.toLowerCase().normalize('NFKC').match(/[a-z0-9]+/g) ?? []).join(' ');
}

/** A pick is found when a top term says it, whole or as part of a longer term, or the pick contains the term. */
export function pickFound(posting: PostingAnalysis, pick: string, top: number): boolean {
  const pickKey = ` ${termKey(stemsOf(pick).filter((st) => !STOPWORDS.has(st)))} `;
  return posting.keyTerms.slice(0, top).some((t) => {
    const keys = [t.key, ...t.variants.map((v) => termKey(v))].map((k) => ` ${k} `);
    return keys.some((k) => k.includes(pickKey) || pickKey.includes(k));
  });
}

export function isBoilerplateTerm(term: string): string | undefined {
  const lower = term.toLowerCase();
  return BOILERPLATE_TERMS.find((b) => lower.includes(b));
}

export function evaluatePostingSet(folder: string): PostingSetScore {
  const file = path.join(folder, 'expectations.json');
  const score: PostingSetScore = { files: 0, tqTp: 0, tqFp: 0, tqFn: 0, ecqRight: 0, titleRight: 0, titleExpected: 0, agencyRight: 0, agencyExpected: 0, picksFound: 0, picksTotal: 0, boilerplate: [], misses: [] };
  if (!fs.existsSync(file)) return score;
  const expectations = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, RealPostingExpectation | string>;
  for (const [name, expected] of Object.entries(expectations)) {
    if (typeof expected === 'string') continue;
    (score as { files: number }).files++;
    const posting = analyzePosting(fs.readFileSync(path.join(folder, name), 'utf8'), { path: name });
    const found = posting.tqs.map((t) => words(t.text));
    const wanted = expected.tqs.map((t) => words(t.text));
    for (const [i, w] of wanted.entries()) {
      if (found.includes(w)) score.tqTp++;
      else {
        score.tqFn++;
        const near = posting.tqs.find((t) => words(t.text).slice(0, 40) === w.slice(0, 40));
        score.misses.push(`${name}: missed ${expected.tqs[i]!.label} "${expected.tqs[i]!.text.slice(0, 70)}"${near ? `\n          found "${near.text}"` : ''}`);
      }
    }
    const cut = (expected.truncatedTqs ?? []).map((t) => words(t.text));
    for (const t of posting.tqs) {
      if (cut.includes(words(t.text))) continue;
      if (!wanted.includes(words(t.text))) {
        score.tqFp++;
        if (!wanted.some((w) => w.slice(0, 40) === words(t.text).slice(0, 40))) score.misses.push(`${name}: false ${t.label} "${t.text.slice(0, 90)}"`);
      }
    }
    if (posting.ecqSet === expected.ecqSet) score.ecqRight++;
    else score.misses.push(`${name}: ECQ set ${posting.ecqSet}, expected ${expected.ecqSet}`);
    if (expected.title) {
      score.titleExpected++;
      if (posting.title?.text === expected.title) score.titleRight++;
      else score.misses.push(`${name}: title "${posting.title?.text}", expected "${expected.title}"`);
    }
    if (expected.agency) {
      score.agencyExpected++;
      if (posting.agency?.text === expected.agency) score.agencyRight++;
      else score.misses.push(`${name}: agency "${posting.agency?.text}", expected "${expected.agency}"`);
    }
    for (const pick of expected.picks ?? []) {
      score.picksTotal++;
      if (pickFound(posting, pick, 20)) score.picksFound++;
      else score.misses.push(`${name}: pick "${pick}" not in the top 20`);
    }
    for (const t of posting.keyTerms.slice(0, 20)) {
      const b = isBoilerplateTerm(t.term);
      if (b) score.boilerplate.push(`${name}: "${t.term}" (${b})`);
    }
  }
  return score;
}
