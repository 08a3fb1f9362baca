import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, type SimulatorOptions, startSimulator } from '../../simulator/index.js';
import {
  type Chain,
  chain,
  created,
  flow,
  flowBody,
  flowCode,
} from './support/simulator-client.js';

let sim: Simulator;

async function start(options: SimulatorOptions = {}): Promise<void> {
  await sim?.close();
  sim = await startSimulator(options);
}

beforeEach(() => start());
afterEach(() => sim.close());

async function dataflow(): Promise<Chain & { flowId: string }> {
  const c = await chain(sim);
  const { id } = await created(flow(sim, 'POST', '/flows', flowBody(c)));
  return { ...c, flowId: id };
}

const paths = (c: Chain & { flowId: string }) => ({
  flow: `/flows/${c.flowId}`,
  source: `/sourceConnections/${c.sourceId}`,
  target: `/targetConnections/${c.targetId}`,
  connection: `/connections/${c.connectionId}`,
});

describe('DELETE, children first', () => {
  it('deletes a flow, then its source and target connections, then the base connection (204 each, then 404)', async () => {
    const c = await dataflow();
    for (const path of Object.values(paths(c))) {
      const deleted = await flow(sim, 'DELETE', path);
      expect(deleted, path).toMatchObject({ status: 204, body: undefined });
      expect((await flow(sim, 'GET', path)).status, path).toBe(404);
    }
    expect([
      sim.flows(),
      sim.sourceConnections(),
      sim.targetConnections(),
      sim.connections(),
    ]).toEqual([[], [], [], []]);
  });

  it('refuses (1418-400) to delete a base connection while a flow uses it', async () => {
    const c = await dataflow();
    const refused = await flow(sim, 'DELETE', paths(c).connection);
    expect(refused.status).toBe(400);
    expect(flowCode(refused.body)).toBe('FLOW-1418-400');
    expect(sim.connections()).toHaveLength(1);
  });

  it('deletes a base connection whose source connections no flow uses', async () => {
    const c = await chain(sim);
    expect((await flow(sim, 'DELETE', `/connections/${c.connectionId}`)).status).toBe(204);
  });

  it.each(['source', 'target'] as const)(
    'refuses (1447-400) to delete a %s connection a flow names',
    async (kind) => {
      const c = await dataflow();
      const refused = await flow(sim, 'DELETE', paths(c)[kind]);
      expect(refused.status).toBe(400);
      expect(flowCode(refused.body)).toBe('FLOW-1447-400');
    },
  );

  it.each([
    '/flows/nope',
    '/sourceConnections/nope',
    '/targetConnections/nope',
    '/connections/nope',
  ])('answers 1101-404 to DELETE %s', async (path) => {
    const missing = await flow(sim, 'DELETE', path);
    expect(missing.status).toBe(404);
    expect(flowCode(missing.body)).toBe('FLOW-1101-404');
  });

  it('finds the flows of a base connection through its source connections', async () => {
    const c = await dataflow();
    const sources = await flow(
      sim,
      'GET',
      `/sourceConnections?property=baseConnectionId==${c.connectionId}`,
    );
    const ids = (sources.body as { items: { id: string }[] }).items.map((s) => s.id);
    const flows = await flow(sim, 'GET', `/flows?property=sourceConnectionIds[]==${ids.join(',')}`);
    expect((flows.body as { items: { id: string }[] }).items.map((f) => f.id)).toEqual([c.flowId]);
  });
});

describe('delete-finalizing', () => {
  beforeEach(() => start({ deleteFinalizingReads: 2 }));

  it.each(['flow', 'source', 'target', 'connection'] as const)(
    'a deleted %s reads as delete-finalizing for the configured reads, then 404',
    async (kind) => {
      const c = await dataflow();
      const order = ['flow', 'source', 'target', 'connection'] as const;
      for (const before of order.slice(0, order.indexOf(kind))) {
        await flow(sim, 'DELETE', paths(c)[before]);
        while ((await flow(sim, 'GET', paths(c)[before])).status !== 404);
      }
      const path = paths(c)[kind];
      expect((await flow(sim, 'DELETE', path)).status).toBe(204);
      const states = [];
      for (let read = 0; read < 3; read += 1) {
        const answer = await flow(sim, 'GET', path);
        states.push(
          answer.status === 404
            ? 404
            : (answer.body as { items: { state: string }[] }).items[0]?.state,
        );
      }
      expect(states).toEqual(['delete-finalizing', 'delete-finalizing', 404]);
    },
  );

  it('answers 1458-400 to a second DELETE and 1457-400 to a PATCH while finalizing', async () => {
    const c = await dataflow();
    const { etag } = sim.flows()[0] as { etag: string };
    await flow(sim, 'DELETE', paths(c).flow);
    expect(flowCode((await flow(sim, 'DELETE', paths(c).flow)).body)).toBe('FLOW-1458-400');
    const patch = [{ op: 'replace', path: '/name', value: 'renamed' }];
    expect(
      flowCode((await flow(sim, 'PATCH', paths(c).flow, patch, { 'if-match': etag })).body),
    ).toBe('FLOW-1457-400');
    const connection = sim.connections()[0] as { etag: string };
    while ((await flow(sim, 'GET', paths(c).flow)).status !== 404);
    await flow(sim, 'DELETE', paths(c).connection);
    const patched = await flow(sim, 'PATCH', paths(c).connection, patch, {
      'if-match': connection.etag,
    });
    expect(flowCode(patched.body)).toBe('FLOW-1457-400');
  });

  it('lists a finalizing flow with its state, and it still holds its base connection', async () => {
    const c = await dataflow();
    await flow(sim, 'DELETE', paths(c).flow);
    const listed = await flow(sim, 'GET', `/flows?property=sourceConnectionIds[]==${c.sourceId}`);
    expect((listed.body as { items: { state: string }[] }).items).toMatchObject([
      { state: 'delete-finalizing' },
    ]);
    expect(flowCode((await flow(sim, 'DELETE', paths(c).connection)).body)).toBe('FLOW-1418-400');
  });

  it('rejects a negative number of reads', async () => {
    await expect(startSimulator({ deleteFinalizingReads: -1 })).rejects.toThrow(
      /deleteFinalizingReads/,
    );
  });
});
