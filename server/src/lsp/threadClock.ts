import * as fs from 'node:fs';

/**
 * The CPU time of the server's main thread, the thread every handler runs on, in
 * milliseconds. A handler's wall-clock time also counts the moments in which the operating
 * system ran other programs; on a busy machine with two cores (the editor, the browser and
 * the server at once) that can be most of it. The CPU time of this one thread is what the
 * handler itself cost. Process-wide CPU time would not do: it adds the garbage collector's
 * and the compiler's helper threads.
 *
 * Linux keeps the figure in /proc/<pid>/task/<tid>/sched (`se.sum_exec_runtime`, in ms
 * with fractions, brought up to date at the scheduler's tick, so a reading can be a few ms
 * behind); the main thread's id is the process id. Elsewhere the clock is unavailable and
 * callers report wall time alone.
 */
export interface ThreadClock {
  now(): number;
}

const FIELD = /se\.sum_exec_runtime\s*:\s*([\d.]+)/;

export function mainThreadClock(): ThreadClock | undefined {
  if (process.platform !== 'linux') return undefined;
  let fd: number;
  try {
    fd = fs.openSync(`/proc/${process.pid}/task/${process.pid}/sched`, 'r');
  } catch {
    return undefined;
  }
  const buffer = Buffer.alloc(8192);
  const read = (): number | undefined => {
    const length = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const match = FIELD.exec(buffer.toString('latin1', 0, length));
    return match ? Number(match[1]) : undefined;
  };
  try {
    if (read() === undefined) {
      fs.closeSync(fd);
      return undefined;
    }
  } catch {
    fs.closeSync(fd);
    return undefined;
  }
  return { now: () => read() ?? Number.NaN };
}
