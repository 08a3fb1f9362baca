import type { Log } from '../github/log.js';
import type { Clock } from '../github/runtime.js';
import { seconds, type Deadline } from './deadline.js';
import { pollDelay } from './retry.js';

export interface Waiting {
  clock: Clock;
  deadline: Deadline;
  log: Log;
}

/** The last wait ends this long before the deadline, so the read after it has time to answer. */
const LAST_READ_MS = 1_000;

export interface Poll<T, Done extends T> {
  /** What the step waits for, as the timeout message names it. */
  waitingFor: string;
  done(value: T): value is Done;
  /** One log line while it waits. */
  describe(value: T): string;
  read(): Promise<T>;
}

/**
 * Reads again until the value is done, waiting 1 s, 2 s, 4 s… up to 10 s between reads; the
 * last wait is shortened to fit the deadline, and only past it does the step time out.
 */
export async function pollUntil<T, Done extends T>(
  first: T,
  poll: Poll<T, Done>,
  w: Waiting,
): Promise<Done> {
  let value = first;
  for (let n = 1; !poll.done(value); n++) {
    const delay = Math.min(pollDelay(n), w.deadline.remainingMs() - LAST_READ_MS);
    if (delay <= 0) throw w.deadline.expired(poll.waitingFor);
    w.log.info(`${poll.describe(value)}; checking again in ${seconds(delay)}`);
    await w.clock.sleep(delay);
    value = await poll.read();
  }
  return value;
}
