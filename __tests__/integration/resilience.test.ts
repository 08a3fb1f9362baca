import { describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import { sim, simulator } from '../support/simulator.js';
import {
  BASE,
  demoOauthParams,
  flowCalls,
  runStep,
  runStepInRealTime,
  sent,
  SPEC_ID,
} from '../support/scenario.js';

function seedStale(description?: string) {
  return sim.seedConnection({
    name: 'Salesforce CRM',
    ...(description !== undefined ? { description } : {}),
    auth: {
      specName: 'OAuth2 Client Credential',
      params: { ...demoOauthParams(sim), clientSecret: 'last-quarter', apiVersion: '58.0' },
    },
  });
}

const patches = () => sim.requests.filter((r) => r.method === 'PATCH');

describe('if-exists: update', () => {
  it('replaces the complete params with If-Match and outputs the new etag', async () => {
    await simulator();
    const existing = seedStale('old words');
    const { core } = await runStep(sim, { 'if-exists': 'update', description: 'Sales data' });
    expect(core.failed).toBeUndefined();
    const [patch] = patches();
    expect(sent(patch!)).toMatchObject({
      method: 'PATCH',
      path: `${BASE}/connections/${existing.id}`,
      headers: { 'if-match': existing.etag, 'content-type': 'application/json' },
      body: [
        { op: 'replace', path: '/auth/params', value: demoOauthParams(sim) },
        { op: 'replace', path: '/description', value: 'Sales data' },
      ],
    });
    const [stored] = sim.connections();
    expect(stored!.auth.params).toEqual(demoOauthParams(sim));
    expect(stored!.description).toBe('Sales data');
    expect(core.outputs).toEqual({
      'connection-id': existing.id,
      etag: stored!.etag,
      outcome: 'updated',
      'connection-spec-id': SPEC_ID,
      state: 'enabled',
    });
    expect(stored!.etag).not.toBe(existing.etag);
    expect(flowCalls(sim).filter((c) => c.endsWith('/explore'))).toHaveLength(1);
  });

  it('adds a description the connection lacks', async () => {
    await simulator();
    seedStale();
    await runStep(sim, { 'if-exists': 'update', description: 'Sales data' });
    expect(patches()[0]!.body).toEqual([
      { op: 'replace', path: '/auth/params', value: demoOauthParams(sim) },
      { op: 'add', path: '/description', value: 'Sales data' },
    ]);
  });

  it('replaces /auth as a whole when the auth type changes, and says so', async () => {
    await simulator();
    const { basic } = DEMO.salesforce;
    sim.seedConnection({
      name: 'Salesforce CRM',
      auth: {
        specName: 'Basic Authentication',
        params: { environmentUrl: DEMO.salesforce.environmentUrl, ...basic },
      },
    });
    const { core } = await runStep(sim, { 'if-exists': 'update' });
    expect(patches()[0]!.body).toEqual([
      {
        op: 'replace',
        path: '/auth',
        value: { specName: 'OAuth2 Client Credential', params: demoOauthParams(sim) },
      },
    ]);
    expect(core.messages('info')).toContain(
      'Auth type changes from "Basic Authentication" to "OAuth2 Client Credential": replacing /auth as a whole',
    );
    expect(sim.connections()[0]!.auth.specName).toBe('OAuth2 Client Credential');
  });

  it('re-reads the etag after a 412 and tries once more', async () => {
    await simulator();
    const existing = seedStale();
    sim.inject(
      { method: 'PATCH', path: `/connections/${existing.id}` },
      {
        status: 412,
        body: {
          type: 'https://ns.adobe.com/aep/errors/FLOW-1404-412',
          title: 'Precondition failed',
          status: 412,
        },
      },
    );
    const { core } = await runStep(sim, { 'if-exists': 'update' });
    expect(core.failed).toBeUndefined();
    expect(patches()).toHaveLength(2);
    expect(flowCalls(sim).slice(0, 5)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      `PATCH /connections/${existing.id}`,
      `GET /connections/${existing.id}`,
      `PATCH /connections/${existing.id}`,
    ]);
    expect(core.outputs['outcome']).toBe('updated');
  });

  it('fails after a second 412 (two PATCHes at most)', async () => {
    await simulator();
    const existing = seedStale();
    const stale = {
      status: 412,
      body: { type: 'https://ns.adobe.com/aep/errors/FLOW-1404-412', title: 'Precondition failed' },
    };
    sim.inject({ method: 'PATCH', path: `/connections/${existing.id}` }, stale, stale);
    const { core } = await runStep(sim, { 'if-exists': 'update' });
    expect(patches()).toHaveLength(2);
    expect(core.failed).toMatch(/^PATCH \/connections\/\S+ failed with HTTP 412 FLOW-1404-412/);
  });

  it('does not re-send a PATCH whose answer was lost: the changed etag shows it took effect', async () => {
    await simulator();
    const existing = seedStale();
    sim.inject({ method: 'PATCH', path: `/connections/${existing.id}` }, { dropAfterActing: true });
    const { core } = await runStep(sim, { 'if-exists': 'update' });
    expect(core.failed).toBeUndefined();
    expect(patches()).toHaveLength(1);
    const [stored] = sim.connections();
    expect(stored!.auth.params).toEqual(demoOauthParams(sim));
    expect(core.outputs).toMatchObject({ outcome: 'updated', etag: stored!.etag });
  });

  it('explains 1445-400 (PATCH not enabled) and suggests if-exists: create', async () => {
    await simulator({ patchEnabled: false });
    seedStale();
    const { core } = await runStep(sim, { 'if-exists': 'update' });
    expect(core.failed).toMatch(/failed with HTTP 400 FLOW-1445-400/);
    expect(core.failed).toContain('use if-exists: create');
    expect(core.outputs).toEqual({});
  });
});

