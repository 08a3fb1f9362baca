import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import {
  connectionPost,
  flowCalls,
  runStepFromNow,
  salesforceCalls,
  sent,
} from '../support/scenario.js';
import { sim, simulator } from '../support/simulator.js';

const DAY = 86_400_000;
const ORG_ID = '00D5g000004Nd4mEAC';
const { jwt, oauth } = DEMO.salesforce;
const PEM_LINES = jwt.privateKey.split('\n').filter((l) => l.length >= 8 && !l.startsWith('-----'));

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function readyToken(exp: number): string {
  const claims = { iss: oauth.clientId, sub: jwt.username, aud: sim.url, exp };
  const signed = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), jwt.privateKey).toString('base64url')}`;
}

const keyInputs = () => ({
  'salesforce-private-key': jwt.privateKey,
  'salesforce-username': jwt.username,
  'salesforce-login-url': sim.url,
});

const runJwt = (extra: Record<string, string>) => runStepFromNow(sim, extra);
const posted = () => connectionPost(sim);
const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

function expectNoSecret(visible: string, token: string | undefined) {
  for (const secret of [
    jwt.privateKey,
    ...PEM_LINES,
    oauth.clientSecret,
    ...(token ? [token] : []),
  ])
    expect(visible).not.toContain(secret);
}

describe('oauth2-jwt-token, signed by the action from salesforce-private-key', () => {
  it('checks the key at Salesforce, creates the connection with the four params, waits until enabled and outputs the expiry and org id', async () => {
    await simulator();
    const started = Date.now();
    const { core, clock } = await runJwt(keyInputs());
    expect(core.failed).toBeUndefined();
    const body = posted()!.body as { auth: { specName: string; params: Record<string, string> } };
    expect(body.auth.specName).toBe('OAuth2 JWT Token Credential');
    expect(Object.keys(body.auth.params).sort()).toEqual([
      'clientId',
      'clientSecret',
      'instanceUrl',
      'jwtToken',
    ]);
    const { jwtToken } = body.auth.params;
    expect(body.auth.params).toEqual({
      jwtToken,
      clientId: oauth.clientId,
      clientSecret: oauth.clientSecret,
      instanceUrl: sim.url,
    });
    const exp = payloadOf(jwtToken!).exp as number;
    expect(payloadOf(jwtToken!)).toEqual({
      iss: oauth.clientId,
      sub: jwt.username,
      aud: sim.url,
      exp,
    });
    expect(exp * 1000).toBeGreaterThanOrEqual(started + 90 * DAY - 1000);
    expect(exp * 1000).toBeLessThanOrEqual(Date.now() + 90 * DAY);

    const token = sim.requests.find((r) => r.path === '/services/oauth2/token')!;
    const form = token.body as Record<string, string>;
    expect(form.grant_type).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(payloadOf(form.assertion!)).toMatchObject({
      iss: oauth.clientId,
      sub: jwt.username,
      aud: sim.url,
    });
    expect((payloadOf(form.assertion!).exp as number) * 1000).toBeLessThanOrEqual(
      Date.now() + 180_000,
    );
    expect(sent(token).headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(salesforceCalls(sim)).toEqual(['POST /services/oauth2/token']);
    expect(flowCalls(sim).indexOf('POST /connections')).toBeGreaterThan(-1);
    expect(sim.requests.indexOf(token)).toBeLessThan(sim.requests.indexOf(posted()!));

    expect(core.messages('info')).toContain(
      `Salesforce accepted a JWT bearer assertion signed with salesforce-private-key at ${sim.url}`,
    );
    expect(core.messages('info').some((m) => m.includes('is initializing; checking again'))).toBe(
      true,
    );
    expect(clock.sleeps.length).toBeGreaterThan(0);
    expect(core.outputs).toMatchObject({
      outcome: 'created',
      state: 'enabled',
      'jwt-expires-at': new Date(exp * 1000).toISOString(),
      'salesforce-org-id': ORG_ID,
    });
    expect(core.summary).toContain(`| JWT expires at | ${new Date(exp * 1000).toISOString()} |`);
    expect(core.summary).toContain(`| Salesforce org id | ${ORG_ID} |`);
    expect(core.secrets).toEqual(
      expect.arrayContaining([jwt.privateKey.trim(), ...PEM_LINES, jwtToken, form.assertion]),
    );
    expectNoSecret(core.visibleText(), jwtToken);
    expect(core.visibleText()).not.toContain(form.assertion);
    expect(sim.salesforceSessions().length).toBe(1);
    expect(core.visibleText()).not.toContain(sim.salesforceSessions()[0]);
  });

  it("fails before any write when Salesforce refuses the assertion, quoting Salesforce's code", async () => {
    await simulator({
      salesforce: { ...DEMO.salesforce, jwt: { ...jwt, username: 'someone-else@example.com' } },
    });
    const { core } = await runJwt(keyInputs());
    expect(core.failed).toBe(
      `Salesforce rejected the credentials, so nothing was written: POST ${sim.url}/services/oauth2/token answered HTTP 400 invalid_grant: user hasn't approved this consumer. ` +
        `Check salesforce-client-id, salesforce-username and salesforce-private-key (the connected app holds its certificate; the user is pre-authorized), and that salesforce-login-url (${sim.url}) is where the user logs in.`,
    );
    expect(flowCalls(sim).filter((c) => !c.startsWith('GET'))).toEqual([]);
    expectNoSecret(core.visibleText(), undefined);
  });
});

