import { describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import { sim, simulator } from '../support/simulator.js';
import { BASE, demoOauthParams, flowCalls, runStep, sent, SPEC_ID } from '../support/scenario.js';

const USER_AGENT = { 'user-agent': 'aep-salesforce-connection-action' };

function flowHeaders(token: string, body: boolean) {
  return {
    ...USER_AGENT,
    authorization: `Bearer ${token}`,
    'x-api-key': DEMO.clientId,
    'x-gw-ims-org-id': DEMO.orgId,
    'x-sandbox-name': 'prod',
    accept: 'application/json',
    ...(body ? { 'content-type': 'application/json' } : {}),
  };
}

describe('create', () => {
  it('sends exactly the documented requests and sets every output', async () => {
    await simulator();
    const { core } = await runStep(sim, { description: 'Sales data' });
    expect(core.failed).toBeUndefined();
    const [ims, list, specRead, preflight, post, ...rest] = sim.requests;
    expect(sent(ims!)).toEqual({
      method: 'POST',
      path: '/ims/token/v3',
      query: {},
      headers: {
        ...USER_AGENT,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: {
        grant_type: 'client_credentials',
        client_id: DEMO.clientId,
        client_secret: DEMO.clientSecret,
        scope: 'openid,session,AdobeID,read_organizations,additional_info.projectedProductContext',
      },
    });
    const token = (list!.headers['authorization'] ?? '').replace('Bearer ', '');
    expect(sent(list!)).toEqual({
      method: 'GET',
      path: `${BASE}/connections`,
      query: { property: ['name==Salesforce CRM', `connectionSpec.id==${SPEC_ID}`] },
      headers: flowHeaders(token, false),
      body: undefined,
    });
    expect(sent(specRead!)).toEqual({
      method: 'GET',
      path: `${BASE}/connectionSpecs/${SPEC_ID}`,
      query: {},
      headers: flowHeaders(token, false),
      body: undefined,
    });
    expect(sent(preflight!)).toEqual({
      method: 'POST',
      path: '/services/oauth2/token',
      query: {},
      headers: {
        ...USER_AGENT,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: {
        grant_type: 'client_credentials',
        client_id: DEMO.salesforce.oauth.clientId,
        client_secret: DEMO.salesforce.oauth.clientSecret,
      },
    });
    expect(sent(post!)).toEqual({
      method: 'POST',
      path: `${BASE}/connections`,
      query: {},
      headers: flowHeaders(token, true),
      body: {
        name: 'Salesforce CRM',
        description: 'Sales data',
        auth: {
          specName: 'OAuth2 Client Credential',
          params: demoOauthParams(sim),
        },
        connectionSpec: { id: SPEC_ID, version: '1.0' },
      },
    });
    const [stored] = sim.connections();
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    expect(rest.map(sent).sort(byPath)).toEqual([
      sent(list!),
      {
        method: 'GET',
        path: `${BASE}/connections/${stored!.id}`,
        query: {},
        headers: flowHeaders(token, false),
        body: undefined,
      },
      {
        method: 'GET',
        path: `${BASE}/connections/${stored!.id}/explore`,
        query: { objectType: ['root'] },
        headers: flowHeaders(token, false),
        body: undefined,
      },
    ]);
    expect(core.outputs).toEqual({
      'connection-id': stored!.id,
      etag: stored!.etag,
      outcome: 'created',
      'connection-spec-id': SPEC_ID,
      state: 'enabled',
    });
    expect(stored!.etag).toMatch(/^".+"$/);
    expect(core.secrets).toEqual([
      DEMO.clientSecret,
      DEMO.salesforce.oauth.clientSecret,
      token,
      expect.stringMatching(/^00D\w+!/), // Salesforce's access token, checked and discarded
    ]);
  });

  it('leaves empty optional inputs out of the payload and sends apiVersion when set', async () => {
    await simulator();
    await runStep(sim, { 'salesforce-api-version': '60.0' });
    const post = sim.requests.find((r) => r.method === 'POST' && r.path.endsWith('/connections'));
    expect(post!.body).toEqual({
      name: 'Salesforce CRM',
      auth: {
        specName: 'OAuth2 Client Credential',
        params: { ...demoOauthParams(sim), apiVersion: '60.0' },
      },
      connectionSpec: { id: SPEC_ID, version: '1.0' },
    });
  });

  it('creates a Basic Authentication connection and warns that Adobe deprecated it', async () => {
    await simulator();
    const { basic } = DEMO.salesforce;
    const { core } = await runStep(sim, {
      'salesforce-client-id': '',
      'salesforce-client-secret': '',
      'salesforce-username': basic.username,
      'salesforce-password': basic.password,
      'salesforce-security-token': basic.securityToken,
    });
    expect(core.failed).toBeUndefined();
    expect(core.messages('warning')).toEqual([
      'salesforce-auth-type basic (Basic Authentication) was deprecated by Adobe in January 2026: move to oauth2-client-credential (salesforce-client-id and salesforce-client-secret).',
    ]);
    expect(sim.connections()[0]!.auth).toEqual({
      specName: 'Basic Authentication',
      params: { environmentUrl: sim.url, ...basic },
    });
  });

  it('uses a given access token without calling IMS', async () => {
    await simulator();
    const token = sim.issueToken();
    const { core } = await runStep(sim, { 'client-secret': '', 'access-token': token });
    expect(core.failed).toBeUndefined();
    expect(sim.requests.some((r) => r.path === '/ims/token/v3')).toBe(false);
    const flowRequests = sim.requests.filter((r) => r.path.startsWith(BASE));
    expect(flowRequests.every((r) => r.headers['authorization'] === `Bearer ${token}`)).toBe(true);
    expect(core.secrets).toContain(token);
  });
});

describe('when the connection exists', () => {
  it('reuses it: id, etag and state come from the list item, no write', async () => {
    await simulator();
    const existing = sim.seedConnection({ name: 'Salesforce CRM' });
    const { core } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(flowCalls(sim)).toEqual([
      'GET /connections',
      `GET /connectionSpecs/${SPEC_ID}`,
      `GET /connections/${existing.id}/explore`,
    ]);
    expect(core.outputs).toEqual({
      'connection-id': existing.id,
      etag: existing.etag,
      outcome: 'reused',
      'connection-spec-id': SPEC_ID,
      state: 'enabled',
    });
  });

  it('fails with if-exists: fail, naming the connection, and writes no output', async () => {
    await simulator();
    const existing = sim.seedConnection({ name: 'Salesforce CRM' });
    const { core } = await runStep(sim, { 'if-exists': 'fail' });
    expect(core.failed).toBe(
      `A connection named "Salesforce CRM" already exists (${existing.id}) and if-exists is fail.`,
    );
    expect(flowCalls(sim)).toEqual(['GET /connections', `GET /connectionSpecs/${SPEC_ID}`]);
    expect(core.outputs).toEqual({});
  });

  it('creates another anyway with if-exists: create', async () => {
    await simulator();
    const existing = sim.seedConnection({ name: 'Salesforce CRM' });
    const { core } = await runStep(sim, { 'if-exists': 'create' });
    expect(core.outputs['outcome']).toBe('created');
    expect(core.outputs['connection-id']).not.toBe(existing.id);
    expect(sim.connections()).toHaveLength(2);
  });

  it('ignores connections whose name only resembles it, and those of another spec or sandbox', async () => {
    await simulator();
    sim.seedConnection({ name: 'salesforce crm' });
    sim.seedConnection({ name: 'Salesforce CRM', sandboxName: 'dev' });
    sim.seedConnection({
      name: 'Salesforce CRM',
      connectionSpec: { id: 'cb66ab34-8619-49cb-96d1-39b37ede86ea', version: '1.0' },
    });
    const { core } = await runStep(sim);
    expect(core.outputs['outcome']).toBe('created');
  });
});

describe('verification', () => {
  it('fails the step with what Adobe said, keeping the outputs for a cleanup step', async () => {
    await simulator();
    const { core } = await runStep(sim, {
      'salesforce-client-secret': 'rotated-away',
      'salesforce-preflight': 'false',
    });
    const [stored] = sim.connections();
    expect(core.outputs).toMatchObject({
      'connection-id': stored!.id,
      outcome: 'created',
      state: 'enabled',
    });
    expect(core.failed).toMatch(
      new RegExp(
        `^Verification failed: GET /connections/${stored!.id}/explore failed with HTTP 400 `,
      ),
    );
    expect(core.failed).toMatch(/\(request id [0-9a-f-]{36}\)/);
    expect(core.summary).toContain(
      `| Verification | failed: GET /connections/${stored!.id}/explore failed with HTTP 400 `,
    );
  });

  it('on a reused connection, says the stored credentials may be outdated and how to write the current ones', async () => {
    await simulator();
    const existing = sim.seedConnection({
      name: 'Salesforce CRM',
      auth: {
        specName: 'OAuth2 Client Credential',
        params: { ...demoOauthParams(sim), clientSecret: 'rotated-away-last-quarter' },
      },
    });
    const { core } = await runStep(sim);
    expect(core.outputs).toMatchObject({ 'connection-id': existing.id, outcome: 'reused' });
    expect(core.failed).toMatch(
      new RegExp(
        `^Verification failed: GET /connections/${existing.id}/explore failed with HTTP 400 `,
      ),
    );
    expect(core.failed).toMatch(
      new RegExp(
        `\\nConnection ${existing.id} was reused as it is: the credentials stored in it may be outdated\\. if-exists: update writes the current ones\\.$`,
      ),
    );
  });

  it('does not blame stored credentials on a connection it has just written', async () => {
    await simulator();
    const { core } = await runStep(sim, {
      'salesforce-client-secret': 'rotated-away',
      'salesforce-preflight': 'false',
    });
    expect(core.failed).toMatch(/^Verification failed: /);
    expect(core.failed).not.toContain('may be outdated');
  });

  it('is skipped with verify: false', async () => {
    await simulator();
    const { core } = await runStep(sim, { verify: 'false' });
    expect(core.failed).toBeUndefined();
    expect(flowCalls(sim).some((c) => c.endsWith('/explore'))).toBe(false);
    expect(core.summary).toContain('| Verification | skipped |');
  });
});

describe('Adobe errors', () => {
  it('reports an IMS failure with its text and makes no Flow Service call', async () => {
    await simulator();
    const { core } = await runStep(sim, { 'client-secret': 'wrong-secret' });
    expect(core.failed).toMatch(/^POST \/ims\/token\/v3 failed with HTTP 401 invalid_client: /);
    expect(core.failed).toContain('client-id or client-secret is wrong');
    expect(flowCalls(sim)).toEqual([]);
  });

  it('reports a Flow Service error: call, status, code, title, detail, request id, hint', async () => {
    await simulator();
    sim.inject(
      { method: 'POST', path: '/connections' },
      {
        status: 403,
        body: {
          type: 'https://ns.adobe.com/aep/errors/FLOW-2121-403',
          title: 'Forbidden',
          status: 403,
          report: {
            'detailed-message': 'Manage permission denied on Enterprise Source',
            'request-id': 'req-2121',
          },
        },
      },
    );
    const { core } = await runStep(sim);
    expect(core.failed).toBe(
      'POST /connections failed with HTTP 403 FLOW-2121-403: Forbidden: Manage permission denied on Enterprise Source (request id req-2121)\n' +
        'The API credential\'s role needs the "Manage Sources" permission for this sandbox (Experience Platform → Permissions → Roles).',
    );
  });

  it('reports a gateway error for a token Adobe does not accept', async () => {
    await simulator();
    const { core } = await runStep(sim, { 'client-secret': '', 'access-token': 'expired-token' });
    expect(core.failed).toMatch(/^GET \/connections failed with HTTP 401 401013: /);
  });

  it('reports an unknown sandbox', async () => {
    await simulator();
    const { core } = await runStep(sim, { 'sandbox-name': 'nowhere' });
    expect(core.failed).toMatch(/^GET \/connections failed with HTTP 404 FLOW-2100-404/);
    expect(core.failed).toContain('check sandbox-name');
  });
});

describe('lookup', () => {
  it('follows next-page links across pages', async () => {
    await simulator({ pageSize: 2 });
    for (let i = 0; i < 5; i++) sim.seedConnection({ name: `Other ${i}` });
    const wanted = sim.seedConnection({ name: 'a,b' });
    const { core } = await runStep(sim, { name: 'a,b' });
    expect(core.outputs['connection-id']).toBe(wanted.id);
    const lists = sim.requests.filter(
      (r) => r.method === 'GET' && r.path === `${BASE}/connections`,
    );
    expect(lists).toHaveLength(3);
    expect(lists[0]!.query).toEqual({ property: [`connectionSpec.id==${SPEC_ID}`] });
    expect(lists[1]!.query).toHaveProperty('continuationToken');
  });
});