describe('retries', () => {
  it('looks up again between attempts of a POST that failed with 503, and ends with one connection', async () => {
    await simulator();
    sim.inject({ method: 'POST', path: '/connections' }, { status: 503 }, { status: 503 });
    const { core, clock } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(flowCalls(sim).slice(0, 7)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      'POST /connections',
      'GET /connections',
      'POST /connections',
      'GET /connections',
      'POST /connections',
    ]);
    expect(sim.connections()).toHaveLength(1);
    expect(clock.sleeps).toEqual([500, 1_000]);
    expect(core.messages('info')).toContain(
      'POST /connections: HTTP 503, attempt 1/5; retrying in 0.5 s',
    );
    expect(core.messages('warning')).toEqual([]);
  });

  it('honours Retry-After on a 429, without a lookup in between', async () => {
    await simulator();
    sim.inject(
      { method: 'GET', path: '/connections' },
      { status: 429, headers: { 'retry-after': '1' } },
    );
    const { core, clock } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(clock.sleeps).toEqual([1_000]);
    expect(flowCalls(sim).slice(0, 4)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      'GET /connections',
      'POST /connections',
    ]);
  });

  it('takes the connection a POST created when its answer was lost, instead of creating another', async () => {
    await simulator();
    sim.inject({ method: 'POST', path: '/connections' }, { dropAfterActing: true });
    const { core } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(sim.connections()).toHaveLength(1);
    expect(flowCalls(sim).filter((c) => c === 'POST /connections')).toHaveLength(1);
    expect(core.outputs).toMatchObject({
      'connection-id': sim.connections()[0]!.id,
      outcome: 'created',
    });
  });

  it('with if-exists: create, does not mistake the older same-name connection for the lost one', async () => {
    await simulator();
    const older = sim.seedConnection({ name: 'Salesforce CRM' });
    sim.inject({ method: 'POST', path: '/connections' }, { dropAfterActing: true });
    const { core } = await runStep(sim, { 'if-exists': 'create' });
    const created = sim.connections().find((c) => c.id !== older.id);
    expect(sim.connections()).toHaveLength(2);
    expect(core.outputs['connection-id']).toBe(created!.id);
  });

  it('refuses to pick when two new connections appear while a lost POST is reconciled', async () => {
    await simulator();
    sim.inject({ method: 'POST', path: '/connections' }, { delayMs: 300, dropAfterActing: true });
    const rival = new Promise<string>((resolve) => {
      const poll = setInterval(() => {
        if (!sim.requests.some((r) => r.method === 'POST' && r.path === `${BASE}/connections`))
          return;
        clearInterval(poll);
        resolve(sim.seedConnection({ name: 'Salesforce CRM' }).id);
      }, 5);
    });
    const { core } = await runStep(sim);
    const rivalId = await rival;
    const ours = sim.connections().find((c) => c.id !== rivalId)!;
    expect(core.failed).toBe(
      `While POST /connections was retried, 2 new connections named "Salesforce CRM" appeared (${rivalId}, ${ours.id}): another run may be creating it too. Keep one and delete the others.`,
    );
    expect(core.outputs).toEqual({});
  });

  it('makes a single attempt with max-attempts: 1', async () => {
    await simulator();
    sim.inject({ method: 'POST', path: '/connections' }, { status: 503 });
    const { core } = await runStep(sim, { 'max-attempts': '1' });
    // One POST; the 503 may have acted, so the action looks once more rather than leave it unknown.
    expect(flowCalls(sim)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      'POST /connections',
      'GET /connections',
    ]);
    expect(core.failed).toMatch(/^POST \/connections failed with HTTP 503 FLOW-1103-503/);
    expect(core.failed).toMatch(/may have taken effect.*look for connection "Salesforce CRM"/s);
  });

  it('retries the IMS call the same way', async () => {
    await simulator();
    sim.inject({ method: 'POST', path: '/ims/token/v3' }, { status: 502 });
    const { core } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(sim.requests.filter((r) => r.path === '/ims/token/v3')).toHaveLength(2);
  });

  it('fails within timeout-seconds when the server never answers', async () => {
    await simulator();
    sim.inject(
      { method: 'GET', path: '/connections' },
      { hang: true },
      { hang: true },
      { hang: true },
    );
    const started = Date.now();
    const { core } = await runStepInRealTime(sim, { 'timeout-seconds': '1' });
    const elapsed = Date.now() - started;
    expect(core.failed).toMatch(
      /^Timed out after 1 s \(timeout-seconds\) waiting for GET \/connections/,
    );
    expect(elapsed).toBeLessThan(2_000);
  });
});

