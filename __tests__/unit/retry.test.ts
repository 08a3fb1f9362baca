import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  decideRetry,
  isRetryable,
  parseRetryAfter,
  type Failure,
} from '../../src/platform/retry.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const RETRYABLE = [429, 500, 502, 503, 504];

const failureArb: fc.Arbitrary<Failure> = fc.oneof(
  fc.record({
    kind: fc.constant('status' as const),
    status: fc.integer({ min: 300, max: 599 }),
    retryAfterMs: fc.option(fc.integer({ min: 0, max: 600_000 }), { nil: undefined }),
  }),
  fc.record(
    {
      kind: fc.constant('network' as const),
      sent: fc.boolean(),
      code: fc.constantFrom('ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT'),
    },
    { requiredKeys: ['kind', 'sent'] },
  ),
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

  it('never retries a host name that does not resolve (ENOTFOUND); retries the rest', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { failure } = input;
        if (failure.kind !== 'network') return true;
        return isRetryable(failure) === (failure.code !== 'ENOTFOUND');
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
      reason: 'wait-past-deadline',
      waitMs: 1_000,
      leftMs: 1_000,
      askedByServer: true,
    });
  });

  it('fails at once, saying how long and how much is left, when a wait would pass the deadline', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const decision = decideRetry(input);
        if (decision.retry || decision.reason !== 'wait-past-deadline') return true;
        const asked = input.failure.kind === 'status' ? input.failure.retryAfterMs : undefined;
        return (
          decision.leftMs === input.deadline - input.now &&
          decision.leftMs > 0 &&
          decision.waitMs >= decision.leftMs &&
          decision.askedByServer === (asked !== undefined) &&
          (asked === undefined || decision.waitMs === asked)
        );
      }),
    );
  });

  it('says the deadline has passed, not what a wait would be, once no time is left', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const decision = decideRetry({ ...input, deadline: input.now });
        return !decision.retry && decision.reason !== 'wait-past-deadline';
      }),
    );
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

  it('reads the three HTTP date forms as UTC', () => {
    const at = Date.parse('2026-11-28T12:00:30Z');
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:00:30 GMT', NOW)).toBe(at - NOW);
    expect(parseRetryAfter('Saturday, 28-Nov-26 12:00:30 GMT', NOW)).toBe(at - NOW);
    expect(parseRetryAfter('Sat Nov 28 12:00:30 2026', NOW)).toBe(at - NOW);
    expect(parseRetryAfter('Sat Nov  8 12:00:30 2026', NOW)).toBe(0);
  });

  it.each(['5.5', '-5', '+5', '5s', '1e3', '0x10', '2026-11-28T12:00:30Z', '12:00:30', 'Sat'])(
    'ignores %j, which is neither delay-seconds nor an HTTP date',
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    },
  );

  it('reads any whole number of seconds, and nothing that is not one or a date', () => {
    fc.assert(
      fc.property(fc.nat(), (seconds) => parseRetryAfter(` ${seconds} `, NOW) === seconds * 1_000),
    );
    const notWhole = fc.oneof(
      fc.integer({ max: -1 }).map(String),
      fc.tuple(fc.nat(), fc.nat()).map(([whole, part]) => `${whole}.${part}`),
      fc
        .double({ noNaN: true })
        .map(String)
        .filter((text) => !/^\d+$/.test(text)),
    );
    fc.assert(fc.property(notWhole, (text) => parseRetryAfter(text, NOW) === undefined));
  });
});
