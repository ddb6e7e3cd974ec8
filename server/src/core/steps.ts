/**
 * Work that can be done in steps. The engine's long computations are generators that
 * yield between small units of work (a block, a section, a rule); the language server runs
 * them a few milliseconds at a time so that it keeps answering while a large draft is
 * analysed, and the command line and tests run them to the end at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step and returns the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