describe('state', () => {
  it('polls an initializing connection until it is enabled, then verifies', async () => {
    await simulator({ initializingReads: 3 });
    const { core, clock } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    const id = sim.connections()[0]!.id;
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000]);
    expect(core.outputs['state']).toBe('enabled');
    expect(flowCalls(sim).slice(-2)).toEqual([
      `GET /connections/${id}`,
      `GET /connections/${id}/explore`,
    ]);
  });

  it('fails naming the state an initializing connection ends in', async () => {
    await simulator({ initializingReads: 1, finalState: 'failed' });
    const { core } = await runStep(sim);
    const id = sim.connections()[0]!.id;
    expect(core.failed).toBe(`Connection ${id} left initializing as failed, not enabled`);
    expect(core.outputs['connection-id']).toBe(id);
  });

  it('reuses a disabled connection with a warning', async () => {
    await simulator();
    const existing = sim.seedConnection({ name: 'Salesforce CRM', state: 'disabled' });
    const { core } = await runStep(sim, { verify: 'false' });
    expect(core.failed).toBeUndefined();
    expect(core.outputs).toMatchObject({
      'connection-id': existing.id,
      state: 'disabled',
      outcome: 'reused',
    });
    expect(core.messages('warning')).toEqual([
      `Connection ${existing.id} is disabled: it was reused as it is; enable it in Experience Platform before dataflows use it.`,
    ]);
  });
});

describe('a disabled connection', () => {
  it('is reused as it is, never enabled, and fails verification with the warning to enable it', async () => {
    await simulator();
    const existing = sim.seedConnection({ name: 'Salesforce CRM', state: 'disabled' });
    const { core } = await runStep(sim);
    expect(sim.requests.filter((r) => r.method !== 'GET' && r.path !== '/ims/token/v3')).toEqual(
      [],
    );
    expect(core.outputs).toMatchObject({ outcome: 'reused', state: 'disabled' });
    expect(core.messages('warning')).toEqual([
      `Connection ${existing.id} is disabled: it was reused as it is; enable it in Experience Platform before dataflows use it.`,
    ]);
    expect(core.failed).toMatch(
      new RegExp(
        `^Verification failed: GET /connections/${existing.id}/explore failed with HTTP 400`,
      ),
    );
  });
});

