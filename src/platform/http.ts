import { apiErrorFrom, type ApiError } from './api-error.js';
import { seconds, type Deadline } from './deadline.js';
import { clip, type Log } from '../github/log.js';
import type { Redactor } from '../github/redact.js';
import {
  decideRetry,
  mayHaveActed,
  parseRetryAfter,
  type Failure,
  type RetryDecision,
} from './retry.js';
import type { Clock, HttpRequest, HttpResponse, Transport } from '../github/runtime.js';

export interface Call<T> {
  /** How messages name the call, e.g. `POST /connections`. */
  label: string;
  request: HttpRequest;
  /** The input the request's base URL came from: what to check when its host cannot be reached. */
  baseUrlInput: string;
  parse(response: HttpResponse): T;
  /** Reads a non-2xx answer that settles the call in the service's own words: thrown, never retried. */
  refusal?: (response: HttpResponse) => Error | undefined;
  /**
   * For writes: after a failure that may have reached the server, or a success that cannot be
   * read, find out whether it acted.
   */
  reconcile?: () => Promise<T | undefined>;
}

export interface Http {
  request<T>(call: Call<T>): Promise<T>;
}

export interface HttpOptions {
  transport: Transport;
  clock: Clock;
  log: Log;
  deadline: Deadline;
  maxAttempts: number;
  redactor: Redactor;
}

/** Debug lines show this much of a URL: a server's next-page link can be of any length. */
const MAX_SHOWN_URL = 300;

/** No single attempt may take longer than this, however much of the step's time is left. */
const ATTEMPT_TIMEOUT_MS = 60_000;

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** A write answered 2xx unreadably, and looking again did not show that it took effect. */
export class UnconfirmedWriteError extends Error {
  override name = 'UnconfirmedWriteError';
}

type Attempt<T> = { ok: true; value: T } | { ok: false; failure: Failure; error: Error };

const hostPort = (url: URL) =>
  `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;

/** The network failures a wrong base URL causes, said with the host and the input to check. */
const UNREACHABLE: Record<string, (url: URL, input: string) => string> = {
  ENOTFOUND: (url, input) => `the host ${url.hostname} was not found (ENOTFOUND): check ${input}`,
  EAI_AGAIN: (url, input) =>
    `the host ${url.hostname} could not be looked up (EAI_AGAIN, a temporary DNS failure): check ${input} and the runner's network`,
  ECONNREFUSED: (url, input) =>
    `${hostPort(url)} refused the connection (ECONNREFUSED): check ${input}`,
};

function networkFailure<T>(call: Call<T>, error: unknown): Attempt<never> {
  const code = (error as NodeJS.ErrnoException).code;
  const unreachable = code ? UNREACHABLE[code] : undefined;
  const reason =
    unreachable?.(new URL(call.request.url), call.baseUrlInput) ??
    (error instanceof Error ? error.message : String(error));
  return {
    ok: false,
    failure: { kind: 'network', sent: !(code && NOT_SENT.has(code)), ...(code ? { code } : {}) },
    error: new Error(`${call.label} failed: ${reason}`),
  };
}

function statusFailure(
  label: string,
  response: HttpResponse,
  now: number,
  redactor: Redactor,
): Attempt<never> {
  const { status, headers, body } = response;
  const error: ApiError = apiErrorFrom(label, status, headers, body, (t) => redactor.scrub(t));
  const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now);
  return {
    ok: false,
    failure: { kind: 'status', status: response.status, code: error.code, retryAfterMs },
    error,
  };
}

function waitPastDeadline(
  label: string,
  next: string,
  decision: Extract<RetryDecision, { reason: 'wait-past-deadline' }>,
  error: Error,
): Error {
  const { waitMs, leftMs } = decision;
  const wait = decision.askedByServer
    ? `the server asked to wait ${seconds(waitMs)} before another attempt (Retry-After); timeout-seconds leaves ${seconds(leftMs)}`
    : `${next} would start in ${seconds(waitMs)}, after timeout-seconds runs out (${seconds(leftMs)} left)`;
  return new Error(`${label}: ${wait}. Last answer: ${error.message}`, { cause: error });
}

