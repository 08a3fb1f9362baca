import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type StoredConnection } from '../../simulator/index.js';
import { sim, simulator } from '../support/simulator.js';
import { BASE, flowCalls, runStep, SPEC_ID } from '../support/scenario.js';

const lists = () =>
  sim.requests.filter((r) => r.method === 'GET' && r.path === `${BASE}/connections`);

/** A list item as Flow Service shows one, named so that it never matches the lookup. */
function stranger(n: number) {
  return {
    id: randomUUID(),
    name: `Other ${n}`,
    state: 'enabled',
    etag: `"etag-${n}"`,
    connectionSpec: { id: SPEC_ID, version: '1.0' },
  };
}

/** Every page answers `size` new strangers and a link to yet another page. */
function pageForever(size: number) {
  let page = 0;
  sim.injectAlways(
    { method: 'GET', path: '/connections' },
    {
      rewrite: () => {
        page++;
        const items = Array.from({ length: size }, (_, i) => stranger(page * size + i));
        const next = { href: `/connections?continuationToken=endless-${page}` };
        return { status: 200, body: { items, _links: { next } } };
      },
    },
  );
}

describe('paging is bounded', () => {
  it(
    'stops a listing that never ends after 1000 pages, naming the bound, before any write',
    { timeout: 60_000 },
    async () => {
      await simulator();
      pageForever(3);
      const { core } = await runStep(sim);
      expect(core.failed).toBe(
        'GET /connections: Flow Service still offered a next page after 1000 pages (3000 items); ' +
          'the lookup reads at most 1000 pages or 100000 items, so it stopped there.',
      );
      expect(lists()).toHaveLength(1000);
      expect(flowCalls(sim).filter((c) => c !== 'GET /connections')).toEqual([
        `GET /connectionSpecs/${SPEC_ID}`,
      ]);
      expect(core.outputs).toEqual({});
    },
  );

  it('stops once more than 100000 items were listed, naming the bound', async () => {
    await simulator();
    pageForever(2_500);
    const { core } = await runStep(sim);
    expect(core.failed).toBe(
      'GET /connections: Flow Service listed 102500 items in 41 pages; ' +
        'the lookup reads at most 1000 pages or 100000 items, so it stopped there.',
    );
    expect(lists()).toHaveLength(41);
  });
});

describe('repeated list items', () => {
  it('counts a connection that offset paging shows on two pages once, and reuses it', async () => {
    await simulator({ pageSize: 2 });
    sim.seedConnection({ name: 'Other 0' });
    const wanted = sim.seedConnection({ name: 'a,b' });
    sim.seedConnection({ name: 'Other 1' });
    sim.seedConnection({ name: 'Other 2' });
    let lastOfPreviousPage: unknown;
    sim.injectAlways(
      { method: 'GET', path: '/connections' },
      {
        rewrite: (reply, request) => {
          const body = reply.body as { items: unknown[]; _links: unknown };
          const items =
            request.query['continuationToken'] && lastOfPreviousPage
              ? [lastOfPreviousPage, ...body.items]
              : body.items;
          lastOfPreviousPage = body.items.at(-1);
          return { ...reply, body: { ...body, items } };
        },
      },
    );
    const { core } = await runStep(sim, { name: 'a,b' });
    expect(core.failed).toBeUndefined();
    expect(lists().length).toBeGreaterThan(1);
    expect(core.outputs).toMatchObject({ 'connection-id': wanted.id, outcome: 'reused' });
    expect(core.messages('info')).toContain(
      `Found 1 connection(s) named "a,b": ${wanted.id} (enabled)`,
    );
  });
});

describe('twins at creation', () => {
  const createdBy = (rival: StoredConnection | undefined) =>
    sim.connections().find((c) => c.id !== rival?.id)!;

  it('re-lists the name after a create and warns, oldest first, when a concurrent run made a twin', async () => {
    await simulator();
    let rival: StoredConnection | undefined;
    sim.inject(
      { method: 'POST', path: '/connections' },
      {
        rewrite: (reply) => {
          rival = sim.seedConnection({ name: 'Salesforce CRM', createdAt: Date.now() - 1_000 });
          return reply;
        },
      },
    );
    const { core } = await runStep(sim);
    const ours = createdBy(rival);
    expect(core.failed).toBeUndefined();
    expect(core.outputs).toMatchObject({ 'connection-id': ours.id, outcome: 'created' });
    expect(core.messages('warning')).toEqual([
      `2 connections named "Salesforce CRM" appeared since the lookup, oldest first: ${rival!.id}, ${ours.id}. ` +
        `This run created ${ours.id}; another run may be creating the same connection. Keep one and delete the others.`,
    ]);
  });

  it('runs the re-list side by side with the state read and the exploration, not after them', async () => {
    await simulator();
    let callsWhileRelisting: string[] = [];
    sim.inject(
      { method: 'GET', path: '/connections' },
      {},
      {
        delayMs: 300,
        rewrite: (reply) => {
          callsWhileRelisting = flowCalls(sim);
          return reply;
        },
      },
    );
    const { core } = await runStep(sim);
    const [ours] = sim.connections();
    expect(core.failed).toBeUndefined();
    const afterPost = [
      'GET /connections',
      `GET /connections/${ours!.id}`,
      `GET /connections/${ours!.id}/explore`,
    ];
    expect(flowCalls(sim).slice(0, 3)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      'POST /connections',
    ]);
    expect(flowCalls(sim).slice(3).sort()).toEqual(afterPost);
    expect(callsWhileRelisting.slice(3).sort()).toEqual(afterPost);
    expect(core.messages('warning')).toEqual([]);
  });

  it('does not count a same-name connection that existed before the lookup (if-exists: create)', async () => {
    await simulator();
    sim.seedConnection({ name: 'Salesforce CRM' });
    const { core } = await runStep(sim, { 'if-exists': 'create' });
    expect(core.failed).toBeUndefined();
    expect(lists()).toHaveLength(2);
    expect(core.messages('warning')).toEqual([]);
  });

  it('keeps the created connection when the re-list fails, and says the check was not made', async () => {
    await simulator();
    sim.inject({ method: 'GET', path: '/connections' }, {}, { status: 403 });
    const { core } = await runStep(sim, { 'max-attempts': '1' });
    const [ours] = sim.connections();
    expect(core.failed).toBeUndefined();
    expect(core.outputs).toMatchObject({ 'connection-id': ours!.id, outcome: 'created' });
    expect(core.messages('warning')).toEqual([
      expect.stringMatching(
        /^Could not list "Salesforce CRM" again to look for a twin created meanwhile: GET \/connections failed with HTTP 403 /,
      ),
    ]);
  });
});
