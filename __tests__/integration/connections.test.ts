import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sequentialRoundTrips, startFront, type Front } from '../support/front.js';
import { runStep } from '../support/scenario.js';
import { sharedSimulator, sim } from '../support/simulator.js';

/** Long enough that requests sent side by side never look sequential on a busy machine. */
const RTT_MS = 200;

/** When the simulator finished each answer, in order. */
const answeredAt: number[] = [];
sharedSimulator({ onAnswer: () => answeredAt.push(performance.now()) });

/**
 * IMS, Platform and Salesforce each on an origin of their own, a round trip away; a connection
 * costs two, as a TLS one would.
 */
const fronts: Record<'ims' | 'platform' | 'salesforce', Front> = {} as never;
beforeAll(async () => {
  const port = Number(new URL(sim.url).port);
  fronts.ims = await startFront(port, RTT_MS, 2);
  fronts.platform = await startFront(port, RTT_MS, 2);
  fronts.salesforce = await startFront(port, RTT_MS, 2);
});
afterAll(() => Promise.all(Object.values(fronts).map((front) => front.close())));

let acceptedBefore: Record<string, number>;
beforeEach(() => {
  answeredAt.length = 0;
  acceptedBefore = Object.fromEntries(Object.entries(fronts).map(([k, f]) => [k, f.accepted()]));
});

const origin = (front: Front) => `http://127.0.0.1:${front.port}`;

async function measured(extra: Record<string, string> = {}) {
  const { core } = await runStep(sim, {
    'ims-url': origin(fronts.ims),
    'platform-url': origin(fronts.platform),
    'salesforce-environment-url': origin(fronts.salesforce),
    ...extra,
  });
  expect(core.failed).toBeUndefined();
  const connections = Object.fromEntries(
    Object.entries(fronts).map(([name, front]) => [name, front.accepted() - acceptedBefore[name]!]),
  );
  return {
    outcome: core.outputs['outcome'],
    connections,
    requests: sim.requests.length,
    sequentialRoundTrips: sequentialRoundTrips(answeredAt, RTT_MS),
  };
}

describe('connections, requests and round trips per scenario (each origin a round trip away)', () => {
  it('create: the token; the lookup beside the spec read; the Salesforce check; the POST; re-list, state and explore side by side', async () => {
    expect(await measured()).toEqual({
      outcome: 'created',
      connections: { ims: 1, platform: 3, salesforce: 1 },
      requests: 8,
      sequentialRoundTrips: 5,
    });
  });

  it('reuse: the token; the lookup beside the spec read; explore', async () => {
    sim.seedConnection({ name: 'Salesforce CRM' });
    expect(await measured()).toEqual({
      outcome: 'reused',
      connections: { ims: 1, platform: 2, salesforce: 1 },
      requests: 4,
      sequentialRoundTrips: 3,
    });
  });

  it('update: the token; the lookup beside the spec read and the Salesforce check; the PATCH; state and explore side by side', async () => {
    sim.seedConnection({ name: 'Salesforce CRM' });
    expect(await measured({ 'if-exists': 'update' })).toEqual({
      outcome: 'updated',
      connections: { ims: 1, platform: 2, salesforce: 1 },
      requests: 7,
      sequentialRoundTrips: 4,
    });
  });

  it('if-exists create: the token; the lookup beside the spec read and the Salesforce check; the POST; re-list, state and explore side by side', async () => {
    sim.seedConnection({ name: 'Salesforce CRM' });
    expect(await measured({ 'if-exists': 'create' })).toEqual({
      outcome: 'created',
      connections: { ims: 1, platform: 3, salesforce: 1 },
      requests: 8,
      sequentialRoundTrips: 4,
    });
  });

  it('dry run of a reuse: the token; the lookup beside the spec read', async () => {
    sim.seedConnection({ name: 'Salesforce CRM' });
    expect(await measured({ 'dry-run': 'true' })).toEqual({
      outcome: 'would-reuse',
      connections: { ims: 1, platform: 2, salesforce: 1 },
      requests: 3,
      sequentialRoundTrips: 2,
    });
  });
});
