/**
 * A typed array reused from one block to the next for scratch work that no result keeps.
 * Making a fresh small typed array per block was a measured cost: about 4% of a cold
 * analysis, three arrays for each of ten thousand blocks.
 */
export class Scratch<T extends Int32Array | Uint8Array> {
  private buffer: T;

  constructor(private readonly make: (length: number) => T) {
    this.buffer = make(256);
  }

  /** An array whose first `length` entries are zero; entries beyond are stale. */
  zeroed(length: number): T {
    if (length > this.buffer.length) this.buffer = this.make(Math.max(length, this.buffer.length * 2));
    else this.buffer.fill(0, 0, length);
    return this.buffer;
  }
}
