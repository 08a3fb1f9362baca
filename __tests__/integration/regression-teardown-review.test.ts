import { describe, expect, it } from 'vitest';
import { sim, simulator } from '../support/simulator.js';
import { pipeline, requestsSince, runTeardown } from '../support/teardown.js';
import { chain, created, flow, sourceBody } from '../unit/support/simulator-client.js';

const deletesSince = (from: number) =>
  requestsSince(sim, from).filter((r) => r.startsWith('DELETE '));

/** Ids not being deleted: a resource in delete-finalizing is deleted, only not read since. */
const alive = (items: { id: string; state: string }[]) =>
  items.filter((x) => x.state !== 'delete-finalizing').map((x) => x.id);

/** Answers a read by id with the item changed by `change`: a server naming what was not asked. */
const answeringWith = (change: (item: Record<string, unknown>) => Record<string, unknown>) => ({
  rewrite: <R extends { body?: unknown }>(reply: R): R => {
    const body = reply.body as { items: Record<string, unknown>[] };
    return { ...reply, body: { items: body.items.map(change) } };
  },
});

describe('a read by id that answers another resource', () => {
  it('regression: GET /connections/{id} answering another connection: that connection is not deleted', async () => {
    await simulator();
    const mine = sim.seedConnection({ name: 'Mine' });
    const other = sim.seedConnection({ name: 'Production' });
    sim.inject(
      { method: 'GET', path: `/connections/${mine.id}` },
      answeringWith((item) => ({ ...item, id: other.id })),
    );
    const from = sim.requests.length;
    const { core } = await runTeardown(sim, { 'connection-id': mine.id });
    expect(deletesSince(from)).toEqual([]);
    expect(alive(sim.connections())).toEqual([mine.id, other.id]);
    expect(core.failed).toContain(`GET /connections/${mine.id}`);
  });

  it('regression: GET /flows/{id} answering another flow: that flow and its connections are not deleted', async () => {
    await simulator();
    const mine = await pipeline(sim);
    const other = await pipeline(sim);
    sim.inject(
      { method: 'GET', path: `/flows/${mine.flowId}` },
      answeringWith((item) => ({
        ...item,
        id: other.flowId,
        sourceConnectionIds: [other.sourceId],
        targetConnectionIds: [other.targetId],
      })),
    );
    const from = sim.requests.length;
    const { core } = await runTeardown(sim, { 'dataflow-id': mine.flowId });
    expect(deletesSince(from)).toEqual([]);
    expect(alive(sim.flows())).toEqual([mine.flowId, other.flowId]);
    expect(core.failed).toContain(`GET /flows/${mine.flowId}`);
  });
});

describe('a teardown interrupted after its dataflow is gone', () => {
  it('regression: cascade: a stop after the dataflow is gone names what a re-run cannot find; the re-run finishes the rest', async () => {
    await simulator();
    const p = await pipeline(sim);
    sim.inject({ method: 'DELETE', path: /^\/targetConnections\// }, { status: 500, body: {} });
    const inputs = { 'connection-id': p.connectionId, cascade: 'true', 'max-attempts': '1' };
    const first = await runTeardown(sim, inputs);
    expect(first.core.failed).toMatch(/^DELETE \/targetConnections\//);
    // Nothing in Flow Service leads from the base connection to a target once its flow is gone
    // (the promise is narrowed in the README): the failure must name it and how to delete it.
    expect(first.core.failed).toContain(
      `DELETE /data/foundation/flowservice/targetConnections/${p.targetId}`,
    );
    const rerun = await runTeardown(sim, inputs);
    expect(rerun.core.failed).toBeUndefined();
    expect(alive(sim.sourceConnections())).toEqual([]);
    expect(alive(sim.connections())).toEqual([]);
    expect(alive(sim.targetConnections())).toEqual([p.targetId]);
  });

  it('regression: dataflow-id: the failure names every connection it leaves behind (a re-run finds them absent)', async () => {
    await simulator();
    const p = await pipeline(sim);
    sim.inject({ method: 'DELETE', path: /^\/targetConnections\// }, { status: 500, body: {} });
    const inputs = { 'dataflow-id': p.flowId, 'max-attempts': '1' };
    const first = await runTeardown(sim, inputs);
    expect(first.core.failed).toMatch(/^DELETE \/targetConnections\//);
    const rerun = await runTeardown(sim, inputs);
    expect(rerun.core.outputs.outcome).toBe('absent');
    expect(alive(sim.sourceConnections())).toEqual([p.sourceId]);
    // Nothing can find the source connection again: the first run must name it as left behind.
    expect(`${first.core.failed}\n${first.core.summary}`).toContain(p.sourceId);
  });
});

describe('filters listing many ids', () => {
  it('regression: cascade of a base connection with 450 source connections fits its filters in a request', async () => {
    await simulator();
    const c = await chain(sim);
    for (let i = 0; i < 449; i++) {
      await created(
        flow(sim, 'POST', '/sourceConnections', sourceBody(c.connectionId, { name: `s${i}` })),
      );
    }
    const { core } = await runTeardown(sim, { 'connection-id': c.connectionId, cascade: 'true' });
    expect(core.failed).toBeUndefined();
    expect(alive(sim.sourceConnections())).toEqual([]);
    expect(alive(sim.connections())).toEqual([]);
  }, 60_000);
});

describe('inputs', () => {
  it('regression: a name too long for any request is refused as the name input, before any request', async () => {
    await simulator();
    const { core } = await runTeardown(sim, { name: 'x'.repeat(20_000) });
    expect(core.failed).toMatch(/^Invalid inputs:\n- name /);
  });
});
