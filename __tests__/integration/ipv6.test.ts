import { expect, it } from 'vitest';
import { sim, simulator } from '../support/simulator.js';
import { ipv6LoopbackAvailable } from '../support/ipv6.js';
import { flowCalls, runStep, SPEC_ID } from '../support/scenario.js';

it.skipIf(!(await ipv6LoopbackAvailable()))(
  'reaches platform-url and ims-url at http://[::1]:PORT',
  async () => {
    await simulator({ host: '::1' });
    expect(sim.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
    const { core } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(core.outputs).toMatchObject({
      'connection-id': sim.connections()[0]!.id,
      outcome: 'created',
    });
    expect(sim.requests[0]).toMatchObject({ method: 'POST', path: '/ims/token/v3' });
    expect(sim.requests[1]!.headers['host']).toBe(sim.url.slice('http://'.length));
    expect(flowCalls(sim).slice(0, 3)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      'POST /connections',
    ]);
  },
);
