import { calendarDate, parseCalendarDate } from '../core/analyze';
import { DOCUMENT_KINDS, DocumentKind, isDocumentKind } from '../core/parse/kind';
import { CalendarDate } from '../core/rules/context';
import { OUTPUT_FORMATS, OutputFormat } from './formatters';

/** The command line's plumbing: its input and output, exit codes and options. */

/** Exit codes, as documented in the README. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  readonly now: () => Date;
}

export interface LintArgs {
  format: OutputFormat;
  today: CalendarDate;
  kind: DocumentKind | undefined;
  config: string | undefined;
  posting: string | undefined;
  /** `ecq report`: the file to write, and whether it may be replaced. */
  out: string | undefined;
  force: boolean;
  inputs: string[];
}

export class UsageError extends Error {}

/**
 * Takes one option with a value (`--out FOLDER`, `--out=FOLDER`) of a command's own out of its
 * arguments, before the common ones are parsed; the rest keeps its order, and "--" ends it.
 */
export function takeOption(argv: readonly string[], option: string, what: string): { value: string | undefined; rest: string[] } {
  let value: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === option || arg.startsWith(`${option}=`)) {
      const v = arg === option ? argv[++i] : arg.slice(option.length + 1);
      if (!v) throw new UsageError(`${option} needs ${what}`);
      value = v;
    } else rest.push(arg);
  }
  return { value, rest };
}

/** An argument read as an option: `--name` or `--name=value`. */
export interface OptionArg {
  readonly name: string;
  /** The value after "=", if the option was written that way. */
  readonly inline: string | undefined;
}

export function optionOf(arg: string): OptionArg {
  const eq = arg.indexOf('=');
  const named = arg.startsWith('--') && eq > 0;
  return { name: named ? arg.slice(0, eq) : arg, inline: named ? arg.slice(eq + 1) : undefined };
}

/**
 * An option's value: after "=", or the next argument, past which `at.i` then moves.
 * "--out=" would otherwise mean "no file", and a report would go to standard output unasked.
 */
export function optionValue(args: readonly string[], at: { i: number }, option: OptionArg): string {
  if (option.inline !== undefined) {
    if (option.inline === '') throw new UsageError(`${option.name} needs a value after "="`);
    return option.inline;
  }
  const next = args[++at.i];
  if (next === undefined) throw new UsageError(`${option.name} needs a value`);
  return next;
}

export function parseArgs(args: readonly string[], io: CliIo, formats: readonly OutputFormat[] = OUTPUT_FORMATS, defaultFormat: OutputFormat = 'text'): LintArgs {
  const parsed: LintArgs = { format: defaultFormat, today: calendarDate(io.now()), kind: undefined, config: undefined, posting: undefined, out: undefined, force: false, inputs: [] };
  for (const at = { i: 0 }; at.i < args.length; at.i++) {
    const arg = args[at.i]!;
    // "--" ends the options: what follows is files, even "-draft.ecq.md".
    if (arg === '--') {
      parsed.inputs.push(...args.slice(at.i + 1));
      break;
    }
    const option = optionOf(arg);
    const { name, inline } = option;
    const value = (): string => optionValue(args, at, option);
    switch (name) {
      case '--format': {
        const v = value();
        if (!(formats as readonly string[]).includes(v)) throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${v}"`);
        parsed.format = v as OutputFormat;
        break;
      }
      case '--today': {
        const v = value();
        const date = parseCalendarDate(v);
        if (!date) throw new UsageError(`--today must be a real date as YYYY-MM-DD, not "${v}"`);
        parsed.today = date;
        break;
      }
      case '--kind': {
        const v = value();
        if (!isDocumentKind(v)) throw new UsageError(`--kind must be one of ${DOCUMENT_KINDS.join(', ')}, not "${v}"`);
        parsed.kind = v;
        break;
      }
      case '--config':
        parsed.config = value();
        break;
      case '--posting':
        parsed.posting = value();
        break;
      case '--out':
        if (!formats.includes('html')) throw new UsageError('--out is an option of ecq report');
        parsed.out = value();
        break;
      case '--force':
        if (!formats.includes('html')) throw new UsageError('--force is an option of ecq report');
        if (inline !== undefined) throw new UsageError('--force takes no value');
        parsed.force = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        parsed.inputs.push(arg);
    }
  }
  return parsed;
}

