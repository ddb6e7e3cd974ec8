import { ServerStatsRequest } from '@ecq-writer/protocol';
import { HandlerTimings } from '../timing';
import { ServerContext } from './context';

/** How long each handler held the event loop, the longest collector pause, the heap and the analyses made; the tests print them. */
export function registerServerStats(ctx: ServerContext, timings: HandlerTimings): void {
  ctx.connection.onRequest(ServerStatsRequest, () => ({ handlers: structuredClone(timings.handlers), longestGcMs: timings.longestGcMs, longestGcKind: timings.longestGcKind, heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1048576), analyses: ctx.store.analyses }));
}
