/** Pure retry decisions: which failures are worth another attempt, and how long to wait first. */

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
const TRANSIENT_ADOBE_CODES: ReadonlySet<string> = new Set(['1102-500', '1103-503', '1104-504']);

export interface Backoff {
  baseDelayMs: number;
  maxDelayMs: number;
}

export const BACKOFF: Backoff = { baseDelayMs: 1_000, maxDelayMs: 20_000 };

export type Failure =
  | { kind: 'status'; status: number; code?: string; retryAfterMs?: number }
  | { kind: 'network'; sent: boolean };

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: 'not-retryable' | 'attempts' | 'deadline' };

export interface RetryInput {
  failure: Failure;
  attempt: number;
  maxAttempts: number;
  now: number;
  deadline: number;
  random: () => number;
  backoff?: Backoff;
}

export function isRetryable(failure: Failure): boolean {
  if (failure.kind === 'network') return true;
  return (
    RETRYABLE_STATUSES.has(failure.status) ||
    (failure.code !== undefined && TRANSIENT_ADOBE_CODES.has(failure.code))
  );
}

/** A failure after which the server may have acted on the request (so a write must be reconciled). */
export function mayHaveActed(failure: Failure): boolean {
  return failure.kind === 'network' ? failure.sent : failure.status !== 429;
}

/** Capped exponential backoff with full jitter: uniform in [0, min(cap, base·2^(attempt-1))). */
export function backoffDelay(attempt: number, random: () => number, backoff = BACKOFF): number {
  const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

export function decideRetry(input: RetryInput): RetryDecision {
  const { failure, attempt } = input;
  if (!isRetryable(failure)) return { retry: false, reason: 'not-retryable' };
  if (attempt >= input.maxAttempts) return { retry: false, reason: 'attempts' };
  const retryAfter = failure.kind === 'status' ? failure.retryAfterMs : undefined;
  const delayMs = retryAfter ?? backoffDelay(attempt, input.random, input.backoff);
  if (input.now + delayMs >= input.deadline) return { retry: false, reason: 'deadline' };
  return { retry: true, delayMs };
}

/** `Retry-After` as delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Waits between state polls: 1 s, 2 s, 4 s, … capped, without jitter (one poller per connection). */
export function pollDelay(poll: number, backoff = BACKOFF): number {
  return Math.min(backoff.maxDelayMs / 2, backoff.baseDelayMs * 2 ** (poll - 1));
}
