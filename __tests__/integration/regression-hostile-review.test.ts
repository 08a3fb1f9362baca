/*
 * Regression tests from the hostile review of issue 7's implementation: each one reproduces a way
 * in which a guarantee of issue 7 did not hold yet, and fails until it does.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import { sim, simulator } from '../support/simulator.js';
import { demoInputs, runStep } from '../support/scenario.js';
import { fakeRuntime } from '../support/fake-runtime.js';
import { run } from '../../src/connection/main.js';

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

const NAME = 'Salesforce CRM';
const create = { method: 'POST', path: '/connections' } as const;
const lookup = { method: 'GET', path: '/connections' } as const;
const explore = { method: 'GET', path: /\/explore$/ } as const;

/** Everything the step printed or failed with, as one text. */
function printed(core: ReturnType<typeof fakeRuntime>['core']): string {
  return [...core.lines.map((l) => l.message), core.failed ?? ''].join('\n');
}

/** How servers echo a secret in a JSON string besides JSON.stringify's own form. */
const JSON_ECHOES: Array<[string, (json: string) => string]> = [
  ['solidus escaped as \\/ (PHP, many gateways)', (json) => json.replace(/\//g, '\\/')],
  [
    "<, > and & as \\u003c, \\u003e, \\u0026 (Go's encoding/json)",
    (json) => json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'),
  ],
];

describe('regression (issue 7 item 5): a secret echoed in an encoding the redactor misses', () => {
  const SECRET = 'Zq7/kP2_xW9<mL>&4vR8';

  it.each(JSON_ECHOES)(
    'regression: IMS error body echoing client-secret with %s, in JSON of no known error shape, prints none of it',
    async (_, encode) => {
      await simulator({ clients: [{ clientId: DEMO.clientId, clientSecret: SECRET }] });
      const body = encode(JSON.stringify({ message: `bad client_secret ${SECRET}` }));
      sim.inject({ method: 'POST', path: '/ims/token/v3' }, { status: 400, rawBody: body });
      const { core } = await runStep(sim, { 'client-secret': SECRET });
      expect(core.failed).toBeDefined();
      expect(printed(core)).not.toContain('kP2');
    },
  );

  it.each(JSON_ECHOES)(
    'regression: a verification error echoing salesforce-client-secret with %s never reaches the job summary',
    async (_, encode) => {
      await simulator({
        salesforce: {
          ...DEMO.salesforce,
          oauth: { ...DEMO.salesforce.oauth, clientSecret: SECRET },
        },
      });
      sim.seedConnection({ name: NAME });
      const detail = encode(JSON.stringify(`login failed with secret ${SECRET}`));
      sim.inject(explore, {
        status: 400,
        rawBody: `{"type":"https://ns.adobe.com/aep/errors/FLOW-1800-400","title":"Bad credentials","report":{"detailed-message":${detail}}}`,
      });
      const { core } = await runStep(sim, { 'salesforce-client-secret': SECRET });
      expect(core.failed).toMatch(/^Verification failed/);
      expect(printed(core)).not.toContain('kP2');
      expect(core.summary).toContain('| Verification | failed:');
      expect(core.summary).not.toContain('kP2');
    },
  );

  it.each<[string, (secret: string) => string]>([
    [
      'HTML entities (&amp; &lt; &gt;) in an HTML error page',
      (s) =>
        `<html><body><p>Invalid client_secret: ${s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p></body></html>`,
    ],
    [
      'lower-case percent-encoding',
      (s) =>
        `bad request: client_secret=${encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())}`,
    ],
  ])(
    'regression: IMS error body echoing client-secret as %s prints none of it',
    async (_, echo) => {
      await simulator({ clients: [{ clientId: DEMO.clientId, clientSecret: SECRET }] });
      sim.inject({ method: 'POST', path: '/ims/token/v3' }, { status: 400, rawBody: echo(SECRET) });
      const { core } = await runStep(sim, { 'client-secret': SECRET });
      expect(core.failed).toBeDefined();
      expect(printed(core)).not.toContain('kP2');
    },
  );
});

describe('regression (issue 7 items 1 and 3): next-page links of any length', () => {
  it('regression: 200 pages whose next link is 64 KB each do not flood the log (printed text stays under 1 MB)', async () => {
    let pages = 0;
    server = createServer({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
      req.resume();
      pages++;
      const next =
        pages < 200
          ? { next: { href: `/connections?page=${pages}&pad=${'a'.repeat(64 * 1024)}` } }
          : {};
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ items: [], _links: next }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await simulator();
    const inputs = demoInputs(sim, {
      'client-secret': '',
      'access-token': 'a-long-enough-access-token',
      'platform-url': url,
      'dry-run': 'true',
    });
    const rt = fakeRuntime(inputs);
    await run(rt);
    expect(printed(rt.core).length).toBeLessThan(1024 * 1024);
  });
});

describe('regression (issue 7 item 6): unreadable success after a write', () => {
  it('regression: an oversized 201 to the POST with max-attempts 1 is reconciled, not reported as a plain failure', async () => {
    await simulator();
    sim.inject(create, {
      rewrite: (reply) => ({
        ...reply,
        rawBody: JSON.stringify({ ...(reply.body as object), pad: 'x'.repeat(9_000_000) }),
      }),
    });
    const { core } = await runStep(sim, { 'max-attempts': '1', verify: 'false' });
    const [stored] = sim.connections();
    expect(sim.connections()).toHaveLength(1);
    expect(core.failed).toBeUndefined();
    expect(core.outputs).toMatchObject({ 'connection-id': stored!.id, outcome: 'created' });
  });

  it('regression: an empty 201 whose follow-up lookup fails still says the POST may have created it', async () => {
    await simulator();
    sim.inject(lookup, {});
    sim.inject(create, { rewrite: (reply) => ({ ...reply, rawBody: '' }) });
    sim.injectAlways(lookup, { status: 500 });
    const { core } = await runStep(sim, { 'max-attempts': '2' });
    expect(sim.connections()).toHaveLength(1);
    expect(core.failed).toMatch(/may have taken effect/);
    expect(core.failed).toContain(`look for connection "${NAME}" in sandbox prod`);
  });

  it('regression: an unreadable 200 to the PATCH whose re-read fails still says the PATCH may have taken effect', async () => {
    await simulator();
    const existing = sim.seedConnection({ name: NAME });
    sim.inject(
      { method: 'PATCH', path: `/connections/${existing.id}` },
      { rewrite: (reply) => ({ ...reply, rawBody: '<html>ok</html>' }) },
    );
    sim.injectAlways({ method: 'GET', path: `/connections/${existing.id}` }, { status: 503 });
    const { core } = await runStep(sim, { 'if-exists': 'update', 'max-attempts': '2' });
    expect(core.failed).toMatch(/may have taken effect/);
    expect(core.failed).toContain(`check connection ${existing.id} in sandbox prod`);
  });
});

describe('regression (issue 7 item 1): a hostile IMS token', () => {
  it('regression: a one-letter access token is an unexpected answer, never a mask over ordinary words', async () => {
    await simulator();
    sim.inject(
      { method: 'POST', path: '/ims/token/v3' },
      { rewrite: (reply) => ({ ...reply, body: { access_token: 'e', expires_in: 86399 } }) },
    );
    const { core } = await runStep(sim);
    expect(core.failed).toBe(
      'POST /ims/token/v3 answered HTTP 200 with an unexpected body: access_token: not a token (16 or more visible characters)',
    );
    expect(core.secrets).not.toContain('e');
    expect(sim.requests.filter((r) => r.path.startsWith('/data/'))).toEqual([]);
  });
});
