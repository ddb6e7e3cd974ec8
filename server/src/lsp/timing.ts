import { performance, PerformanceObserver } from 'node:perf_hooks';
import { mainThreadClock } from './threadClock';

/** The longest synchronous run of one handler, and the step it was in. */
export interface HandlerTiming {
  wallMs: number;
  step: string;
  threadCpuMs?: number;
}

/**
 * How long each handler holds the event loop, which is what typing waits on: the longest
 * run per handler by the wall clock and by the main thread's CPU time (`threadClock.ts`),
 * and the longest garbage-collection pause, to tell a slow step from a collector pause.
 * The `ecq/serverStats` request reports them; the tests print them.
 */
export class HandlerTimings {
  readonly handlers: Record<string, HandlerTiming> = {};
  longestGcMs = 0;
  longestGcKind = 0;
  private readonly threadClock = mainThreadClock();
  private readonly gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration > this.longestGcMs) {
        this.longestGcMs = entry.duration;
        this.longestGcKind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0;
      }
    }
  });

  constructor() {
    this.gcObserver.observe({ entryTypes: ['gc'] });
  }

  /** Runs synchronous work and records the longest run per handler, and which step it was. */
  busy<T>(name: string, fn: () => T, step = 'analysis'): T {
    const start = performance.now();
    const cpuStart = this.threadClock?.now();
    try {
      return fn();
    } finally {
      const wallMs = performance.now() - start;
      const threadCpuMs = cpuStart === undefined ? undefined : this.threadClock!.now() - cpuStart;
      const timing = (this.handlers[name] ??= { wallMs: 0, step });
      if (wallMs > timing.wallMs) {
        timing.wallMs = wallMs;
        timing.step = step;
      }
      if (threadCpuMs !== undefined && threadCpuMs > (timing.threadCpuMs ?? 0)) timing.threadCpuMs = threadCpuMs;
    }
  }

  dispose(): void {
    this.gcObserver.disconnect();
  }
}
