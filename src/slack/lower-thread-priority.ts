import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * How much lower than the main thread an answer worker runs (a nice value, 0 to 19). At 10 the kernel's scheduler
 * gives a runnable main thread about ten times a worker's share of a busy core: the main thread only receives
 * requests, acknowledges them and delivers answers, and an acknowledgement must leave within Slack's 3 seconds,
 * while an answer may take longer.
 */
export const ANSWER_WORKER_NICE = 10;

export interface ThreadPriorityOps {
  /** `/proc/thread-self` as a link: `PID/task/TID` on Linux; throws elsewhere. */
  readThreadLink(): string;
  setPriority(id: number, priority: number): void;
}

const SYSTEM: ThreadPriorityOps = {
  readThreadLink: () => readlinkSync('/proc/thread-self'),
  setPriority,
};

/**
 * Lowers the priority of the calling thread only (on Linux a thread's nice value is its own: setpriority on a thread
 * id changes that thread). Elsewhere, or when the system refuses, nothing changes.
 * @returns the thread id whose priority was lowered, or null
 * @example lowerThreadPriority(ANSWER_WORKER_NICE) //=> 27010 (in an answer worker, on Linux)
 */
export function lowerThreadPriority(nice: number, ops: ThreadPriorityOps = SYSTEM): number | null {
  let link: string;
  try {
    link = ops.readThreadLink();
  } catch {
    return null;
  }
  const match = /^\d+\/task\/(\d+)$/.exec(link);
  if (match?.[1] === undefined) return null;
  const tid = Number(match[1]);
  try {
    ops.setPriority(tid, nice);
    return tid;
  } catch {
    return null;
  }
}
