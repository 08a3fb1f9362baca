import { describe, expect, it } from 'vitest';
import { type SimulatedReply } from '../../simulator/index.js';
import { sim, simulator } from '../support/simulator.js';
import { demoOauthParams, flowCalls, runStep, SPEC_ID } from '../support/scenario.js';

const create = { method: 'POST', path: '/connections' } as const;
const lookup = { method: 'GET', path: '/connections' } as const;
const empty = (reply: SimulatedReply): SimulatedReply => ({ ...reply, rawBody: '' });
const idless = (reply: SimulatedReply): SimulatedReply => {
  const { etag } = reply.body as { etag: string };
  return { ...reply, body: { etag } };
};

describe('a POST that created the connection but answered an unreadable 201', () => {
  it.each([
    ['an empty body', empty],
    ['a body without id', idless],
  ])('with %s: looks it up and takes it, without a second POST', async (_, rewrite) => {
    await simulator();
    sim.inject(create, { rewrite });
    const { core, clock } = await runStep(sim, { verify: 'false' });
    expect(core.failed).toBeUndefined();
    const [stored] = sim.connections();
    expect(sim.connections()).toHaveLength(1);
    const calls = flowCalls(sim);
    expect(calls.slice(0, 4)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      'POST /connections',
      'GET /connections',
    ]);
    // After the create: the state read and the re-list for twins, side by side.
    expect(calls.slice(4).sort()).toEqual(['GET /connections', `GET /connections/${stored!.id}`]);
    expect(clock.sleeps).toEqual([]);
    expect(core.outputs).toEqual({
      'connection-id': stored!.id,
      etag: stored!.etag,
      outcome: 'created',
      'connection-spec-id': SPEC_ID,
      state: 'enabled',
    });
    expect(core.messages('info')).toContain(
      `The POST did create connection ${stored!.id}; taking it`,
    );
  });

  it('fails saying the POST may have created it and what to look for, when the lookup does not show it', async () => {
    await simulator();
    sim.inject(create, { rewrite: empty });
    sim.inject(lookup, {}, { rewrite: (reply) => ({ ...reply, body: { items: [] } }) });
    const { core } = await runStep(sim);
    expect(flowCalls(sim)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      'POST /connections',
      'GET /connections',
    ]);
    expect(core.failed).toBe(
      'POST /connections answered HTTP 201 with an unexpected body: not JSON. The write may have taken effect, but looking again did not show it: look for connection "Salesforce CRM" in sandbox prod before running again.',
    );
    expect(core.outputs).toEqual({});
  });
});

describe('a PATCH that answered an unreadable 200', () => {
  function seedStale() {
    return sim.seedConnection({
      name: 'Salesforce CRM',
      auth: {
        specName: 'OAuth2 Client Credential',
        params: { ...demoOauthParams(sim), clientSecret: 'last-quarter' },
      },
    });
  }

  it('re-reads the connection and takes the new etag, without a second PATCH', async () => {
    await simulator();
    const existing = seedStale();
    sim.inject({ method: 'PATCH', path: `/connections/${existing.id}` }, { rewrite: empty });
    const { core } = await runStep(sim, { 'if-exists': 'update', verify: 'false' });
    expect(core.failed).toBeUndefined();
    const [stored] = sim.connections();
    expect(stored!.auth.params).toEqual(demoOauthParams(sim));
    expect(flowCalls(sim)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      `PATCH /connections/${existing.id}`,
      `GET /connections/${existing.id}`,
      `GET /connections/${existing.id}`,
    ]);
    expect(core.outputs).toMatchObject({
      'connection-id': existing.id,
      etag: stored!.etag,
      outcome: 'updated',
    });
  });

  it('fails naming the connection to check when the re-read shows the old etag', async () => {
    await simulator();
    const existing = seedStale();
    sim.inject({ method: 'PATCH', path: `/connections/${existing.id}` }, { rewrite: empty });
    sim.inject(
      { method: 'GET', path: `/connections/${existing.id}` },
      {
        rewrite: (reply) => {
          const [item] = (reply.body as { items: Array<Record<string, unknown>> }).items;
          return { ...reply, body: { items: [{ ...item, etag: existing.etag }] } };
        },
      },
    );
    const { core } = await runStep(sim, { 'if-exists': 'update' });
    expect(flowCalls(sim)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      `PATCH /connections/${existing.id}`,
      `GET /connections/${existing.id}`,
    ]);
    expect(core.failed).toBe(
      `PATCH /connections/${existing.id} answered HTTP 200 with an unexpected body: not JSON. The write may have taken effect, but looking again did not show it: check connection ${existing.id} in sandbox prod before running again.`,
    );
    expect(core.outputs).toEqual({});
  });
});
