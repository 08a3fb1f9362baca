import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  decideRetry,
  isRetryable,
  parseRetryAfter,
  type Failure,
} from '../../src/retry.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const RETRYABLE = [429, 500, 502, 503, 504];

const failureArb: fc.Arbitrary<Failure> = fc.oneof(
  fc.record({
    kind: fc.constant('status' as const),
    status: fc.integer({ min: 300, max: 599 }),
    retryAfterMs: fc.option(fc.integer({ min: 0, max: 600_000 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('network' as const), sent: fc.boolean() }),
);

const inputArb = fc.record({
  failure: failureArb,
  attempt: fc.integer({ min: 1, max: 10 }),
  maxAttempts: fc.integer({ min: 1, max: 10 }),
  now: fc.constant(NOW),
  deadline: fc.integer({ min: NOW, max: NOW + 3_600_000 }),
  random: fc.double({ min: 0, max: 0.999_999, noNaN: true }).map((r) => () => r),
});

describe('decideRetry', () => {
  it('never schedules a retry past the overall deadline', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const decision = decideRetry(input);
        return !decision.retry || input.now + decision.delayMs < input.deadline;
      }),
    );
  });

  it('never retries a status outside 429, 500, 502, 503, 504', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const decision = decideRetry(input);
        const { failure } = input;
        return !decision.retry || failure.kind === 'network' || RETRYABLE.includes(failure.status);
      }),
    );
  });

  it('never makes more than max-attempts attempts', () => {
    fc.assert(
      fc.property(
        inputArb,
        (input) => !decideRetry(input).retry || input.attempt < input.maxAttempts,
      ),
    );
  });

  it('waits exactly what Retry-After asks when it fits', () => {
    const failure: Failure = { kind: 'status', status: 429, retryAfterMs: 1_000 };
    const input = {
      failure,
      attempt: 1,
      maxAttempts: 5,
      now: NOW,
      deadline: NOW + 10_000,
      random: () => 0.9,
    };
    expect(decideRetry(input)).toEqual({ retry: true, delayMs: 1_000 });
    expect(decideRetry({ ...input, deadline: NOW + 1_000 })).toEqual({
      retry: false,
      reason: 'deadline',
    });
  });

  it('treats Adobe transient codes as retryable whatever the status', () => {
    expect(isRetryable({ kind: 'status', status: 400, code: '1103-503' })).toBe(true);
    expect(isRetryable({ kind: 'status', status: 400, code: '1415-400' })).toBe(false);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with full jitter and a cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, () => 0.999_999))).toEqual([
      999, 1_999, 3_999, 7_999, 15_999, 19_999, 19_999,
    ]);
    expect(backoffDelay(5, () => 0)).toBe(0);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('1', NOW)).toBe(1_000);
    expect(parseRetryAfter(new Date(NOW + 5_000).toUTCString(), NOW)).toBe(5_000);
    expect(parseRetryAfter(new Date(NOW - 5_000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
  });
});
