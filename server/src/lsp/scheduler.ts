import { performance } from 'node:perf_hooks';
import { Steps } from '../core/steps';
import { HandlerTimings } from './timing';

/** Work is cut into slices of about this long, so the server answers other requests in between. */
export const SLICE_MS = 8;

/** Resolves on the event loop's next turn, after the messages waiting now are served. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs the engine's steps (see core/steps.ts) a slice at a time, letting the event loop
 * serve other messages between slices. Undefined when `stale` says, between two slices,
 * that the result is no longer wanted. Each slice is timed under `handler`.
 */
export function runSliced<T>(timings: HandlerTimings, handler: string, steps: Steps<T>): Promise<{ value: T }>;
export function runSliced<T>(timings: HandlerTimings, handler: string, steps: Steps<T>, stale: () => boolean): Promise<{ value: T } | undefined>;
export async function runSliced<T>(timings: HandlerTimings, handler: string, steps: Steps<T>, stale: () => boolean = () => false): Promise<{ value: T } | undefined> {
  for (;;) {
    const finished = timings.busy(
      handler,
      () => {
        const start = performance.now();
        for (;;) {
          const next = steps.next();
          if (next.done) return next;
          if (performance.now() - start >= SLICE_MS) return undefined;
        }
      },
      'analysis slice',
    );
    if (finished) return { value: finished.value };
    await nextTurn();
    if (stale()) return undefined;
  }
}
