import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/index.js';
import { sim, simulator } from '../support/simulator.js';
import {
  anotherFlow,
  pipeline,
  requestsSince,
  runTeardown,
  type Pipeline,
} from '../support/teardown.js';
import { chain } from '../unit/support/simulator-client.js';

/** Each deletion reads once as delete-finalizing, then 404: the teardown must wait it out. */
const FINALIZING = { deleteFinalizingReads: 1 };

/** A DELETE, then the reads until 404. */
const gone = (path: string) => [`DELETE ${path}`, `GET ${path}`, `GET ${path}`];

async function teardownOf(extra: Record<string, string>) {
  const from = sim.requests.length;
  const rt = await runTeardown(sim, extra);
  return { ...rt, requests: requestsSince(sim, from) };
}

/** What is left in the sandbox: a resource in delete-finalizing is deleted, only not read since. */
function everything(s: Simulator) {
  const ids = (items: { id: string; state: string }[]) =>
    items.filter((x) => x.state !== 'delete-finalizing').map((x) => x.id);
  return {
    flows: ids(s.flows()),
    sourceConnections: ids(s.sourceConnections()),
    targetConnections: ids(s.targetConnections()),
    connections: ids(s.connections()),
  };
}

const empty = { flows: [], sourceConnections: [], targetConnections: [], connections: [] };

function cascadeRequests(p: Pipeline): string[] {
  return [
    `GET /connections/${p.connectionId}`,
    `GET /sourceConnections?property=baseConnectionId==${p.connectionId}`,
    `GET /flows?property=sourceConnectionIds[]==${p.sourceId}`,
    `GET /targetConnections?property=id==${p.targetId}`,
    `GET /flows?property=targetConnectionIds[]==${p.targetId}`,
    ...gone(`/flows/${p.flowId}`),
    ...gone(`/targetConnections/${p.targetId}`),
    ...gone(`/sourceConnections/${p.sourceId}`),
    ...gone(`/connections/${p.connectionId}`),
  ];
}

describe('teardown of a base connection (connection-id)', () => {
  it('with cascade: discovers, then deletes flow, target, source, base, each gone before the next', async () => {
    await simulator(FINALIZING);
    const p = await pipeline(sim);
    const { core, requests, clock } = await teardownOf({
      'connection-id': p.connectionId,
      cascade: 'true',
    });
    expect(core.failed).toBeUndefined();
    expect(requests).toEqual(cascadeRequests(p));
    expect(core.messages('info')).toContain(
      `To delete, in order: dataflow ${p.flowId} ("Contacts"), target connection ${p.targetId} ("Contacts target"), ` +
        `source connection ${p.sourceId} ("Contacts source"), base connection ${p.connectionId} ("Salesforce")`,
    );
    expect(clock.sleeps).toEqual([1_000, 1_000, 1_000, 1_000]);
    expect(core.outputs).toEqual({
      outcome: 'deleted',
      'deleted-connection-id': p.connectionId,
      'deleted-dataflow-ids': p.flowId,
      'deleted-source-connection-ids': p.sourceId,
      'deleted-target-connection-ids': p.targetId,
      'kept-mapping-set-ids': p.mappingId,
    });
    expect(everything(sim)).toEqual(empty);
    expect(core.summary).toContain(`| dataflow | Contacts | ${p.flowId} |`);
    expect(core.summary).toContain(`| base connection | Salesforce | ${p.connectionId} |`);
    expect(core.summary).toContain(`- ${p.mappingId}`);
  });

  it('without cascade: refuses before any DELETE, naming the dataflows and cascade: true', async () => {
    await simulator();
    const p = await pipeline(sim);
    const second = await anotherFlow(sim, p);
    const { core, requests } = await teardownOf({ 'connection-id': p.connectionId });
    expect(core.failed).toBe(
      `Base connection ${p.connectionId} is used by 2 dataflow(s): ${p.flowId} ("Contacts"), ${second} ("Contacts again"). ` +
        'Nothing was deleted. cascade: true deletes them, with their source and target connections, before the connection.',
    );
    expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
    expect(core.outputs).toEqual({});
    expect(everything(sim).flows).toHaveLength(2);
  });

  it('without cascade: deletes a base connection no flow uses, its source connections first', async () => {
    await simulator();
    const c = await chain(sim);
    const { core, requests } = await teardownOf({ 'connection-id': c.connectionId });
    expect(core.failed).toBeUndefined();
    expect(requests).toEqual([
      `GET /connections/${c.connectionId}`,
      `GET /sourceConnections?property=baseConnectionId==${c.connectionId}`,
      `GET /flows?property=sourceConnectionIds[]==${c.sourceId}`,
      `DELETE /sourceConnections/${c.sourceId}`,
      `GET /sourceConnections/${c.sourceId}`,
      `DELETE /connections/${c.connectionId}`,
      `GET /connections/${c.connectionId}`,
    ]);
    expect(core.outputs).toMatchObject({
      outcome: 'deleted',
      'deleted-dataflow-ids': '',
      'deleted-source-connection-ids': c.sourceId,
    });
    expect(everything(sim).connections).toEqual([]);
  });

  it('with cascade: keeps a target connection a flow of another base connection still uses', async () => {
    await simulator();
    const p = await pipeline(sim);
    const other = await chain(sim);
    const stays = await anotherFlow(sim, { ...other, targetId: p.targetId });
    const { core } = await teardownOf({ 'connection-id': p.connectionId, cascade: 'true' });
    expect(core.failed).toBeUndefined();
    expect(core.outputs['deleted-target-connection-ids']).toBe('');
    expect(everything(sim).flows).toEqual([stays]);
    expect(everything(sim).targetConnections).toEqual([p.targetId, other.targetId]);
  });
});