function what(failure: Failure): string {
  return failure.kind === 'network' ? 'network error' : `HTTP ${failure.status}`;
}

/** The one HTTP layer: per-attempt timeouts, retries with backoff and Retry-After, error parsing. */
export function createHttp(options: HttpOptions): Http {
  const { transport, clock, log, deadline, maxAttempts, redactor } = options;
  async function attempt<T>(call: Call<T>): Promise<Attempt<T>> {
    const remaining = deadline.remainingMs();
    if (remaining <= 0) throw deadline.expired(call.label);
    const { method, url } = call.request;
    const shownUrl = clip(url, MAX_SHOWN_URL);
    log.debug(`${method} ${shownUrl}`);
    let response: HttpResponse;
    try {
      response = await transport.send(call.request, Math.min(ATTEMPT_TIMEOUT_MS, remaining));
    } catch (error) {
      log.debug(`${method} ${shownUrl} → ${String(error)}`);
      return networkFailure(call, error);
    }
    log.debug(`${method} ${shownUrl} → ${response.status}`);
    if (response.status >= 200 && response.status < 300) {
      return { ok: true, value: await readSuccess(call, response) };
    }
    const refused = call.refusal?.(response);
    if (refused) throw refused;
    return statusFailure(call.label, response, clock.now(), redactor);
  }

  /** A write's success that cannot be read is a lost answer: the server acted, so look, never re-send. */
  async function readSuccess<T>(call: Call<T>, response: HttpResponse): Promise<T> {
    try {
      return call.parse(response);
    } catch (error) {
      if (!call.reconcile) throw error;
      return lookAgain(call.reconcile, error);
    }
  }

  /** The last word on a write that may have acted: what the server shows now, or why we cannot know. */
  async function lookAgain<T>(reconcile: () => Promise<T | undefined>, cause: unknown): Promise<T> {
    const problem = cause instanceof Error ? cause.message : String(cause);
    log.info(`${problem}; looking again whether the write took effect`);
    let settled: T | undefined;
    try {
      settled = await reconcile();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new UnconfirmedWriteError(
        `${problem}. The write may have taken effect, and looking again failed (${why})`,
        { cause },
      );
    }
    if (settled !== undefined) return settled;
    throw new UnconfirmedWriteError(
      `${problem}. The write may have taken effect, but looking again did not show it`,
      { cause },
    );
  }

  async function request<T>(call: Call<T>): Promise<T> {
    for (let n = 1; ; n++) {
      const result = await attempt(call);
      if (result.ok) return result.value;
      const decision = decideRetry({
        failure: result.failure,
        attempt: n,
        maxAttempts,
        now: clock.now(),
        deadline: deadline.at,
        random: clock.random,
      });
      if (!decision.retry) {
        if (decision.reason === 'deadline') {
          throw deadline.expired(
            `${call.label} (attempt ${n}/${maxAttempts}: ${result.error.message})`,
          );
        }
        if (decision.reason === 'wait-past-deadline') {
          const next = `attempt ${n + 1}/${maxAttempts}`;
          throw waitPastDeadline(call.label, next, decision, result.error);
        }
        if (call.reconcile && mayHaveActed(result.failure)) {
          return lookAgain(call.reconcile, result.error);
        }
        throw result.error;
      }
      const wait = (decision.delayMs / 1_000).toFixed(1);
      log.info(
        `${call.label}: ${what(result.failure)}, attempt ${n}/${maxAttempts}; retrying in ${wait} s`,
      );
      await clock.sleep(decision.delayMs);
      if (call.reconcile && mayHaveActed(result.failure)) {
        const settled = await call.reconcile();
        if (settled !== undefined) return settled;
      }
    }
  }

  return { request };
}
