import * as path from 'node:path';
import { parseDocument } from '../core/parse/document';
import { CalendarDate } from '../core/rules/context';
import { daysUntil, packageSetOf, readRemarks, RemarkReview, RemarksFile, reviewRemarks } from '../core/revision/remarks';
import { OpenFinding, RevisionFinding, RevisionReview, reviewRevision, SectionReview } from '../core/revision/review';
import { readDraft } from '../node/files';
import { loadConfigFor } from '../node/projectConfig';
import { CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, LintArgs, parseArgs, takeOption, UsageError } from './args';
import { exists, fromDisk, fromRevision, Loaded, Version } from '../node/revisionVersions';
import { jsonFinding, printablePath } from './formatters';

/**
 * `ecq diff OLD NEW`: revision review on the command line. OLD and NEW are two files, two
 * folders, or a git revision and a path (`ecq diff HEAD~1 .`); with three arguments, two
 * revisions and a path (`ecq diff v1 v2 drafts/`). An argument that exists on disk is a path;
 * one that does not is tried as a revision of the git repository around the working folder.
 *
 * Every input is read before anything is printed: a revision that does not exist, a folder
 * with no drafts or a file that cannot be read is named on standard error, and the command
 * exits 2 with nothing on standard output.
 */

export function diffCommand(argv: readonly string[], io: CliIo): number {
  const { value: remarks, rest } = takeOption(argv, '--remarks', 'a file');
  return diff(parseArgs(rest, io, ['text', 'json']), io, remarks);
}

interface LoadedRemarks {
  /** As printed. */
  readonly shownPath: string;
  readonly file: RemarksFile;
}

function loadRemarks(file: string, io: CliIo, review: RevisionReview): LoadedRemarks | string {
  const read = readDraft(file);
  if (!read.ok) return `${path.relative(io.cwd, file) || file}: ${read.error}`;
  const document = parseDocument(read.text, { path: file, kind: 'remarks' });
  return { shownPath: path.relative(io.cwd, file) || file, file: readRemarks(document, packageSetOf(review.after)) };
}

export function diff(args: LintArgs, io: CliIo, remarksOption?: string): number {
  const inputs = args.inputs;
  if (inputs.length !== 2 && inputs.length !== 3) throw new UsageError('ecq diff compares two versions: ecq diff OLD NEW (files, folders, or a git revision and a path), or ecq diff REV1 REV2 PATH');
  let loadedOld: Loaded;
  let loadedNew: Loaded;
  let configTarget: string;
  if (inputs.length === 3) {
    const [oldRev, newRev, where] = inputs as [string, string, string];
    loadedOld = fromRevision(oldRev, where, io.cwd);
    loadedNew = fromRevision(newRev, where, io.cwd);
    configTarget = path.resolve(io.cwd, where);
  } else {
    const [oldInput, newInput] = inputs as [string, string];
    loadedNew = fromDisk(newInput, io.cwd);
    // OLD is a path when one exists by that name, else a revision of NEW's path.
    loadedOld = exists(oldInput, io.cwd) ? fromDisk(oldInput, io.cwd) : fromRevision(oldInput, newInput, io.cwd);
    configTarget = path.resolve(io.cwd, newInput);
  }
  const errors = [...(loadedOld.ok ? [] : loadedOld.errors), ...(loadedNew.ok ? [] : loadedNew.errors)];
  if (!loadedOld.ok || !loadedNew.ok) {
    for (const e of errors) io.err(`ecq: ${e}\n`);
    return EXIT_USAGE;
  }
  // Both versions are judged by the same config, the one of the new version's place (the work
  // tree's, for revisions): a change in the review is then a change in the drafts.
  const loadedConfig = loadConfigFor(configTarget, args.config ? path.resolve(io.cwd, args.config) : undefined);
  for (const m of loadedConfig.messages) io.err(`ecq: ${path.relative(io.cwd, m.file) || m.file}: ${m.message}\n`);
  const review = reviewRevision(loadedOld.version.files, loadedNew.version.files, { config: loadedConfig.config, today: args.today, ...(args.kind ? { kind: args.kind } : {}) });
  const remarksPath = remarksOption ? path.resolve(io.cwd, remarksOption) : loadedNew.version.remarksFile;
  let remarks: ShownRemarks | undefined;
  if (remarksPath) {
    const loaded = loadRemarks(remarksPath, io, review);
    if (typeof loaded === 'string') {
      io.err(`ecq: ${loaded}\n`);
      return EXIT_USAGE;
    }
    const reviewed = reviewRemarks(loaded.file, review.after, review);
    for (const problem of loaded.file.problems) io.err(`ecq: ${loaded.shownPath}: ${problem}\n`);
    for (const r of reviewed) if (!r.sectionFound) io.err(`ecq: ${loaded.shownPath}: a remark is about ${r.remark.section.label}, which the new version lacks: "${clip(r.remark.text)}"\n`);
    remarks = { path: loaded.shownPath, file: loaded.file, reviewed, today: args.today };
  }
  const shown = { old: loadedOld.version, new: loadedNew.version, remarks };
  io.out(args.format === 'json' ? formatDiffJson(review, shown) : formatDiffText(review, shown));
  const errorsRemain = review.sections.some((s) => [...s.open, ...s.added].some((f) => f.finding.severity === 'error'));
  return errorsRemain ? EXIT_FINDINGS : EXIT_OK;
}