describe('teardown of a base connection found by name', () => {
  it('deletes the one connection of that name and spec, as with its id', async () => {
    await simulator(FINALIZING);
    const p = await pipeline(sim);
    const { core, requests } = await teardownOf({ name: 'Salesforce', cascade: 'true' });
    expect(core.failed).toBeUndefined();
    expect(requests[0]).toBe(
      'GET /connections?property=name==Salesforce&property=connectionSpec.id==cfc0fee1-7dc0-40ef-b73e-d8b134c436f5',
    );
    expect(requests.slice(1)).toEqual(cascadeRequests(p).slice(1));
    expect(everything(sim)).toEqual(empty);
  });

  it('fails on twins, listing every id, with nothing deleted', async () => {
    await simulator();
    const p = await pipeline(sim);
    const twin = sim.seedConnection({ name: 'Salesforce' });
    const { core, requests } = await teardownOf({ name: 'Salesforce', cascade: 'true' });
    expect(core.failed).toBe(
      `2 connections are named "Salesforce": ${p.connectionId}, ${twin.id}. Nothing was deleted: give the one to delete as connection-id.`,
    );
    expect(requests).toEqual([
      'GET /connections?property=name==Salesforce&property=connectionSpec.id==cfc0fee1-7dc0-40ef-b73e-d8b134c436f5',
    ]);
  });
});

describe('teardown of one dataflow (dataflow-id)', () => {
  it('deletes the flow, then its target and source connections; the base connection stays', async () => {
    await simulator(FINALIZING);
    const p = await pipeline(sim);
    const { core, requests } = await teardownOf({ 'dataflow-id': p.flowId });
    expect(core.failed).toBeUndefined();
    expect(requests).toEqual([
      `GET /flows/${p.flowId}`,
      `GET /sourceConnections?property=id==${p.sourceId}`,
      `GET /targetConnections?property=id==${p.targetId}`,
      `GET /flows?property=sourceConnectionIds[]==${p.sourceId}`,
      `GET /flows?property=targetConnectionIds[]==${p.targetId}`,
      ...gone(`/flows/${p.flowId}`),
      ...gone(`/targetConnections/${p.targetId}`),
      ...gone(`/sourceConnections/${p.sourceId}`),
    ]);
    expect(core.outputs).toEqual({
      outcome: 'deleted',
      'deleted-connection-id': '',
      'deleted-dataflow-ids': p.flowId,
      'deleted-source-connection-ids': p.sourceId,
      'deleted-target-connection-ids': p.targetId,
      'kept-mapping-set-ids': p.mappingId,
    });
    expect(everything(sim)).toEqual({ ...empty, connections: [p.connectionId] });
  });

  it('keeps the source and target connections another flow still names', async () => {
    await simulator();
    const p = await pipeline(sim);
    const stays = await anotherFlow(sim, p);
    const { core } = await teardownOf({ 'dataflow-id': p.flowId });
    expect(core.failed).toBeUndefined();
    expect(core.outputs).toMatchObject({
      'deleted-dataflow-ids': p.flowId,
      'deleted-source-connection-ids': '',
      'deleted-target-connection-ids': '',
    });
    expect(everything(sim).flows).toEqual([stays]);
  });
});

describe('missing-ok', () => {
  const unknown = '00000000-0000-4000-8000-000000000000';

  it.each([
    ['connection-id', `GET /connections/${unknown}`],
    ['dataflow-id', `GET /flows/${unknown}`],
  ])('true (the default): an unknown %s is outcome absent', async (input, request) => {
    await simulator();
    const { core, requests } = await teardownOf({ [input]: unknown });
    expect(core.failed).toBeUndefined();
    expect(requests).toEqual([request]);
    expect(core.outputs).toMatchObject({ outcome: 'absent', 'deleted-dataflow-ids': '' });
  });

  it('true: no connection of that name is outcome absent', async () => {
    await simulator();
    const { core } = await teardownOf({ name: 'Nobody' });
    expect(core.outputs.outcome).toBe('absent');
  });

  it('false: an unknown connection fails, naming it and missing-ok', async () => {
    await simulator();
    const { core } = await teardownOf({ 'connection-id': unknown, 'missing-ok': 'false' });
    expect(core.failed).toBe(`Base connection ${unknown} does not exist (missing-ok: false).`);
    expect(core.outputs).toEqual({});
  });
});

