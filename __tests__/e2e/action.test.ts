import { describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import { sharedSimulator, sim } from '../support/simulator.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { demoInputs } from '../support/scenario.js';

/** CI runs this file again under Node 24 (what action.yml declares) through E2E_NODE. */
const node = process.env['E2E_NODE'];

sharedSimulator();

const run = (extra: Record<string, string> = {}) =>
  runAction(demoInputs(sim, { name: 'CRM e2e', ...extra }), node ? { node } : {});

describe(`dist/index.js as the runner runs it (${node ?? process.version})`, () => {
  it('creates the connection, then reuses it on every re-run', async () => {
    const first = await run();
    expect(first.exitCode).toBe(0);
    const [stored] = sim.connections();
    expect(sim.connections()).toHaveLength(1);
    expect(first.outputs).toEqual({
      'connection-id': stored!.id,
      etag: stored!.etag,
      outcome: 'created',
      'connection-spec-id': 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5',
      state: 'enabled',
    });
    expect(first.summary).toContain(`| Connection id | ${stored!.id} |`);
    expect(first.summary).toContain('| Verification | passed (7 objects) |');

    const second = await run();
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ 'connection-id': stored!.id, outcome: 'reused' });
    expect(sim.connections()).toHaveLength(1);
  });

  it('signs a JWT from salesforce-private-key (oauth2-jwt-token), never showing the key or the tokens', async () => {
    const { jwt, oauth } = DEMO.salesforce;
    const result = await run({
      name: 'CRM e2e JWT',
      'salesforce-private-key': jwt.privateKey,
      'salesforce-username': jwt.username,
      'salesforce-login-url': sim.url,
    });
    expect(result.exitCode).toBe(0);
    const created = sim.connections().find((c) => c.name === 'CRM e2e JWT')!;
    const { jwtToken } = created.auth.params as { jwtToken: string };
    const exp = JSON.parse(Buffer.from(jwtToken.split('.')[1]!, 'base64url').toString()) as {
      exp: number;
    };
    expect(result.outputs).toMatchObject({
      outcome: 'created',
      state: 'enabled',
      'jwt-expires-at': new Date(exp.exp * 1000).toISOString(),
      'salesforce-org-id': '00D5g000004Nd4mEAC',
    });
    const assertion = sim.requests.find((r) => r.path === '/services/oauth2/token')!.body as {
      assertion: string;
    };
    const keyLines = jwt.privateKey
      .split('\n')
      .filter((l) => l.length >= 8 && !l.startsWith('-----'));
    expectNoLeak(result, [oauth.clientSecret, jwtToken, assertion.assertion, ...keyLines]);
    expect(result.stdout + result.summary).not.toContain(jwt.privateKey.trim());
  });

  it('fails with exit code 1 and names each bad input before making any request', async () => {
    const result = await run({ 'org-id': 'acme', 'if-exists': 'sometimes' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::Invalid inputs:%0A- org-id must end with @AdobeOrg (got "acme")%0A- if-exists must be one of reuse, update, fail, create (got "sometimes")',
    );
    expect(sim.requests).toEqual([]);
    expect(result.outputs).toEqual({});
  });

  it('fails on an input set to empty instead of taking its default', async () => {
    const result = await run({ 'sandbox-name': '' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::Invalid inputs:%0A- sandbox-name is empty: ');
    expect(sim.requests).toEqual([]);
  });

  it('never prints or writes a secret, even when Adobe echoes it back', async () => {
    const secrets = [DEMO.clientSecret, DEMO.salesforce.oauth.clientSecret];
    sim.inject(
      { method: 'POST', path: '/connections' },
      {
        status: 400,
        body: {
          type: 'https://ns.adobe.com/aep/errors/FLOW-1455-400',
          title: 'Invalid payload',
          report: {
            'detailed-message': `clientSecret ${DEMO.salesforce.oauth.clientSecret} rejected`,
          },
        },
      },
    );
    const result = await run();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('rejected');
    const issued = sim.requests
      .filter((r) => r.path.startsWith('/data/'))
      .map((r) => r.headers['authorization']!.replace('Bearer ', ''));
    expect(issued.length).toBeGreaterThan(0);
    expectNoLeak(result, [...secrets, ...new Set(issued)]);
  });

  it('never shows a Basic Authentication password or security token, in errors or a dry-run plan', async () => {
    const { basic } = DEMO.salesforce;
    const basicInputs = {
      'salesforce-client-id': '',
      'salesforce-client-secret': '',
      'salesforce-username': basic.username,
      'salesforce-password': basic.password,
      'salesforce-security-token': basic.securityToken,
    };
    sim.inject(
      { method: 'GET', path: /\/explore$/ },
      {
        status: 400,
        body: {
          error_code: '400001',
          message: `login ${basic.password}${basic.securityToken} failed`,
        },
      },
    );
    const failed = await run(basicInputs);
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toContain('::error::Verification failed: ');
    expectNoLeak(failed, [basic.password, basic.securityToken]);

    const planned = await run({ ...basicInputs, 'if-exists': 'update', 'dry-run': 'true' });
    expect(planned.exitCode).toBe(0);
    expect(planned.summary).toContain('"password": "***"');
    expect(planned.summary).toContain('"securityToken": "***"');
    expectNoLeak(planned, [basic.password, basic.securityToken, DEMO.clientSecret]);
  });

  it('masks the access token Salesforce issues to the credential check, and shows it nowhere', async () => {
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
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(result.outputs['outcome']).toBe('created');
    expect(issued).toMatch(/^00D\w+!/);
    expectNoLeak(result, [issued]);
  });

  it('scrubs a client secret that IMS echoes back, in every encoding', async () => {
    const encoded = encodeURIComponent(DEMO.clientSecret);
    sim.inject(
      { method: 'POST', path: '/ims/token/v3' },
      {
        status: 400,
        body: {
          error: 'invalid_request',
          error_description: `bad client_secret=${encoded} (${DEMO.clientSecret})`,
        },
      },
    );
    const result = await run();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::POST /ims/token/v3 failed with HTTP 400 invalid_request: bad client_secret=*** (***)',
    );
    expect(result.stdout.replace(`::add-mask::${DEMO.clientSecret}`, '')).not.toContain(
      DEMO.clientSecret,
    );
  });

  it('exits within timeout-seconds when Flow Service never answers', async () => {
    sim.inject({ method: 'GET', path: '/connections' }, { hang: true }, { hang: true });
    const started = Date.now();
    const result = await run({ 'timeout-seconds': '1' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::Timed out after 1 s (timeout-seconds) waiting for GET /connections',
    );
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

/** Every secret was registered with the runner, and appears nowhere else in what the step made visible. */
function expectNoLeak(result: ActionRun, secrets: string[]): void {
  const visible = [result.stdout, result.stderr, JSON.stringify(result.outputs), result.summary]
    .join('\n')
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const secret of secrets) {
    expect(visible).not.toContain(secret);
    expect(result.stdout).toContain(`::add-mask::${secret}`);
  }
}