interface ShownRemarks {
  readonly path: string;
  readonly file: RemarksFile;
  readonly reviewed: readonly RemarkReview[];
  readonly today: CalendarDate;
}

interface Shown {
  readonly old: Version;
  readonly new: Version;
  readonly remarks?: ShownRemarks | undefined;
}

/** How much of a remark a line shows. */
const REMARK_CLIP = 90;

function clip(text: string): string {
  return text.length <= REMARK_CLIP ? text : `${text.slice(0, REMARK_CLIP - 1)}…`;
}

function isoDate(d: CalendarDate | undefined): string | null {
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
}

const STATE_WORDS: Readonly<Record<RemarkReview['state'], string>> = { open: 'open', addressed: 'addressed', check: 'check by hand' };

function remarksJson(shown: Shown): object[] {
  const r = shown.remarks;
  if (!r) return [];
  return r.reviewed.map((x) => ({
    path: r.path,
    line: x.remark.line,
    text: x.remark.text,
    ecq: x.remark.section.ecq?.name ?? null,
    section: x.remark.section.label,
    sectionFound: x.sectionFound,
    rules: x.remark.targets,
    state: x.state,
    reason: x.reason,
    findings: x.openFindings.map((f) => ({ path: shown.new.shownPath.get(f.path) ?? f.path, ruleId: f.ruleId, line: f.line })),
  }));
}

function daysText(days: number): string {
  if (days < 0) return `${-days} ${days === -1 ? 'day' : 'days'} past`;
  return `${days} ${days === 1 ? 'day' : 'days'} left`;
}

function remarksText(r: ShownRemarks): string[] {
  const returned = isoDate(r.file.returned);
  const due = r.file.resubmitBy;
  const dates = [returned ? `returned ${returned}` : '', due ? `resubmit by ${isoDate(due)} (${daysText(daysUntil(r.today, due))})` : ''].filter((x) => x !== '').join(', ');
  const lines = [`Remarks (${r.path}${dates ? `; ${dates}` : ''})`];
  for (const x of r.reviewed) {
    const rules = x.remark.targets.length > 0 ? ` [${x.remark.targets.join(', ')}]` : '';
    lines.push(`  ${STATE_WORDS[x.state].padEnd(13)} ${x.remark.section.label}: "${clip(x.remark.text)}"${rules}: ${x.reason}`);
  }
  return lines;
}

