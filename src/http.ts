import { apiErrorFrom, type ApiError } from './api-error.js';
import type { Deadline } from './deadline.js';
import type { Log } from './log.js';
import { decideRetry, mayHaveActed, parseRetryAfter, type Failure } from './retry.js';
import type { Clock } from './runtime.js';

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends one request; rejects on network errors and when `timeoutMs` passes. */
export interface Transport {
  send(request: HttpRequest, timeoutMs: number): Promise<HttpResponse>;
}

export interface Call<T> {
  /** How messages name the call, e.g. `POST /connections`. */
  label: string;
  request: HttpRequest;
  parse(response: HttpResponse): T;
  /** Reads a non-2xx answer that settles the call in the service's own words: thrown, never retried. */
  refusal?: (response: HttpResponse) => Error | undefined;
  /** For writes: after a failure that may have reached the server, find out whether it acted. */
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
}

/** No single attempt may take longer than this, however much of the step's time is left. */
const ATTEMPT_TIMEOUT_MS = 60_000;

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

type Attempt<T> = { ok: true; value: T } | { ok: false; failure: Failure; error: Error };

function networkFailure(label: string, error: unknown): Attempt<never> {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    failure: { kind: 'network', sent: !(code && NOT_SENT.has(code)) },
    error: new Error(`${label} failed: ${reason}`),
  };
}

function statusFailure(label: string, response: HttpResponse, now: number): Attempt<never> {
  const error: ApiError = apiErrorFrom(label, response.status, response.headers, response.body);
  const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now);
  return {
    ok: false,
    failure: { kind: 'status', status: response.status, code: error.code, retryAfterMs },
    error,
  };
}

function what(failure: Failure): string {
  return failure.kind === 'network' ? 'network error' : `HTTP ${failure.status}`;
}

/** The one HTTP layer: per-attempt timeouts, retries with backoff and Retry-After, error parsing. */
export function createHttp({ transport, clock, log, deadline, maxAttempts }: HttpOptions): Http {
  async function attempt<T>(call: Call<T>): Promise<Attempt<T>> {
    const remaining = deadline.remainingMs();
    if (remaining <= 0) throw deadline.expired(call.label);
    const { method, url } = call.request;
    log.debug(`${method} ${url}`);
    let response: HttpResponse;
    try {
      response = await transport.send(call.request, Math.min(ATTEMPT_TIMEOUT_MS, remaining));
    } catch (error) {
      log.debug(`${method} ${url} → ${String(error)}`);
      return networkFailure(call.label, error);
    }
    log.debug(`${method} ${url} → ${response.status}`);
    if (response.status >= 200 && response.status < 300) {
      return { ok: true, value: call.parse(response) };
    }
    const refused = call.refusal?.(response);
    if (refused) throw refused;
    return statusFailure(call.label, response, clock.now());
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
