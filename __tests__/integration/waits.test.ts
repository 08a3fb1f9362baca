import { describe, expect, it } from 'vitest';
import { sim, simulator } from '../support/simulator.js';
import { flowCalls, runStep, SPEC_ID } from '../support/scenario.js';

const lookup = { method: 'GET', path: '/connections' } as const;
const tooMany = (retryAfter: string) => ({ status: 429, headers: { 'retry-after': retryAfter } });

describe('Retry-After', () => {
  it('fails at once, naming the call and both durations, when the wait would pass the deadline', async () => {
    await simulator();
    sim.inject(lookup, tooMany('3600'));
    const { core, clock } = await runStep(sim);
    expect(core.failed).toMatch(
      /^GET \/connections: the server asked to wait 3600 s before another attempt \(Retry-After\); timeout-seconds leaves 300 s\. Last answer: GET \/connections failed with HTTP 429/,
    );
    expect(clock.sleeps).toEqual([]);
    // The spec read, sent beside the lookup, may or may not arrive before the step ends.
    const calls = flowCalls(sim).filter((call) => !call.startsWith('GET /connectionSpecs/'));
    expect(calls).toEqual(['GET /connections']);
  });

  it.each(['5.5', '-5'])('ignores Retry-After %j and backs off as usual', async (value) => {
    await simulator();
    sim.inject(lookup, tooMany(value));
    const { core, clock } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(clock.sleeps).toEqual([500]);
    expect(flowCalls(sim).slice(0, 4)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      'GET /connections',
      'POST /connections',
    ]);
  });

  it('waits until an HTTP date', async () => {
    await simulator();
    sim.inject(lookup, tooMany('Sat, 28 Nov 2026 12:00:03 GMT'));
    const { core, clock } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(clock.sleeps).toEqual([3_000]);
  });
});

describe('an initializing connection', () => {
  it('is polled until the deadline, the last wait shortened to fit, and only then fails', async () => {
    await simulator({ initializingReads: 1_000 });
    const { core, clock } = await runStep(sim, { 'timeout-seconds': '6' });
    const id = sim.connections()[0]!.id;
    expect(clock.sleeps).toEqual([1_000, 2_000, 2_000]);
    expect(flowCalls(sim).filter((c) => c === `GET /connections/${id}`)).toHaveLength(4);
    expect(core.failed).toBe(
      `Timed out after 6 s (timeout-seconds) waiting for connection ${id} to leave state initializing`,
    );
    expect(core.outputs['connection-id']).toBe(id);
  });
});
