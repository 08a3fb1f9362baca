import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import { sim, simulator } from '../support/simulator.js';
import {
  BASE,
  demoOauthParams,
  runStep,
  salesforceCalls,
  sent,
  SPEC_ID,
} from '../support/scenario.js';

const TOKEN = 'POST /services/oauth2/token';
const SOAP_LOGIN = 'POST /services/Soap/u/60.0';
const { basic } = DEMO.salesforce;
const BASIC_INPUTS = {
  'salesforce-client-id': '',
  'salesforce-client-secret': '',
  'salesforce-username': basic.username,
  'salesforce-password': basic.password,
  'salesforce-security-token': basic.securityToken,
};

/** Every request as `METHOD path`, in the order the simulator received them. */
const calls = () => sim.requests.map((r) => `${r.method} ${r.path}`);
const flowWrites = () =>
  sim.requests.filter((r) => r.path.startsWith(BASE) && ['POST', 'PATCH'].includes(r.method));

function seedStale() {
  return sim.seedConnection({
    name: 'Salesforce CRM',
    auth: {
      specName: 'OAuth2 Client Credential',
      params: { ...demoOauthParams(sim), clientSecret: 'last-quarter' },
    },
  });
}

/** A loopback port on which nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('Salesforce preflight: OAuth 2.0 client credentials', () => {
  it('asks Salesforce for a token before the POST, then discards it', async () => {
    await simulator();
    const { core } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(calls().slice(0, 5)).toEqual([
      'POST /ims/token/v3',
      `GET ${BASE}/connections`,
      `GET ${BASE}/connectionSpecs/${SPEC_ID}`,
      TOKEN,
      `POST ${BASE}/connections`,
    ]);
    expect(core.messages('info')).toContain(
      `Salesforce accepted the OAuth 2.0 client credentials at ${sim.url}`,
    );
  });

  it('checks before the PATCH of an update, side by side with the lookup', async () => {
    await simulator();
    const existing = seedStale();
    const { core } = await runStep(sim, { 'if-exists': 'update' });
    expect(core.failed).toBeUndefined();
    const order = calls();
    expect(order.indexOf(TOKEN)).toBeGreaterThan(order.indexOf('POST /ims/token/v3'));
    expect(order.indexOf(TOKEN)).toBeLessThan(
      order.indexOf(`PATCH ${BASE}/connections/${existing.id}`),
    );
    expect(salesforceCalls(sim)).toEqual([TOKEN]);
  });

  it('registers the access token Salesforce issues as a secret and never shows it', async () => {
    await simulator();
    let issued = '';
    sim.inject(
      { method: 'POST', path: '/services/oauth2/token' },
      {
        rewrite: (reply) => {
          issued = String((reply.body as { access_token: string }).access_token);
          return reply;
        },
      },
    );
    const { core } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(issued).toMatch(/^00D\w+!/);
    expect(core.secrets).toContain(issued);
    expect(core.visibleText()).not.toContain(issued);
  });

  it('writes nothing when Salesforce rejects the client secret, and quotes invalid_client', async () => {
    await simulator();
    const { core } = await runStep(sim, { 'salesforce-client-secret': 'mistyped' });
    expect(salesforceCalls(sim)).toEqual([TOKEN]);
    expect(flowWrites()).toEqual([]);
    expect(sim.connections()).toEqual([]);
    expect(core.failed).toBe(
      `Salesforce rejected the credentials, so nothing was written: POST ${sim.url}/services/oauth2/token answered HTTP 400 invalid_client: invalid client credentials. ` +
        `Check salesforce-client-id and salesforce-client-secret, and that salesforce-environment-url (${sim.url}) is the org's My Domain URL.`,
    );
    expect(core.outputs).toEqual({});
  });

  it('sends no PATCH when Salesforce rejects the rotated credentials', async () => {
    await simulator();
    const existing = seedStale();
    const { core } = await runStep(sim, {
      'if-exists': 'update',
      'salesforce-client-id': 'nobody',
    });
    expect(core.failed).toContain('answered HTTP 400 invalid_client_id: client identifier invalid');
    expect(core.failed).toContain('Check salesforce-client-id and salesforce-client-secret');
    expect(sim.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    expect(sim.connections()[0]!.etag).toBe(existing.etag);
  });

  it('retries a 503 from Salesforce like any other call', async () => {
    await simulator();
    sim.inject({ method: 'POST', path: '/services/oauth2/token' }, { status: 503 });
    const { core, clock } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(salesforceCalls(sim)).toEqual([TOKEN, TOKEN]);
    expect(clock.sleeps).toEqual([500]);
  });

  it('summarises an answer that is not Salesforce’s, without its body', async () => {
    await simulator();
    sim.inject(
      { method: 'POST', path: '/services/oauth2/token' },
      {
        status: 404,
        rawBody: '<html><title>Not here</title><body>secret-ish markup</body></html>',
      },
    );
    const { core } = await runStep(sim);
    expect(core.failed).toBe(
      `Salesforce at ${sim.url} answered HTTP 404 to POST /services/oauth2/token, which is not a login answer: ` +
        "check that salesforce-environment-url is the org's My Domain URL (https://<domain>.my.salesforce.com). " +
        'To skip this check, set salesforce-preflight: false.',
    );
    expect(flowWrites()).toEqual([]);
  });
});

describe('Salesforce preflight: Basic Authentication (SOAP login)', () => {
  it('calls login with the password followed by the security token, before the POST', async () => {
    await simulator();
    const { core } = await runStep(sim, BASIC_INPUTS);
    expect(core.failed).toBeUndefined();
    const login = sim.requests.find((r) => r.path === '/services/Soap/u/60.0')!;
    expect(sent(login)).toEqual({
      method: 'POST',
      path: '/services/Soap/u/60.0',
      query: {},
      headers: {
        'user-agent': 'aep-salesforce-connection-action',
        'content-type': 'text/xml; charset=UTF-8',
        soapaction: 'login',
        accept: 'text/xml',
      },
      body: undefined,
    });
    expect(login.rawBody).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/">' +
        '<env:Body><n1:login xmlns:n1="urn:partner.soap.sforce.com">' +
        `<n1:username>${basic.username}</n1:username>` +
        `<n1:password>${basic.password}${basic.securityToken}</n1:password>` +
        '</n1:login></env:Body></env:Envelope>',
    );
    expect(calls().indexOf(SOAP_LOGIN)).toBeLessThan(calls().indexOf(`POST ${BASE}/connections`));
    expect(core.messages('info')).toContain(
      `Salesforce accepted the username, password and security token at ${sim.url}`,
    );
  });

  it('logs in at the API version given, escaping every value', async () => {
    await simulator({
      salesforce: {
        ...DEMO.salesforce,
        basic: { username: 'a&b@example.com', password: 'p<w>"', securityToken: "t'&" },
      },
    });
    const { core } = await runStep(sim, {
      ...BASIC_INPUTS,
      'salesforce-username': 'a&b@example.com',
      'salesforce-password': 'p<w>"',
      'salesforce-security-token': "t'&",
      'salesforce-api-version': '59.0',
    });
    expect(core.failed).toBeUndefined();
    const login = sim.requests.find((r) => r.path === '/services/Soap/u/59.0')!;
    expect(login.rawBody).toContain('<n1:username>a&amp;b@example.com</n1:username>');
    expect(login.rawBody).toContain('<n1:password>p&lt;w&gt;&quot;t&apos;&amp;</n1:password>');
  });

  it('writes nothing after INVALID_LOGIN, does not retry the fault, and quotes it', async () => {
    await simulator();
    const { core, clock } = await runStep(sim, {
      ...BASIC_INPUTS,
      'salesforce-password': 'mistyped',
    });
    expect(salesforceCalls(sim)).toEqual([SOAP_LOGIN]);
    expect(clock.sleeps).toEqual([]);
    expect(flowWrites()).toEqual([]);
    expect(core.failed).toBe(
      `Salesforce rejected the credentials, so nothing was written: POST ${sim.url}/services/Soap/u/60.0 answered HTTP 500 INVALID_LOGIN: Invalid username, password, security token; or user locked out. ` +
        `Check salesforce-username, salesforce-password and salesforce-security-token, and that salesforce-environment-url (${sim.url}) is the org's My Domain URL.`,
    );
  });

  it('registers the session id of a successful login as a secret', async () => {
    await simulator();
    let sessionId = '';
    sim.inject(
      { method: 'POST', path: '/services/Soap/u/60.0' },
      {
        rewrite: (reply) => {
          sessionId = /<sessionId>([^<]+)<\/sessionId>/.exec(reply.rawBody ?? '')![1]!;
          return reply;
        },
      },
    );
    const { core } = await runStep(sim, BASIC_INPUTS);
    expect(core.failed).toBeUndefined();
    expect(core.secrets).toContain(sessionId);
    expect(core.visibleText()).not.toContain(sessionId);
  });
});

describe('Salesforce preflight: when it does not run', () => {
  it('does not run on reuse', async () => {
    await simulator();
    sim.seedConnection({ name: 'Salesforce CRM' });
    const { core } = await runStep(sim);
    expect(core.outputs['outcome']).toBe('reused');
    expect(salesforceCalls(sim)).toEqual([]);
  });

  it('does not run with salesforce-preflight: false, and the create goes ahead', async () => {
    await simulator();
    const { core } = await runStep(sim, { 'salesforce-preflight': 'false' });
    expect(core.outputs['outcome']).toBe('created');
    expect(salesforceCalls(sim)).toEqual([]);
    expect(core.messages('info')).toContain(
      'Salesforce credentials not checked before writing (salesforce-preflight: false)',
    );
  });

  it('does not run after an IMS failure', async () => {
    await simulator();
    await runStep(sim, { 'client-secret': 'wrong-secret', 'if-exists': 'update' });
    expect(salesforceCalls(sim)).toEqual([]);
  });
});

describe('Salesforce preflight: unreachable Salesforce', () => {
  it('says the runner cannot reach Salesforce and how to turn the check off', async () => {
    await simulator();
    const url = `http://127.0.0.1:${await closedPort()}`;
    const { core } = await runStep(sim, { 'salesforce-environment-url': url });
    expect(flowWrites()).toEqual([]);
    expect(core.failed).toMatch(
      new RegExp(
        `^Could not reach Salesforce at ${url} to check the credentials before writing: POST /services/oauth2/token failed: .*ECONNREFUSED`,
      ),
    );
    expect(core.failed).toContain(
      'Check salesforce-environment-url; if this runner may not reach Salesforce (network policy, IP restrictions), set salesforce-preflight: false to skip the check.',
    );
  });
});

describe('Salesforce preflight in a dry run', () => {
  it('checks the credentials of a planned create and reports the result', async () => {
    await simulator();
    const { core } = await runStep(sim, { 'dry-run': 'true' });
    expect(core.failed).toBeUndefined();
    expect(core.outputs['outcome']).toBe('would-create');
    expect(salesforceCalls(sim)).toEqual([TOKEN]);
    expect(core.messages('info')).toContain(
      `Salesforce accepted the OAuth 2.0 client credentials at ${sim.url}`,
    );
    expect(core.summary).toContain('| Salesforce credentials | accepted by Salesforce |');
  });

  it('fails a planned update whose credentials Salesforce rejects, as the real run would', async () => {
    await simulator();
    seedStale();
    const { core } = await runStep(sim, {
      'dry-run': 'true',
      'if-exists': 'update',
      'salesforce-client-secret': 'mistyped',
    });
    expect(core.failed).toContain('answered HTTP 400 invalid_client: invalid client credentials');
    expect(flowWrites()).toEqual([]);
  });

  it('does not check the credentials of a planned reuse', async () => {
    await simulator();
    sim.seedConnection({ name: 'Salesforce CRM' });
    const { core } = await runStep(sim, { 'dry-run': 'true' });
    expect(core.outputs['outcome']).toBe('would-reuse');
    expect(salesforceCalls(sim)).toEqual([]);
  });
});