describe('dry-run', () => {
  it('plans a create: read-only calls, would-create, masked request in the summary', async () => {
    await simulator();
    const { core } = await runStep(sim, { 'dry-run': 'true' });
    expect(core.failed).toBeUndefined();
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /ims/token/v3',
      `GET ${BASE}/connections`,
      `GET ${BASE}/connectionSpecs/${SPEC_ID}`,
      'POST /services/oauth2/token',
    ]);
    expect(core.outputs).toEqual({ outcome: 'would-create', 'connection-spec-id': SPEC_ID });
    expect(core.summary).toContain(`POST ${sim.url}${BASE}/connections`);
    expect(core.summary).toContain('"clientSecret": "***"');
    expect(core.summary).not.toContain(DEMO.salesforce.oauth.clientSecret);
  });

  it('plans an update with the existing connection in the outputs', async () => {
    await simulator();
    const existing = seedStale();
    const { core } = await runStep(sim, { 'dry-run': 'true', 'if-exists': 'update' });
    expect(flowCalls(sim)).toEqual(['GET /connections', `GET /connectionSpecs/${SPEC_ID}`]);
    expect(core.outputs).toEqual({
      'connection-id': existing.id,
      etag: existing.etag,
      outcome: 'would-update',
      state: 'enabled',
      'connection-spec-id': SPEC_ID,
    });
    expect(core.summary).toContain(`If-Match: ${existing.etag}`);
  });

  it('plans a reuse, and a create with empty id even when a same-name connection exists', async () => {
    await simulator();
    const existing = sim.seedConnection({ name: 'Salesforce CRM' });
    const reuse = await runStep(sim, { 'dry-run': 'true' });
    expect(reuse.core.outputs).toMatchObject({
      'connection-id': existing.id,
      outcome: 'would-reuse',
    });
    const create = await runStep(sim, { 'dry-run': 'true', 'if-exists': 'create' });
    expect(create.core.outputs).toEqual({ outcome: 'would-create', 'connection-spec-id': SPEC_ID });
    const readsOrLogins = (r: { method: string; path: string }) =>
      r.method === 'GET' || r.path === '/ims/token/v3' || r.path === '/services/oauth2/token';
    expect(sim.requests.every(readsOrLogins)).toBe(true);
  });

  it('fails the same way a real run would', async () => {
    await simulator();
    sim.seedConnection({ name: 'Salesforce CRM' });
    const { core } = await runStep(sim, { 'dry-run': 'true', 'if-exists': 'fail' });
    expect(core.failed).toMatch(/already exists .* and if-exists is fail/);
  });
});

describe('names', () => {
  it.each(['Sales & Service #1', '100% + more', 'Vertrieb Köln Ünïcødé', 'two  spaces'])(
    'finds "%s" through the name filter',
    async (name) => {
      await simulator();
      const existing = sim.seedConnection({ name });
      const { core } = await runStep(sim, { name });
      expect(core.outputs['connection-id']).toBe(existing.id);
      expect(sim.requests.find((r) => r.method === 'GET')!.query['property']).toEqual([
        `name==${name}`,
        `connectionSpec.id==${SPEC_ID}`,
      ]);
    },
  );

  it.each(['EMEA, APAC', 'the "main" one', "Ops' org", 'a==b'])(
    'lists by spec only for "%s" and matches the name exactly',
    async (name) => {
      await simulator();
      const otherCase = name.toUpperCase() === name ? name.toLowerCase() : name.toUpperCase();
      sim.seedConnection({ name: otherCase });
      const existing = sim.seedConnection({ name });
      const { core } = await runStep(sim, { name });
      expect(core.outputs['connection-id']).toBe(existing.id);
      expect(sim.requests.find((r) => r.method === 'GET')!.query['property']).toEqual([
        `connectionSpec.id==${SPEC_ID}`,
      ]);
    },
  );

  it('refuses to pick among twins: lists every id, no connection-id output', async () => {
    await simulator();
    const a = sim.seedConnection({ name: 'Salesforce CRM' });
    const b = sim.seedConnection({ name: 'Salesforce CRM' });
    const { core } = await runStep(sim, { 'if-exists': 'update' });
    expect(core.failed).toMatch(
      new RegExp(
        `^2 connections are named "Salesforce CRM" in sandbox prod, oldest first:\\n- ${a.id} \\(created [^)]+\\)\\n- ${b.id} \\(created [^)]+\\)\\n`,
      ),
    );
    expect(core.failed).toContain('DELETE /data/foundation/flowservice/connections/{id}');
    expect(core.outputs).toEqual({});
    expect(patches()).toEqual([]);
  });
});
