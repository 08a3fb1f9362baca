import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO, SALESFORCE_SPEC_ID } from '../../simulator/index.js';
import { sharedSimulator, sim } from '../support/simulator.js';
import { flow as flowAt } from './support/simulator-client.js';

const TOKEN_PATH = '/services/oauth2/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const ORG_ID = /^00D[A-Za-z0-9]{15}$/;

sharedSimulator();

const seconds = () => Math.floor(Date.now() / 1000);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An RS256 JWT signed with DEMO's throwaway private key (or the one given). */
function jwt(claims: Record<string, unknown>, key: string = DEMO.salesforce.jwt.privateKey) {
  const signed = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), key).toString('base64url')}`;
}

const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: DEMO.salesforce.oauth.clientId,
  sub: DEMO.salesforce.jwt.username,
  aud: sim.url,
  exp: seconds() + 170,
  ...overrides,
});

async function bearer(assertion: string) {
  const response = await fetch(`${sim.url}${TOKEN_PATH}`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: JWT_BEARER, assertion }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('Salesforce JWT bearer flow', () => {
  it('trades an assertion signed with the configured key for an access token', async () => {
    const { status, body } = await bearer(jwt(claims()));
    expect(status).toBe(200);
    expect(body).toMatchObject({ access_token: expect.any(String), instance_url: sim.url });
    expect(sim.salesforceSessions()).toEqual([body.access_token]);
  });

  it.each([
    [
      'another key',
      () => jwt(claims()).replace(/\.[^.]+$/, `.${'A'.repeat(342)}`),
      'invalid_grant',
      'invalid assertion',
    ],
    [
      'another consumer key',
      () => jwt(claims({ iss: 'other' })),
      'invalid_client_id',
      'client identifier invalid',
    ],
    [
      'another audience',
      () => jwt(claims({ aud: 'https://login.salesforce.com' })),
      'invalid_grant',
      'audience is invalid',
    ],
    [
      'an exp more than 3 minutes away',
      () => jwt(claims({ exp: seconds() + 90 * 86_400 })),
      'invalid_grant',
      'invalid assertion',
    ],
    [
      'an expired assertion',
      () => jwt(claims({ exp: seconds() - 1 })),
      'invalid_grant',
      'expired authorization code',
    ],
    [
      'a user who has not approved the app',
      () => jwt(claims({ sub: 'someone@example.com' })),
      'invalid_grant',
      "user hasn't approved this consumer",
    ],
  ])('refuses %s', async (_, assertion, error, description) => {
    expect(await bearer(assertion())).toEqual({
      status: 400,
      body: { error, error_description: description },
    });
  });
});

/** The parts of Flow Service's answers these tests read. */
interface Answer {
  id: string;
  items: { state: string; auth: { params: Record<string, unknown> } }[];
}

const flow = (method: string, path: string, body?: unknown) =>
  flowAt(sim, method, path, body).then(({ status, body }) => ({ status, body: body as Answer }));

const jwtParams = (exp = seconds() + 90 * 86_400) => ({
  jwtToken: jwt(claims({ exp, aud: 'https://login.salesforce.com' })),
  clientId: DEMO.salesforce.oauth.clientId,
  clientSecret: DEMO.salesforce.oauth.clientSecret,
  instanceUrl: sim.url,
});

async function createJwtConnection(params: Record<string, unknown>) {
  const created = await flow('POST', '/connections', {
    name: 'AWS Salesforce',
    auth: { specName: 'OAuth2 JWT Token Credential', params },
    connectionSpec: { id: SALESFORCE_SPEC_ID, version: '1.0' },
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('OAuth2 JWT Token Credential connections', () => {
  it('start initializing, then are enabled with the Salesforce orgId, secrets masked', async () => {
    const id = await createJwtConnection(jwtParams());
    const first = (await flow('GET', `/connections/${id}`)).body.items[0]!;
    expect(first.state).toBe('initializing');
    expect(first.auth.params).toEqual({
      jwtToken: '***',
      clientId: DEMO.salesforce.oauth.clientId,
      clientSecret: '***',
      instanceUrl: sim.url,
    });
    const second = (await flow('GET', `/connections/${id}`)).body.items[0]!;
    expect(second.state).toBe('enabled');
    expect(second.auth.params.orgId).toMatch(ORG_ID);
    const explored = await flow('GET', `/connections/${id}/explore?objectType=root`);
    expect(explored.status).toBe(200);
  });

  it('refuses environmentUrl or a missing jwtToken, like the auth spec', async () => {
    const noToken: Record<string, unknown> = jwtParams();
    delete noToken.jwtToken;
    const answer = await flow('POST', '/connections', {
      name: 'x',
      auth: {
        specName: 'OAuth2 JWT Token Credential',
        params: { ...noToken, environmentUrl: sim.url },
      },
      connectionSpec: { id: SALESFORCE_SPEC_ID, version: '1.0' },
    });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('jwtToken is required');
    expect(JSON.stringify(answer.body)).toContain(
      'environmentUrl is not a parameter of this auth spec',
    );
  });

  it('fails a connection whose JWT had already expired', async () => {
    const id = await createJwtConnection(jwtParams(seconds() - 60));
    await flow('GET', `/connections/${id}`);
    const settled = (await flow('GET', `/connections/${id}`)).body.items[0]!;
    expect(settled.state).toBe('failed');
    expect(settled.auth.params.orgId).toBeUndefined();
  });
});
