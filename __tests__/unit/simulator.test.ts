import { request } from 'node:https';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO, SALESFORCE_SPEC_ID, type Simulator } from '../../simulator/index.js';
import { ipv6LoopbackAvailable } from '../support/ipv6.js';
import { anotherSimulator, sim, simulator } from '../support/simulator.js';
import { throwawayCertificate } from '../support/tls.js';

const BASE = '/data/foundation/flowservice';
const IPV6_LOOPBACK = await ipv6LoopbackAvailable();
const SCOPE = 'openid,AdobeID,read_organizations,additional_info.projectedProductContext';

const oauthParams = {
  environmentUrl: DEMO.salesforce.environmentUrl,
  clientId: DEMO.salesforce.oauth.clientId,
  clientSecret: DEMO.salesforce.oauth.clientSecret,
};
const basicParams = { environmentUrl: DEMO.salesforce.environmentUrl, ...DEMO.salesforce.basic };

function newConnection(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Salesforce',
    auth: { specName: 'OAuth2 Client Credential', params: oauthParams },
    connectionSpec: { id: SALESFORCE_SPEC_ID, version: '1.0' },
    ...overrides,
  };
}

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

function tokenRequest(sim: Simulator, form: Record<string, string>, query = ''): Promise<Answer> {
  return fetch(`${sim.url}/ims/token/v3${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  }).then(answer);
}

const demoForm = {
  grant_type: 'client_credentials',
  client_id: DEMO.clientId,
  client_secret: DEMO.clientSecret,
  scope: SCOPE,
};

interface Call {
  body?: unknown;
  headers?: Record<string, string | undefined>;
}

function defaultHeaders(sim: Simulator): Record<string, string> {
  return {
    authorization: `Bearer ${sim.issueToken()}`,
    'x-api-key': DEMO.clientId,
    'x-gw-ims-org-id': DEMO.orgId,
    'x-sandbox-name': 'prod',
    'content-type': 'application/json',
  };
}

function flow(sim: Simulator, method: string, path: string, call: Call = {}): Promise<Answer> {
  const merged = { ...defaultHeaders(sim), ...call.headers };
  const headers = Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const body = call.body === undefined ? null : JSON.stringify(call.body);
  return fetch(`${sim.url}${BASE}${path}`, { method, headers, body }).then(answer);
}

async function create(sim: Simulator, overrides: Record<string, unknown> = {}) {
  const created = await flow(sim, 'POST', '/connections', { body: newConnection(overrides) });
  expect(created.status).toBe(201);
  return created.body as { id: string; etag: string };
}

function flowCode(body: unknown): string | undefined {
  const type = (body as { type?: string } | undefined)?.type;
  return type?.replace('https://ns.adobe.com/aep/errors/', '');
}

beforeEach(async () => {
  await simulator();
});

describe('IMS token endpoint', () => {
  it('exchanges DEMO client credentials for a bearer token Flow Service accepts', async () => {
    const { status, body } = await tokenRequest(sim, demoForm);
    expect(status).toBe(200);
    expect(body).toEqual({
      access_token: expect.any(String),
      token_type: 'bearer',
      expires_in: 86399,
    });
    const token = (body as { access_token: string }).access_token;
    const list = await flow(sim, 'GET', '/connections', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(list.status).toBe(200);
  });

  it.each([
    [{ client_id: 'nobody' }, 401, 'invalid_client'],
    [{ client_secret: 'wrong' }, 401, 'invalid_client'],
    [{ scope: '' }, 400, 'invalid_scope'],
    [{ scope: 'openid,AdobeID,admin' }, 400, 'invalid_scope'],
    [{ grant_type: 'password' }, 400, 'unsupported_grant_type'],
  ])('refuses %o with %i %s', async (change, status, error) => {
    const refused = await tokenRequest(sim, { ...demoForm, ...change });
    expect(refused.status).toBe(status);
    expect(refused.body).toEqual({ error, error_description: expect.any(String) });
  });

  it('refuses credentials in the query string and bodies that are not form-encoded', async () => {
    const inQuery = await tokenRequest(sim, demoForm, `?client_id=${DEMO.clientId}`);
    expect(inQuery).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const asJson = await fetch(`${sim.url}/ims/token/v3`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(demoForm),
    }).then(answer);
    expect(asJson).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });

  it('accepts the clients it is configured with, and only those', async () => {
    const custom = await anotherSimulator({
      clients: [{ clientId: 'ci', clientSecret: 's3cret' }],
    });
    const ok = { ...demoForm, client_id: 'ci', client_secret: 's3cret' };
    expect((await tokenRequest(custom, ok)).status).toBe(200);
    expect((await tokenRequest(custom, demoForm)).status).toBe(401);
  });
});

describe('gateway checks', () => {
  it.each([
    ['no token', { authorization: undefined }, 403, { error_code: '403010' }],
    ['a foreign token', { authorization: 'Bearer forged' }, 401, { error_code: '401013' }],
    ['no api key', { 'x-api-key': undefined }, 403, { error_code: '403000' }],
    ['another api key', { 'x-api-key': 'other' }, 403, { error_code: '403003' }],
    ['no org', { 'x-gw-ims-org-id': undefined }, 400, { error_code: '400003' }],
    ['another org', { 'x-gw-ims-org-id': 'X@AdobeOrg' }, 401, { status: 401 }],
    ['an unknown sandbox', { 'x-sandbox-name': 'nope' }, 404, { status: 404 }],
  ])('answers a call with %s with %i', async (_case, headers, status, body) => {
    const refused = await flow(sim, 'GET', '/connections', { headers });
    expect(refused.status).toBe(status);
    expect(refused.body).toMatchObject(body);
  });

  it('uses Flow Service codes for org and sandbox problems', async () => {
    const org = await flow(sim, 'GET', '/connections', {
      headers: { 'x-gw-ims-org-id': 'X@AdobeOrg' },
    });
    expect(flowCode(org.body)).toBe('FLOW-2000-401');
    const sandbox = await flow(sim, 'GET', '/connections', {
      headers: { 'x-sandbox-name': 'nope' },
    });
    expect(flowCode(sandbox.body)).toBe('FLOW-2100-404');
  });

  it('binds issued tokens to their client id', async () => {
    const headers = { authorization: `Bearer ${sim.issueToken('other-client')}` };
    expect((await flow(sim, 'GET', '/connections', { headers })).body).toEqual({
      error_code: '403003',
      message: expect.any(String),
    });
    const matching = { ...headers, 'x-api-key': 'other-client' };
    expect((await flow(sim, 'GET', '/connections', { headers: matching })).status).toBe(200);
  });

  it('defaults a missing sandbox header to prod', async () => {
    const { id } = await create(sim);
    const read = await flow(sim, 'GET', `/connections/${id}`, {
      headers: { 'x-sandbox-name': undefined },
    });
    expect(read.status).toBe(200);
    expect(sim.connections()[0]?.sandboxName).toBe('prod');
  });

  it('refuses a body that is not sent as application/json', async () => {
    const refused = await flow(sim, 'POST', '/connections', {
      body: newConnection(),
      headers: { 'content-type': 'text/plain' },
    });
    expect(refused.status).toBe(415);
    expect(sim.connections()).toEqual([]);
  });

  it('puts the request id of every answer in x-request-id and in error reports', async () => {
    const missing = await flow(sim, 'GET', '/connections/unknown-id');
    expect(missing.status).toBe(404);
    expect(flowCode(missing.body)).toBe('FLOW-1101-404');
    const report = (missing.body as { report: Record<string, string> }).report;
    expect(missing.headers.get('x-request-id')).toBe(report['request-id']);
    expect((await flow(sim, 'GET', '/connections')).headers.get('x-request-id')).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it('answers 404 to unknown routes', async () => {
    expect((await flow(sim, 'GET', '/connectionSpecs')).status).toBe(404);
    expect((await fetch(`${sim.url}/elsewhere`)).status).toBe(404);
  });
});

describe('POST /connections', () => {
  it('creates an enabled connection and answers 201 with Location and exactly id and etag', async () => {
    const created = await flow(sim, 'POST', '/connections', { body: newConnection() });
    expect(created.status).toBe(201);
    const { id, etag } = created.body as { id: string; etag: string };
    expect(created.body).toEqual({ id, etag });
    expect(etag).toMatch(/^"[0-9a-f-]+"$/);
    expect(created.headers.get('location')).toBe(`${BASE}/connections/${id}`);
    expect(sim.connections()).toEqual([
      expect.objectContaining({
        id,
        etag,
        name: 'Salesforce',
        state: 'enabled',
        version: 1,
        auth: { specName: 'OAuth2 Client Credential', params: oauthParams },
        sandboxName: 'prod',
        imsOrgId: DEMO.orgId,
      }),
    ]);
  });

  it('does not enforce unique names', async () => {
    await create(sim);
    await create(sim);
    expect(sim.connections()).toHaveLength(2);
  });

  it('accepts Basic Authentication and the optional params', async () => {
    await create(sim, { auth: { specName: 'Basic Authentication', params: basicParams } });
    const params = { ...oauthParams, apiVersion: '60.0', includeDeletedObjects: true };
    await create(sim, { auth: { specName: 'OAuth2 Client Credential', params } });
    expect(sim.connections()).toHaveLength(2);
  });

  it.each([
    ['an empty body', undefined, 'FLOW-1405-400'],
    [
      'an unknown spec id',
      newConnection({ connectionSpec: { id: 'x', version: '1.0' } }),
      'FLOW-1413-400',
    ],
    [
      'an unknown auth spec name',
      newConnection({ auth: { specName: 'OAuth2', params: oauthParams } }),
      'FLOW-1415-400',
    ],
    [
      'an unknown param',
      newConnection({
        auth: { specName: 'OAuth2 Client Credential', params: { ...oauthParams, extra: 'x' } },
      }),
      'FLOW-1100-400',
    ],
    [
      'a missing param',
      newConnection({
        auth: {
          specName: 'OAuth2 Client Credential',
          params: { ...oauthParams, clientSecret: undefined },
        },
      }),
      'FLOW-1100-400',
    ],
    [
      'an empty param',
      newConnection({
        auth: { specName: 'OAuth2 Client Credential', params: { ...oauthParams, clientId: '' } },
      }),
      'FLOW-1100-400',
    ],
    [
      'a string boolean',
      newConnection({
        auth: {
          specName: 'OAuth2 Client Credential',
          params: { ...oauthParams, includeDeletedObjects: 'true' },
        },
      }),
      'FLOW-1100-400',
    ],
    [
      'OAuth params under Basic',
      newConnection({ auth: { specName: 'Basic Authentication', params: oauthParams } }),
      'FLOW-1100-400',
    ],
  ])('refuses %s', async (_case, body, code) => {
    const refused = await flow(sim, 'POST', '/connections', { body });
    expect(refused.status).toBe(400);
    expect(flowCode(refused.body)).toBe(code);
    expect(sim.connections()).toEqual([]);
  });
});

describe('GET /connections', () => {
  it('ANDs property filters, ORs comma-separated values and masks secrets', async () => {
    sim.seedConnection({ name: 'a' });
    sim.seedConnection({
      name: 'b',
      auth: { specName: 'Basic Authentication', params: basicParams },
    });
    sim.seedConnection({ name: 'a', connectionSpec: { id: 'other-spec', version: '1.0' } });
    sim.seedConnection({ name: 'a', sandboxName: 'dev' });
    const list = await fetch(
      `${sim.url}${BASE}/connections?property=name==a,b&property=connectionSpec.id==${SALESFORCE_SPEC_ID}`,
      { headers: defaultHeaders(sim) },
    ).then(answer);
    const { items, _links } = list.body as {
      items: { name: string; auth: unknown }[];
      _links: object;
    };
    expect(items.map((i) => i.name)).toEqual(['a', 'b']);
    expect(items.map((i) => i.auth)).toEqual([
      {
        specName: 'OAuth2 Client Credential',
        params: { ...oauthParams, environmentUrl: sim.url, clientSecret: '***' },
      },
      {
        specName: 'Basic Authentication',
        params: { ...basicParams, password: '***', securityToken: '***' },
      },
    ]);
    expect(_links).toEqual({});
  });

  it('refuses filter values with quotes or a second ==', async () => {
    for (const property of ['name=="a"', 'name==a==b', 'state==enabled']) {
      const query = `?property=${encodeURIComponent(property)}`;
      expect((await flow(sim, 'GET', `/connections${query}`)).status).toBe(400);
    }
  });

  it('pages with a continuation token that keeps the filters', async () => {
    const paged = await anotherSimulator({ pageSize: 2 });
    for (const name of ['x', 'x', 'y', 'x']) paged.seedConnection({ name });
    const first = await flow(paged, 'GET', '/connections?property=name==x');
    const firstBody = first.body as { items: unknown[]; _links: { next: { href: string } } };
    expect(firstBody.items).toHaveLength(2);
    expect(firstBody._links.next.href).toMatch(/^\/connections\?continuationToken=[\w-]+$/);
    const second = await flow(paged, 'GET', firstBody._links.next.href);
    expect(second.body).toEqual({ items: [expect.objectContaining({ name: 'x' })], _links: {} });
  });
});

describe('GET /connections/{id}', () => {
  it('answers the connection in an items envelope', async () => {
    const seeded = sim.seedConnection({ name: 'seeded', description: 'd' });
    const read = await flow(sim, 'GET', `/connections/${seeded.id}`);
    expect(read.body).toEqual({
      items: [
        {
          ...seeded,
          auth: {
            ...seeded.auth,
            params: { ...oauthParams, environmentUrl: sim.url, clientSecret: '***' },
          },
        },
      ],
    });
  });

  it('turns new connections from initializing to the final state after the configured reads', async () => {
    const slow = await anotherSimulator({ initializingReads: 2, finalState: 'failed' });
    const { id } = await create(slow);
    const states: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      const read = await flow(slow, 'GET', `/connections/${id}`);
      states.push((read.body as { items: { state: string }[] }).items[0]?.state);
    }
    expect(states).toEqual(['initializing', 'initializing', 'failed']);
  });
});

describe('PATCH /connections/{id}', () => {
  const newParams = { ...oauthParams, clientSecret: 'rotated', apiVersion: '61.0' };
  const replaceParams = [{ op: 'replace', path: '/auth/params', value: newParams }];

  it('needs an If-Match header equal to the current etag', async () => {
    const { id, etag } = await create(sim);
    const missing = await flow(sim, 'PATCH', `/connections/${id}`, { body: replaceParams });
    expect(flowCode(missing.body)).toBe('FLOW-1403-400');
    const stale = await flow(sim, 'PATCH', `/connections/${id}`, {
      body: replaceParams,
      headers: { 'if-match': etag.replaceAll('"', '') },
    });
    expect(stale.status).toBe(412);
    expect(flowCode(stale.body)).toBe('FLOW-1404-412');
  });

  it('replaces params whole and answers a new etag', async () => {
    const { id, etag } = await create(sim, {
      auth: {
        specName: 'OAuth2 Client Credential',
        params: { ...oauthParams, includeDeletedObjects: true },
      },
    });
    const patched = await flow(sim, 'PATCH', `/connections/${id}`, {
      body: [...replaceParams, { op: 'add', path: '/description', value: 'new' }],
      headers: { 'if-match': etag },
    });
    expect(patched.status).toBe(200);
    const { etag: newEtag } = patched.body as { etag: string };
    expect(patched.body).toEqual({ id, etag: newEtag });
    expect(newEtag).not.toBe(etag);
    expect(sim.connections()[0]).toMatchObject({
      etag: newEtag,
      version: 2,
      description: 'new',
      auth: { specName: 'OAuth2 Client Credential', params: newParams },
    });
  });

  it.each([
    [
      'invalid params',
      [{ op: 'replace', path: '/auth/params', value: { clientId: 'x' } }],
      'FLOW-1100-400',
    ],
    ['a remove', [{ op: 'remove', path: '/description' }], 'FLOW-1455-400'],
    [
      'an unsupported path',
      [{ op: 'replace', path: '/state', value: 'disabled' }],
      'FLOW-1455-400',
    ],
    [
      'a replace of a missing description',
      [{ op: 'replace', path: '/description', value: 'd' }],
      'FLOW-1455-400',
    ],
    ['an object body', { op: 'replace', path: '/name', value: 'n' }, 'FLOW-1455-400'],
  ])('refuses %s and changes nothing', async (_case, body, code) => {
    const { id, etag } = await create(sim);
    const refused = await flow(sim, 'PATCH', `/connections/${id}`, {
      body,
      headers: { 'if-match': etag },
    });
    expect(refused.status).toBe(400);
    expect(flowCode(refused.body)).toBe(code);
    expect(sim.connections()[0]?.etag).toBe(etag);
  });

  it('answers 1445-400 when PATCH is not enabled', async () => {
    const locked = await anotherSimulator({ patchEnabled: false });
    const { id, etag } = await create(locked);
    const refused = await flow(locked, 'PATCH', `/connections/${id}`, {
      body: replaceParams,
      headers: { 'if-match': etag },
    });
    expect(flowCode(refused.body)).toBe('FLOW-1445-400');
  });
});

describe('DELETE /connections/{id}', () => {
  it('answers 204 and forgets the connection', async () => {
    const { id } = await create(sim);
    const deleted = await flow(sim, 'DELETE', `/connections/${id}`);
    expect(deleted).toMatchObject({ status: 204, body: undefined });
    expect((await flow(sim, 'GET', `/connections/${id}`)).status).toBe(404);
  });
});

describe('GET /connections/{id}/explore', () => {
  const explore = (s: Simulator, id: string) =>
    flow(s, 'GET', `/connections/${id}/explore?objectType=root`);

  it('lists tables when the stored Salesforce credentials are right', async () => {
    const oauth = sim.seedConnection({ name: 'oauth' });
    const basic = sim.seedConnection({
      name: 'basic',
      auth: { specName: 'Basic Authentication', params: basicParams },
    });
    for (const { id } of [oauth, basic]) {
      const tables = await explore(sim, id);
      expect(tables.status).toBe(200);
      expect(tables.body).toContainEqual({
        type: 'table',
        name: 'Account',
        path: 'Account',
        canPreview: true,
        canFetchSchema: true,
      });
    }
  });

  it('lists tables for an http environmentUrl on loopback: its own Salesforce endpoints', async () => {
    const seeded = sim.seedConnection({
      name: 'local',
      auth: {
        specName: 'OAuth2 Client Credential',
        params: { ...oauthParams, environmentUrl: sim.url },
      },
    });
    expect((await explore(sim, seeded.id)).status).toBe(200);
  });

  it.each([
    [
      'a wrong secret',
      { state: 'enabled' as const, params: { ...oauthParams, clientSecret: 'wrong' } },
    ],
    [
      'a plain http URL',
      {
        state: 'enabled' as const,
        params: { ...oauthParams, environmentUrl: 'http://demo.my.salesforce.com' },
      },
    ],
    ['an initializing connection', { state: 'initializing' as const, params: oauthParams }],
  ])('fails with 400 for %s', async (_case, { state, params }) => {
    const seeded = sim.seedConnection({
      name: 'c',
      state,
      auth: { specName: 'OAuth2 Client Credential', params },
    });
    const failed = await explore(sim, seeded.id);
    expect(failed.status).toBe(400);
    expect(flowCode(failed.body)).toBe('FLOW-1100-400');
  });
});

describe('faults', () => {
  const list = { method: 'GET', path: '/connections' };

  it('answers a status with a default Adobe body and extra headers, one fault per request', async () => {
    sim.inject(list, { status: 503, headers: { 'retry-after': '1' } }, { status: 429 });
    const unavailable = await flow(sim, 'GET', '/connections');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('1');
    expect(flowCode(unavailable.body)).toBe('FLOW-1103-503');
    const throttled = await flow(sim, 'GET', '/connections');
    expect(throttled).toMatchObject({ status: 429, body: { error_code: '429050' } });
    expect((await flow(sim, 'GET', '/connections')).status).toBe(200);
    expect(sim.requests).toHaveLength(3);
  });

  it('uses a given body, matches paths by RegExp and IMS by its path', async () => {
    sim.inject(
      { method: 'GET', path: /^\/connections\/[^/]+$/ },
      { status: 500, body: { oops: true } },
    );
    sim.inject({ method: 'POST', path: '/ims/token/v3' }, { status: 500 });
    expect(await flow(sim, 'GET', '/connections/abc')).toMatchObject({
      status: 500,
      body: { oops: true },
    });
    expect(await tokenRequest(sim, demoForm)).toMatchObject({
      status: 500,
      body: { error: 'server_error' },
    });
  });

  it('delays before acting normally', async () => {
    sim.inject(list, { delayMs: 150 });
    const started = Date.now();
    expect((await flow(sim, 'GET', '/connections')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('acts, then drops the socket without answering', async () => {
    sim.inject({ method: 'POST', path: '/connections' }, { dropAfterActing: true });
    await expect(flow(sim, 'POST', '/connections', { body: newConnection() })).rejects.toThrow();
    expect(sim.connections()).toHaveLength(1);
  });

  it('hangs until the client gives up, and close() ends hung sockets', async () => {
    sim.inject(list, { hang: true }, { hang: true });
    const aborted = fetch(`${sim.url}${BASE}/connections`, {
      headers: defaultHeaders(sim),
      signal: AbortSignal.timeout(100),
    });
    await expect(aborted).rejects.toThrow();
    const pending = flow(sim, 'GET', '/connections');
    await expect.poll(() => sim.requests.length).toBe(2);
    await sim.close();
    await expect(pending).rejects.toThrow();
  });
});

describe('hostile answers', () => {
  const list = { method: 'GET', path: '/connections' };

  it('sends a raw body byte for byte, with no JSON content type', async () => {
    sim.inject(list, { status: 502, rawBody: '<html><title>Bad gateway</title></html>' });
    const response = await fetch(`${sim.url}${BASE}/connections`, { headers: defaultHeaders(sim) });
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBeNull();
    expect(await response.text()).toBe('<html><title>Bad gateway</title></html>');
  });

  it('acts, then answers what rewrite returns', async () => {
    sim.inject(
      { method: 'POST', path: '/connections' },
      { rewrite: (reply) => ({ ...reply, rawBody: '' }) },
    );
    const response = await fetch(`${sim.url}${BASE}/connections`, {
      method: 'POST',
      headers: defaultHeaders(sim),
      body: JSON.stringify(newConnection()),
    });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('');
    expect(sim.connections()).toHaveLength(1);
  });

  it('applies an always-fault to every matching request until reset', async () => {
    sim.injectAlways(list, { status: 503 });
    expect((await flow(sim, 'GET', '/connections')).status).toBe(503);
    expect((await flow(sim, 'GET', '/connections')).status).toBe(503);
    sim.reset();
    expect((await flow(sim, 'GET', '/connections')).status).toBe(200);
  });

  it('trickles the body one byte per interval after the headers', async () => {
    sim.inject(list, { trickleMs: 20 });
    const controller = new AbortController();
    const response = await fetch(`${sim.url}${BASE}/connections`, {
      headers: defaultHeaders(sim),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.value?.length).toBe(1);
    controller.abort();
  });
});

describe('request log, seeding and reset', () => {
  it('records method, path, decoded query, lower-cased headers and both bodies', async () => {
    await fetch(`${sim.url}${BASE}/connections?property=name%3D%3Da&property=x`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Custom': 'Yes' },
      body: '{"name":"a"}',
    });
    await tokenRequest(sim, demoForm);
    expect(sim.requests[0]).toEqual({
      method: 'POST',
      path: `${BASE}/connections`,
      query: { property: ['name==a', 'x'] },
      headers: expect.objectContaining({ 'content-type': 'application/json', 'x-custom': 'Yes' }),
      rawBody: '{"name":"a"}',
      body: { name: 'a' },
    });
    expect(sim.requests[1]).toMatchObject({ path: '/ims/token/v3', query: {}, body: demoForm });
  });

  it.skipIf(!IPV6_LOOPBACK)(
    'listens on the IPv6 loopback when asked, at a bracketed URL',
    async () => {
      const v6 = await anotherSimulator({ host: '::1' });
      expect(v6.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      expect((await tokenRequest(v6, demoForm)).status).toBe(200);
    },
  );

  it('seeds connections with Salesforce defaults', () => {
    const seeded = sim.seedConnection({ name: 'seeded' });
    expect(seeded).toMatchObject({
      name: 'seeded',
      state: 'enabled',
      sandboxName: 'prod',
      imsOrgId: DEMO.orgId,
      connectionSpec: { id: SALESFORCE_SPEC_ID, version: '1.0' },
      auth: {
        specName: 'OAuth2 Client Credential',
        // Its own URL: the simulator serves Salesforce's logins too.
        params: { ...oauthParams, environmentUrl: sim.url },
      },
      etag: expect.stringMatching(/^".+"$/),
    });
    expect(sim.connections()).toEqual([seeded]);
  });

  it('reset clears requests, connections and faults but keeps the same requests array', async () => {
    const requests = sim.requests;
    sim.seedConnection({ name: 'gone' });
    sim.inject({ method: 'GET', path: '/connections' }, { status: 500 });
    await tokenRequest(sim, demoForm);
    sim.reset();
    expect(requests).toEqual([]);
    expect(sim.connections()).toEqual([]);
    expect((await flow(sim, 'GET', '/connections')).status).toBe(200);
    expect(sim.requests).toBe(requests);
  });
});

describe('over TLS', () => {
  it('serves https with the key and certificate it is given', async () => {
    const { key, cert } = throwawayCertificate();
    const secure = await anotherSimulator({ tls: { key, cert } });
    expect(secure.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const body = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: DEMO.clientId,
        client_secret: DEMO.clientSecret,
        scope: SCOPE,
      }).toString();
      const headers = { 'content-type': 'application/x-www-form-urlencoded' };
      request(`${secure.url}/ims/token/v3`, { method: 'POST', ca: cert, headers }, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
        .on('error', reject)
        .end(body);
    });
    expect(status).toBe(200);
    expect(secure.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /ims/token/v3']);
  });
});