describe('dry-run', () => {
  it('lists every DELETE in order and sends none', async () => {
    await simulator();
    const p = await pipeline(sim);
    const { core, requests } = await teardownOf({
      'connection-id': p.connectionId,
      cascade: 'true',
      'dry-run': 'true',
    });
    expect(core.failed).toBeUndefined();
    expect(requests.every((r) => r.startsWith('GET '))).toBe(true);
    const base = `${sim.url}/data/foundation/flowservice`;
    const planned = [
      `DELETE ${base}/flows/${p.flowId}`,
      `DELETE ${base}/targetConnections/${p.targetId}`,
      `DELETE ${base}/sourceConnections/${p.sourceId}`,
      `DELETE ${base}/connections/${p.connectionId}`,
    ];
    expect(core.messages('info').filter((m) => m.startsWith('Would send'))).toEqual(
      planned.map((r) => `Would send ${r}`),
    );
    expect(core.summary).toContain(planned.join('\n'));
    expect(core.outputs).toEqual({ outcome: 'would-delete' });
    expect(everything(sim).flows).toEqual([p.flowId]);
  });
});

describe('a re-run after an interrupted teardown finishes the job', () => {
  const steps = ['/flows', '/targetConnections', '/sourceConnections', '/connections'] as const;

  it.each(steps)(
    'interrupted when the DELETE of %s acted but its answer was lost',
    async (path) => {
      await simulator(FINALIZING);
      const p = await pipeline(sim);
      sim.inject({ method: 'DELETE', path: new RegExp(`^${path}/`) }, { dropAfterActing: true });
      const inputs = { 'connection-id': p.connectionId, cascade: 'true' };
      const first = await teardownOf({ ...inputs, 'max-attempts': '1' });
      expect(first.core.failed).toMatch(new RegExp(`^DELETE ${path}/[\\w-]+ failed`));
      const rerun = await teardownOf(inputs);
      expect(rerun.core.failed).toBeUndefined();
      expect(rerun.core.outputs.outcome).toBe('deleted');
      expect(everything(sim)).toEqual(empty);
    },
  );

  it.each([
    [0, '404 (already gone)'],
    [1, '1458-400 (still being deleted)'],
  ])(
    'a DELETE retried after a lost answer (finalizing reads: %i) counts its %s as deleted',
    async (deleteFinalizingReads) => {
      await simulator({ deleteFinalizingReads });
      const p = await pipeline(sim);
      sim.inject({ method: 'DELETE', path: /^\/flows\// }, { dropAfterActing: true });
      const { core, requests } = await teardownOf({ 'dataflow-id': p.flowId });
      expect(core.failed).toBeUndefined();
      expect(requests.filter((r) => r === `DELETE /flows/${p.flowId}`)).toHaveLength(2);
      expect(core.outputs['deleted-dataflow-ids']).toBe(p.flowId);
      expect(everything(sim)).toEqual({ ...empty, connections: [p.connectionId] });
    },
  );
});

describe('a refusal', () => {
  it('fails the step, naming the call; outputs list what was deleted before it', async () => {
    await simulator();
    const p = await pipeline(sim);
    sim.inject(
      { method: 'DELETE', path: /^\/targetConnections\// },
      {
        status: 400,
        body: {
          type: 'https://ns.adobe.com/aep/errors/FLOW-1447-400',
          title: 'Invalid request',
          report: { 'detailed-message': `Found active flows containing id ${p.targetId}.` },
        },
      },
    );
    const { core } = await teardownOf({ 'connection-id': p.connectionId, cascade: 'true' });
    expect(core.failed).toMatch(
      `DELETE /targetConnections/${p.targetId} failed with HTTP 400 FLOW-1447-400: Invalid request: Found active flows containing id ${p.targetId}. (request id `,
    );
    expect(core.outputs).toEqual({
      'deleted-connection-id': '',
      'deleted-dataflow-ids': p.flowId,
      'deleted-source-connection-ids': '',
      'deleted-target-connection-ids': '',
      'kept-mapping-set-ids': p.mappingId,
    });
  });
});

describe('inputs', () => {
  it.each([
    [{}, 'none is set'],
    [
      { 'connection-id': '00000000-0000-4000-8000-000000000000', name: 'x' },
      'connection-id and name are all set',
    ],
  ])(
    'exactly one of connection-id, name, dataflow-id, before any request (%j)',
    async (extra, which) => {
      await simulator();
      const { core, requests } = await teardownOf(extra);
      expect(core.failed).toBe(
        `Invalid inputs:\n- exactly one of connection-id, name, dataflow-id is required: ${which}`,
      );
      expect(requests).toEqual([]);
      expect(sim.requests).toEqual([]);
    },
  );

  it('names each bad input, before any request', async () => {
    await simulator();
    const { core } = await teardownOf({
      'dataflow-id': 'not-an-id',
      cascade: 'yes',
      'missing-ok': '',
    });
    expect(core.failed).toBe(
      [
        'Invalid inputs:',
        '- missing-ok is empty: give it a value, or leave it out for the default "true" (an expression that evaluated to empty?)',
        '- dataflow-id must be a dataflow id (a UUID) (got "not-an-id")',
        '- cascade must be true or false (got "yes")',
      ].join('\n'),
    );
    expect(sim.requests).toEqual([]);
  });
});