describe('oauth2-jwt-token with a ready salesforce-jwt-token', () => {
  it('skips the preflight with one line saying why, and sends the token as given', async () => {
    await simulator();
    const exp = Math.floor(Date.now() / 1000) + 120 * 86_400;
    const token = readyToken(exp);
    const { core } = await runJwt({ 'salesforce-jwt-token': token });
    expect(core.failed).toBeUndefined();
    expect(salesforceCalls(sim)).toEqual([]);
    expect(
      core.messages('info').filter((m) => m.startsWith('Salesforce credentials not checked')),
    ).toEqual([
      'Salesforce credentials not checked before writing (a ready salesforce-jwt-token cannot be checked: Salesforce accepts only assertions that expire within 3 minutes; give salesforce-private-key and salesforce-username to have the action sign one and check it)',
    ]);
    expect((posted()!.body as { auth: { params: unknown } }).auth.params).toEqual({
      jwtToken: token,
      clientId: oauth.clientId,
      clientSecret: oauth.clientSecret,
      instanceUrl: sim.url,
    });
    expect(core.outputs['jwt-expires-at']).toBe(new Date(exp * 1000).toISOString());
    expect(core.outputs['salesforce-org-id']).toBe(ORG_ID);
    expect(core.secrets).toContain(token);
    expectNoSecret(core.visibleText(), token);
  });

  it('fails on an expired token with no request at all, naming the input and the date', async () => {
    await simulator();
    const exp = Math.floor(Date.now() / 1000) - 3600;
    const token = readyToken(exp);
    const { core } = await runJwt({ 'salesforce-jwt-token': token });
    expect(core.failed).toBe(
      `Invalid inputs:\n- salesforce-jwt-token expired on ${new Date(exp * 1000).toISOString()}: sign a new one (or give salesforce-private-key and salesforce-username to have the action sign it)`,
    );
    expect(sim.requests).toEqual([]);
    expect(core.outputs).toEqual({});
    expectNoSecret(core.visibleText(), token);
  });

  it('warns of a token expiring within salesforce-jwt-warn-days, and of an exp in milliseconds', async () => {
    await simulator();
    const at = Date.now() + 10 * DAY;
    const token = readyToken(at);
    const { core } = await runJwt({
      'salesforce-jwt-token': token,
      'salesforce-jwt-warn-days': '30',
    });
    expect(core.failed).toBeUndefined();
    const iso = new Date(at).toISOString();
    expect(core.messages('warning')).toEqual([
      `salesforce-jwt-token has an exp above 10^11, read as milliseconds (expiry ${iso}); RFC 7519 says exp is in seconds, so Salesforce and Adobe may read it otherwise.`,
      `salesforce-jwt-token expires on ${iso}, in 9 days (within salesforce-jwt-warn-days, 30): sign a new one and run with if-exists: update.`,
    ]);
    expect(core.outputs['jwt-expires-at']).toBe(iso);
    expectNoSecret(core.visibleText(), token);
  });
});

describe('reusing an oauth2-jwt-token connection', () => {
  it('outputs its org id, says the stored token is kept, and has no expiry to tell', async () => {
    await simulator();
    const seeded = sim.seedConnection({
      name: 'Salesforce CRM',
      auth: {
        specName: 'OAuth2 JWT Token Credential',
        params: {
          jwtToken: readyToken(Math.floor(Date.now() / 1000) + 60 * 86_400),
          clientId: oauth.clientId,
          clientSecret: oauth.clientSecret,
          instanceUrl: sim.url,
          orgId: ORG_ID,
        },
      },
    });
    const { core } = await runJwt(keyInputs());
    expect(core.failed).toBeUndefined();
    expect(core.outputs).toMatchObject({ outcome: 'reused', 'salesforce-org-id': ORG_ID });
    expect(core.outputs['jwt-expires-at']).toBeUndefined();
    expect(core.outputs.drift).toBeUndefined();
    expect(core.messages('info')).toContain(
      `Connection ${seeded.id}: reuse keeps the JWT stored in it, whose expiry Adobe does not show (it is a secret): if-exists: update writes the one from the inputs (a scheduled workflow can re-sign it before it expires).`,
    );
    expect(salesforceCalls(sim)).toEqual([]);
    expect(flowCalls(sim).filter((c) => !c.startsWith('GET'))).toEqual([]);
  });

  it('ignores an orgId of the wrong shape, never printing it', async () => {
    await simulator();
    sim.seedConnection({
      name: 'Salesforce CRM',
      auth: {
        specName: 'OAuth2 JWT Token Credential',
        params: {
          jwtToken: 'x',
          clientId: oauth.clientId,
          clientSecret: 'y',
          instanceUrl: sim.url,
          orgId: '00D<script>',
        },
      },
    });
    const { core } = await runJwt({ ...keyInputs(), verify: 'false' });
    expect(core.outputs['salesforce-org-id']).toBeUndefined();
    expect(core.visibleText()).not.toContain('<script>');
  });
});
