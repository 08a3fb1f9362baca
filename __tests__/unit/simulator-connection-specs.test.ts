import { describe, expect, it } from 'vitest';
import {
  DATA_LAKE_SPEC_ID,
  DEMO,
  DYNAMICS_SPEC_ID,
  INVENTED_FILE_SOURCE_SPEC_ID,
  SALESFORCE_SPEC_ID,
} from '../../simulator/index.js';
import { sharedSimulator, sim } from '../support/simulator.js';
import { flow as flowAt } from './support/simulator-client.js';

sharedSimulator();

/** A PATCH's body is `{etag, ops}`: the ops are sent, the etag as If-Match. */
function flow(method: string, path: string, body?: unknown) {
  if (method !== 'PATCH') return flowAt(sim, method, path, body);
  const { etag, ops } = body as { etag?: string; ops?: unknown };
  return flowAt(sim, method, path, ops, { 'if-match': String(etag) });
}

interface SpecDoc {
  authSpec: { name: string; spec: { properties: Record<string, { format?: string }> } }[];
  exploreSpec: { type: string };
  sourceSpec?: unknown;
  targetSpec?: unknown;
}

interface Written {
  id: string;
  etag: string;
}

const written = (answer: { body: unknown }) => answer.body as Written;

interface FlowErrorBody {
  type?: string;
  report: { 'detailed-message': string };
}

async function spec(id: string): Promise<SpecDoc> {
  const answer = await flow('GET', `/connectionSpecs/${id}`);
  return (answer.body as { items: [SpecDoc] }).items[0];
}

const code = (body: unknown) =>
  (body as FlowErrorBody).type?.replace('https://ns.adobe.com/aep/errors/', '');

const dynamicsParams = {
  serviceUri: 'https://acme.crm.dynamics.com',
  servicePrincipalId: 'app-id',
  servicePrincipalKey: DEMO.sourceSecret,
};

function dynamicsConnection(params: Record<string, unknown> = dynamicsParams) {
  return {
    name: 'Dynamics',
    auth: { specName: 'Service Principal Based Authentication', params },
    connectionSpec: { id: DYNAMICS_SPEC_ID, version: '1.0' },
  };
}

describe('GET /connectionSpecs/{id}', () => {
  it("serves Salesforce's spec: a tabular source with three auth specs as draft-07 JSON Schemas", async () => {
    const salesforce = await spec(SALESFORCE_SPEC_ID);
    expect(salesforce).toMatchObject({
      id: SALESFORCE_SPEC_ID,
      version: '1.0',
      attributes: { category: 'CRM', isSource: true },
      exploreSpec: { type: 'Tabular' },
      sourceSpec: { attributes: { uiAttributes: { isSource: true } } },
    });
    expect(salesforce.authSpec.map((a) => a.name)).toEqual([
      'OAuth2 Client Credential',
      'Basic Authentication',
      'OAuth2 JWT Token Credential',
    ]);
    const [oauth, basic, jwt] = salesforce.authSpec as [
      SpecDoc['authSpec'][number],
      ...SpecDoc['authSpec'],
    ];
    expect(oauth.spec).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        environmentUrl: { type: 'string' },
        clientId: { type: 'string' },
        clientSecret: { type: 'string', format: 'password' },
        apiVersion: { type: 'string' },
        includeDeletedObjects: { type: 'boolean' },
      },
      required: ['environmentUrl', 'clientId', 'clientSecret'],
    });
    expect(basic).toMatchObject({
      spec: {
        properties: { password: { format: 'password' }, securityToken: { format: 'password' } },
      },
    });
    expect(Object.keys(jwt?.spec.properties ?? {})).toEqual([
      'jwtToken',
      'clientId',
      'clientSecret',
      'instanceUrl',
    ]);
    expect(jwt).toMatchObject({ spec: { properties: { jwtToken: { format: 'password' } } } });
  });

  it('serves Microsoft Dynamics, a target spec with no sourceSpec, and a source that is not tabular', async () => {
    const dynamics = await spec(DYNAMICS_SPEC_ID);
    expect(dynamics.authSpec.map((a) => a.name)).toEqual([
      'Service Principal Based Authentication',
      'Basic Authentication',
    ]);
    expect(dynamics.exploreSpec.type).toBe('Tabular');
    const lake = await spec(DATA_LAKE_SPEC_ID);
    expect(lake.sourceSpec).toBeUndefined();
    expect(lake.targetSpec).toBeDefined();
    const files = await spec(INVENTED_FILE_SOURCE_SPEC_ID);
    expect(files.exploreSpec.type).not.toBe('Tabular');
    expect(files.authSpec[0]?.spec.properties.accessKey).toMatchObject({
      format: 'password',
      restAttributes: expect.any(Object),
    });
  });

  it("answers an unknown id with Flow Service's 404", async () => {
    const missing = await flow('GET', '/connectionSpecs/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      status: 404,
      report: { 'detailed-message': expect.any(String) },
    });
  });
});

