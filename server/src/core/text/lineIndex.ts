/** Zero-based line and UTF-16 column, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/**
 * Whether a line ends at `i`: a line feed, or a carriage return on its own (in CR LF, the LF
 * ends the line). markdown-it and the line index read line breaks so.
 */
export function endsLineAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10);
}

/** Room for this many lines at first: a draft of a few pages fits without growing. */
const INITIAL_LINES = 256;

/**
 * Characters scanned per step by `LineIndex.inSteps`: a megabyte of blank lines is a million
 * line starts, 20 to 30 ms to record in one go, and a host steps between pieces (issue 12).
 */
const SCAN_CHARS = 128 * 1024;

/** Collects line starts, a piece of the text at a time. */
class LineStarts {
  private starts = new Int32Array(INITIAL_LINES);
  private count = 1;
  /** Where the scan goes on: past a CR LF that straddled two pieces. */
  private next = 0;

  constructor(private readonly text: string) {}

  /** Records the line starts up to `end` (a CR LF that straddles `end` is read whole). */
  scan(end: number): void {
    const text = this.text;
    let i = this.next;
    // indexOf is vectorised; this runs on every keystroke, so it matters.
    if (!this.hasCr()) {
      for (i = text.indexOf('\n', i); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) this.add(i + 1);
      this.next = end;
      return;
    }
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) {
        this.add(i + 1);
      } else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.add(i + 1);
      }
    }
    this.next = i;
  }

  done(): Int32Array {
    return this.starts.subarray(0, this.count);
  }

  private cr: boolean | undefined;
  private hasCr(): boolean {
    return (this.cr ??= this.text.includes('\r'));
  }

  private add(start: number): void {
    if (this.count === this.starts.length) {
      // A text has at most one line more than it has characters: ten megabytes of blank
      // lines then take 40 MB, not the 64 MB of the next power of two (issue 12).
      const grown = new Int32Array(Math.min(this.count * 2, this.text.length + 1));
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = start;
  }
}

/**
 * Maps offsets to positions and back. Built once per text in O(n); each lookup is a
 * binary search, so converting every finding of a large file stays cheap.
 */
export class LineIndex {
  /**
   * Where each line starts. A typed array, filled as it grows: a million short lines cost
   * 20 to 30 ms this way against more for pushes onto a plain array, and half the memory.
   */
  private readonly lineStarts: Int32Array;

  constructor(
    private readonly text: string,
    lineStarts?: Int32Array,
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = new LineStarts(text);
    starts.scan(text.length);
    this.lineStarts = starts.done();
  }

  /** The same index built a piece of the text per step (core/steps.ts). */
  static *inSteps(text: string, piece = SCAN_CHARS): Generator<void, LineIndex, void> {
    const starts = new LineStarts(text);
    for (let end = Math.min(text.length, piece); ; end = Math.min(text.length, end + piece)) {
      starts.scan(end);
      if (end >= text.length) break;
      yield;
    }
    return new LineIndex(text, starts.done());
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    let end = next;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}
