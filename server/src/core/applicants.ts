import { ECQ_SETS } from './domain/ecqSets';
import { DocumentModel } from './parse/document';

/**
 * Whose drafts are one application. A coach's workspace holds several applicants: folders
 * with their own `ecq.config.json`, or drafts side by side that name different applicants.
 * A report, a score or a count that mixed them would grade one applicant on another's
 * evidence, under the other's ECQ set. An application is the drafts under one config
 * folder (a nested folder with its own config is another) that belong to one applicant.
 * (How a project's drafts are checked across files is in project.ts.)
 *
 * The applicant is the front matter's `applicant:`, else the name a resume or a plain-text
 * package opens with ("# JORDAN A. ELLISON", "MARCUS T. BRENNAN"). Drafts that name no
 * applicant belong with the named ones when the folder names only one applicant; when it
 * names several, they form a project of their own rather than be counted under someone.
 */

export interface ProjectDraft {
  readonly path: string;
  readonly document: DocumentModel;
}

export interface Application<T extends ProjectDraft = ProjectDraft> {
  /** The applicant's name as first written, or undefined for drafts that name nobody. */
  readonly applicant: string | undefined;
  readonly drafts: readonly T[];
}

/** Words that open a document but are never part of a person's name. */
const NOT_NAME_WORDS = new Set(
  [
    'ecq', 'ecqs', 'tq', 'tqs', 'mtq', 'executive', 'core', 'qualification', 'qualifications', 'technical', 'resume', 'résumé', 'package', 'draft',
    'narrative', 'narratives', 'statement', 'example', 'story', 'stories', 'bank', 'interview', 'answers', 'challenge', 'context', 'action', 'result',
    'results', 'summary', 'experience', 'education', 'director', 'chief', 'deputy', 'senior', 'service', 'federal', 'department', 'office', 'the', 'of', 'and',
    'for', 'my', 'job', 'posting', 'notes', 'version', 'final', 'revised',
  ].concat(ECQ_SETS['2025'].ecqs.flatMap((e) => e.name.toLowerCase().split(/\W+/)), ECQ_SETS.legacy.ecqs.flatMap((e) => e.name.toLowerCase().split(/\W+/))),
);
/** A name word: "Jordan", "ELLISON", "O'Neil", "Smith-Jones", or an initial "A." */
const NAME_WORD = /^(?:[A-Z][a-zà-ÿ'’-]+|[A-Z][A-Z'’-]+|[A-Z]\.?)$/;
/** Longest first line read as a name: a heading, not a sentence. */
const MAX_NAME_LINE = 60;

/** The applicant a draft names, if any. */
export function applicantOf(document: DocumentModel): string | undefined {
  const declared = document.frontMatter?.values['applicant']?.trim();
  if (declared) return declared;
  if (document.kind !== 'resume' && document.format !== 'plaintext') return undefined;
  const start = document.frontMatter?.span.end ?? 0;
  const head = document.text.slice(start, start + 400);
  const firstLine = head.split(/\r?\n/).find((l) => l.trim() !== '');
  if (!firstLine) return undefined;
  const line = firstLine.replace(/^#{1,6}\s+/, '').replace(/^\*\*(.*)\*\*$/, '$1').trim();
  if (line.length > MAX_NAME_LINE) return undefined;
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 5) return undefined;
  if (!words.every((w) => NAME_WORD.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase().replace(/\.$/, '')))) return undefined;
  // At least two words longer than an initial: a first name and a surname.
  if (words.filter((w) => w.replace(/\.$/, '').length > 1).length < 2) return undefined;
  return line;
}

/** "Jordan A. Ellison", "JORDAN A. ELLISON" and "Jordan Ellison" are one person. */
export function applicantKey(name: string): string {
  const words = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[\s.]+/).filter((w) => w.length > 1);
  return words.length >= 2 ? `${words[0]} ${words[words.length - 1]}` : words.join(' ');
}

/**
 * The drafts of one config folder, grouped by applicant. `drafts` must already be the
 * folder's own: a nested folder with its own config is left out by the caller.
 */
export function projectsOf<T extends ProjectDraft>(drafts: readonly T[]): Application<T>[] {
  const named = new Map<string, { applicant: string; drafts: T[] }>();
  const unnamed: T[] = [];
  for (const draft of drafts) {
    // A job posting is nobody's draft; it is linked to projects by their config.
    if (draft.document.kind === 'posting') continue;
    const applicant = applicantOf(draft.document);
    if (!applicant) {
      unnamed.push(draft);
      continue;
    }
    const key = applicantKey(applicant);
    const group = named.get(key) ?? { applicant, drafts: [] };
    group.drafts.push(draft);
    named.set(key, group);
  }
  const groups = [...named.values()];
  if (groups.length === 0) return unnamed.length > 0 ? [{ applicant: undefined, drafts: unnamed }] : [];
  if (groups.length === 1) return [{ applicant: groups[0]!.applicant, drafts: [...groups[0]!.drafts, ...unnamed].sort(byPath) }];
  const projects: Application<T>[] = groups.map((g) => ({ applicant: g.applicant, drafts: g.drafts }));
  if (unnamed.length > 0) projects.push({ applicant: undefined, drafts: unnamed });
  return projects;
}

function byPath(a: ProjectDraft, b: ProjectDraft): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