describe('connections of other sources, validated against the served spec', () => {
  it('creates a Dynamics connection and masks the param its spec marks as a password', async () => {
    const created = await flow('POST', '/connections', dynamicsConnection());
    expect(created.status).toBe(201);
    const read = await flow('GET', `/connections/${written(created).id}`);
    expect((read.body as { items: [{ auth: unknown }] }).items[0].auth).toEqual({
      specName: 'Service Principal Based Authentication',
      params: { ...dynamicsParams, servicePrincipalKey: '***' },
    });
  });

  it.each([
    [
      'an auth spec of another source',
      { specName: 'OAuth2 Client Credential', params: dynamicsParams },
      'FLOW-1415-400',
    ],
    [
      'a missing required param',
      { specName: 'Basic Authentication', params: { serviceUri: 'https://x' } },
      'FLOW-1100-400',
    ],
  ])('refuses %s', async (_case, auth, expected) => {
    const refused = await flow('POST', '/connections', { ...dynamicsConnection(), auth });
    expect(refused.status).toBe(400);
    expect(code(refused.body)).toBe(expected);
    expect(sim.connections()).toEqual([]);
  });

  it('lists the valid auth spec names in its 1415-400', async () => {
    const refused = await flow('POST', '/connections', {
      ...dynamicsConnection(),
      auth: { specName: 'OAuth2', params: dynamicsParams },
    });
    expect((refused.body as FlowErrorBody).report['detailed-message']).toContain(
      "Valid names: 'Service Principal Based Authentication', 'Basic Authentication'",
    );
  });

  it("validates a PATCH of /auth/params against the connection's own spec", async () => {
    const created = await flow('POST', '/connections', dynamicsConnection());
    const id = written(created).id;
    const wrong = await flow('PATCH', `/connections/${id}`, {
      etag: written(created).etag,
      ops: [
        { op: 'replace', path: '/auth/params', value: { ...dynamicsParams, clientSecret: 'x' } },
      ],
    });
    expect(code(wrong.body)).toBe('FLOW-1100-400');
  });
});

describe('GET /connections/{id}/test', () => {
  it('answers result true when the source accepts the stored credentials, false otherwise', async () => {
    const good = await flow('POST', '/connections', dynamicsConnection());
    const bad = await flow(
      'POST',
      '/connections',
      dynamicsConnection({ ...dynamicsParams, servicePrincipalKey: 'wrong' }),
    );
    expect((await flow('GET', `/connections/${written(good).id}/test`)).body).toEqual({
      result: true,
    });
    expect((await flow('GET', `/connections/${written(bad).id}/test`)).body).toEqual({
      result: false,
    });
  });

  it('tests a Salesforce connection against the simulated org, as explore does', async () => {
    const ok = sim.seedConnection({ name: 'ok' });
    const wrong = sim.seedConnection({
      name: 'wrong',
      auth: {
        specName: 'OAuth2 Client Credential',
        params: { environmentUrl: sim.url, clientId: 'x', clientSecret: 'y' },
      },
    });
    expect((await flow('GET', `/connections/${ok.id}/test`)).body).toEqual({ result: true });
    expect((await flow('GET', `/connections/${wrong.id}/test`)).body).toEqual({ result: false });
  });

  it('refuses explore on a source whose explore is not tabular', async () => {
    const created = await flow('POST', '/connections', {
      name: 'files',
      auth: {
        specName: 'Access Key Authentication',
        params: { host: 'files.example.com', accessKey: DEMO.sourceSecret },
      },
      connectionSpec: { id: INVENTED_FILE_SOURCE_SPEC_ID, version: '1.0' },
    });
    const explored = await flow(
      'GET',
      `/connections/${written(created).id}/explore?objectType=root`,
    );
    expect(explored.status).toBe(400);
    expect((await flow('GET', `/connections/${written(created).id}/test`)).body).toEqual({
      result: true,
    });
  });

  it('answers 404 for an unknown connection', async () => {
    expect((await flow('GET', '/connections/nope/test')).status).toBe(404);
  });
});
