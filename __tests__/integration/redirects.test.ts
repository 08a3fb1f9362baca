import { describe, expect, it } from 'vitest';
import { anotherSimulator, sim, simulator } from '../support/simulator.js';
import { BASE, runStep } from '../support/scenario.js';

/** Where each call would lead a client that follows redirects, and what it would carry there. */
const CALLS = [
  {
    call: 'POST /ims/token/v3',
    match: { method: 'POST', path: '/ims/token/v3' },
    to: '/ims/token/v3',
  },
  {
    call: 'GET /connections',
    match: { method: 'GET', path: '/connections' },
    to: `${BASE}/connections`,
  },
] as const;

describe('a redirect is never followed', () => {
  it.each(CALLS.flatMap((c) => [301, 302, 307, 308].map((status) => ({ ...c, status }))))(
    '$call answered $status: nothing reaches the other host, and the step fails naming the status',
    async ({ call, match, to, status }) => {
      await simulator();
      const elsewhere = await anotherSimulator();
      sim.inject(match, { status, headers: { location: `${elsewhere.url}${to}` }, rawBody: '' });
      const { core } = await runStep(sim);
      expect(elsewhere.requests).toEqual([]);
      expect(core.failed).toMatch(new RegExp(`^${call} failed with HTTP ${status}\\b`));
    },
  );
});
