/** Pure retry decisions: which failures are worth another attempt, and how long to wait first. */

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
const TRANSIENT_ADOBE_CODES: ReadonlySet<string> = new Set(['1102-500', '1103-503', '1104-504']);
/** What the transport answers once the step has ended: a request still retrying has lost its reason. */
export const STEP_ENDED = 'ERR_STEP_ENDED';
/**
 * A name the resolver answered does not exist will not exist a second later; its temporary
 * failure (EAI_AGAIN) may pass.
 */
const PERMANENT_NETWORK_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', STEP_ENDED]);

interface Backoff {
  baseDelayMs: number;
  maxDelayMs: number;
}

const BACKOFF: Backoff = { baseDelayMs: 1_000, maxDelayMs: 20_000 };

export type Failure =
  | { kind: 'status'; status: number; code?: string | undefined; retryAfterMs?: number | undefined }
  | { kind: 'network'; sent: boolean; code?: string };

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: 'not-retryable' | 'attempts' | 'deadline' }
  | {
      retry: false;
      reason: 'wait-past-deadline';
      waitMs: number;
      leftMs: number;
      askedByServer: boolean;
    };

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
  if (failure.kind === 'network') return !PERMANENT_NETWORK_CODES.has(failure.code ?? '');
  return (
    RETRYABLE_STATUSES.has(failure.status) ||
    (failure.code !== undefined && TRANSIENT_ADOBE_CODES.has(failure.code))
  );
}

/**
 * A failure after which the server may have acted on the request, so a write must be reconciled:
 * a request that left, or a server error. A 4xx is a refusal: nothing was written.
 */
export function mayHaveActed(failure: Failure): boolean {
  return failure.kind === 'network' ? failure.sent : failure.status >= 500;
}

/** Capped exponential backoff with full jitter: uniform in [0, min(cap, base·2^(attempt-1))). */
export function backoffDelay(attempt: number, random: () => number, backoff = BACKOFF): number {
  const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

export function decideRetry(input: RetryInput): RetryDecision {
  const { failure, attempt, now, deadline } = input;
  if (!isRetryable(failure)) return { retry: false, reason: 'not-retryable' };
  if (attempt >= input.maxAttempts) return { retry: false, reason: 'attempts' };
  if (now >= deadline) return { retry: false, reason: 'deadline' };
  const asked = failure.kind === 'status' ? failure.retryAfterMs : undefined;
  const delayMs = asked ?? backoffDelay(attempt, input.random, input.backoff);
  if (now + delayMs < deadline) return { retry: true, delayMs };
  const leftMs = deadline - now;
  return {
    retry: false,
    reason: 'wait-past-deadline',
    waitMs: delayMs,
    leftMs,
    askedByServer: asked !== undefined,
  };
}

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
/** RFC 9110's three HTTP-date forms: IMF-fixdate, then the obsolete RFC 850 and asctime ones. */
const HTTP_DATES: ReadonlyArray<[RegExp, (text: string) => string]> = [
  [new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`), (text) => text],
  [new RegExp(`^${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`), (text) => text],
  [new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`), (text) => `${text} GMT`],
];

function parseHttpDate(text: string): number | undefined {
  const form = HTTP_DATES.find(([pattern]) => pattern.test(text));
  const at = form ? Date.parse(form[1](text)) : NaN;
  return Number.isNaN(at) ? undefined : at;
}

/** `Retry-After` as delay-seconds or an HTTP date; undefined when absent or anything else. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  const at = parseHttpDate(trimmed);
  return at === undefined ? undefined : Math.max(0, at - now);
}

/** Waits between state polls: 1 s, 2 s, 4 s, … capped, without jitter (one poller per connection). */
export function pollDelay(poll: number, backoff = BACKOFF): number {
  return Math.min(backoff.maxDelayMs / 2, backoff.baseDelayMs * 2 ** (poll - 1));
}