function place(f: RevisionFinding): { line: number; column: number; endLine: number; endColumn: number } {
  const start = f.document.lines.positionAt(f.finding.span.start);
  const end = f.document.lines.positionAt(f.finding.span.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function findingJson(f: RevisionFinding, version: Version): object {
  return { path: version.shownPath.get(f.path) ?? f.path, ...jsonFinding(place(f), f.finding), quote: f.quote };
}

function openJson(f: OpenFinding, shown: Shown): object {
  const was = place(f.before);
  return { ...findingJson(f, shown.new), was: { path: shown.old.shownPath.get(f.before.path) ?? f.before.path, line: was.line, column: was.column } };
}

/** The documented JSON shape of `ecq diff`, version 1: fields may be added, none renamed. */
export function formatDiffJson(review: RevisionReview, shown: Shown): string {
  return (
    JSON.stringify({
      version: 1,
      old: shown.old.label,
      new: shown.new.label,
      sections: review.sections.map((s) => ({
        ecq: s.group.ecq,
        label: s.group.label,
        presence: s.presence,
        fixed: s.fixed.map((f) => findingJson(f, shown.old)),
        new: s.added.map((f) => findingJson(f, shown.new)),
        open: s.open.map((f) => openJson(f, shown)),
        score: { before: s.score?.before ?? null, after: s.score?.after ?? null, parts: s.score?.parts ?? [] },
        length: s.length,
        examples: s.examples,
      })),
      totals: { fixed: review.totals.fixed, new: review.totals.added, open: review.totals.open },
      score: review.score,
      length: review.length,
      remarks: remarksJson(shown),
      ...(shown.remarks ? { remarksFile: { path: shown.remarks.path, returned: isoDate(shown.remarks.file.returned), resubmitBy: isoDate(shown.remarks.file.resubmitBy), daysLeft: shown.remarks.file.resubmitBy ? daysUntil(shown.remarks.today, shown.remarks.file.resubmitBy) : null } } : {}),
    }) + '\n'
  );
}

const numberFormat = new Intl.NumberFormat('en-US');

function arrow(before: number | null, after: number | null): string {
  return `${before ?? '–'} → ${after ?? '–'}`;
}

function sectionText(s: SectionReview, shown: Shown): string[] {
  const lines: string[] = [];
  const presence = s.presence === 'old' ? ' (only in the old version)' : s.presence === 'new' ? ' (only in the new version)' : '';
  lines.push(`${s.group.label}${presence}`);
  if (s.score && (s.score.before !== null || s.score.after !== null)) {
    const parts = s.score.parts.filter((p) => p.before !== p.after).map((p) => `${p.label.toLowerCase()} ${arrow(p.before, p.after)}`);
    lines.push(`  score ${arrow(s.score.before, s.score.after)}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`);
  }
  const { before, after } = s.length;
  lines.push(`  length ${numberFormat.format(before.characters)} → ${numberFormat.format(after.characters)} characters (${before.pages.toFixed(2)} → ${after.pages.toFixed(2)} pages)`);
  for (const e of s.examples) {
    if (e.change === 'unchanged' && e.gained.length === 0 && e.lost.length === 0) continue;
    const ccar = [...e.gained.map((p) => `+${p}`), ...(e.change === 'dropped' ? [] : e.lost.map((p) => `-${p}`))];
    lines.push(`  example ${e.change}: ${e.label}${ccar.length > 0 && e.change !== 'added' ? ` (CCAR ${ccar.join(' ')})` : ''}`);
  }
  const line = (tag: string, f: RevisionFinding, version: Version): string => {
    const p = place(f);
    return `  ${tag} ${printablePath(version.shownPath.get(f.path) ?? f.path)}:${p.line}:${p.column} ${f.finding.severity} ${f.finding.message} [${f.finding.ruleId}]`;
  };
  for (const f of s.fixed) lines.push(line('fixed', f, shown.old));
  for (const f of s.added) lines.push(line('new  ', f, shown.new));
  for (const f of s.open) lines.push(line('open ', f, shown.new));
  return lines;
}

export function formatDiffText(review: RevisionReview, shown: Shown): string {
  const lines = [`Comparing ${shown.old.label} (old) with ${shown.new.label} (new)`, ''];
  for (const s of review.sections) lines.push(...sectionText(s, shown), '');
  if (shown.remarks) lines.push(...remarksText(shown.remarks), '');
  const t = review.totals;
  lines.push(`${t.fixed} fixed, ${t.added} new, ${t.open} still open. Readiness ${arrow(review.score.before, review.score.after)}; ${numberFormat.format(review.length.before.characters)} → ${numberFormat.format(review.length.after.characters)} characters.`);
  return lines.join('\n') + '\n';
}
