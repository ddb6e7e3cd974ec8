import { ServerStatsResult } from '@ecq-writer/protocol';

/** One line per handler for the test log: its longest run by the clock and by its thread's CPU time. */
export function describeServerStats(stats: ServerStatsResult): string {
  const handlers = Object.entries(stats.handlers)
    .sort(([, a], [, b]) => b.wallMs - a.wallMs)
    .map(([name, t]) => `${name} ${t.wallMs.toFixed(1)} ms wall (${t.step})${t.threadCpuMs === undefined ? '' : `, ${t.threadCpuMs.toFixed(1)} ms main-thread CPU`}`);
  return [...handlers, `longest GC pause ${stats.longestGcMs.toFixed(1)} ms (kind ${stats.longestGcKind}); heap ${stats.heapUsedMb} MB; ${stats.analyses} analyses`].join('\n        ');
}
