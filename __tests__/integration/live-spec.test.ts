import { beforeEach, describe, expect, it } from 'vitest';
import {
  DATA_LAKE_SPEC_ID,
  DEMO,
  DYNAMICS_SPEC_ID,
  INVENTED_FILE_SOURCE_SPEC_ID,
} from '../../simulator/index.js';
import { run } from '../../src/connection/main.js';
import { fakeRuntime } from '../support/fake-runtime.js';
import { sim, simulator } from '../support/simulator.js';
import { adobeInputs, BASE, flowCalls, runStep, SPEC_ID } from '../support/scenario.js';

beforeEach(async () => {
  await simulator();
});

const SPEC_PATH = '/connectionSpecs/';
const WRITES = new Set(['POST', 'PATCH', 'DELETE']);
const writes = () => sim.requests.filter((r) => r.path.startsWith(BASE) && WRITES.has(r.method));

/** Holds the lookup's answer back, and records what Flow Service had received when it was sent. */
function delayLookup(): { receivedBeforeLookupAnswered: string[] } {
  const seen = { receivedBeforeLookupAnswered: [] as string[] };
  sim.inject(
    { method: 'GET', path: '/connections' },
    {
      delayMs: 200,
      rewrite: (reply) => {
        seen.receivedBeforeLookupAnswered = flowCalls(sim);
        return reply;
      },
    },
  );
  return seen;
}

const PRINCIPAL_KEY = 'dynamics-principal-key-0f3a9c';
const dynamicsParams = {
  serviceUri: 'https://acme.crm.dynamics.com',
  servicePrincipalId: 'dynamics-app-id',
  servicePrincipalKey: PRINCIPAL_KEY,
};

async function runGeneric(extra: Record<string, string>) {
  const rt = fakeRuntime({
    ...adobeInputs(sim),
    name: 'Dynamics CRM',
    'connection-spec-id': DYNAMICS_SPEC_ID,
    'auth-spec-name': 'Service Principal Based Authentication',
    'auth-params': JSON.stringify(dynamicsParams),
    ...extra,
  });
  await run(rt);
  return rt;
}

describe('the live connection spec, read beside the lookup', () => {
  it('sends the lookup and the spec read before either is answered', async () => {
    const seen = delayLookup();
    const { core } = await runStep(sim, { verify: 'false' });
    expect(core.failed).toBeUndefined();
    // The spec read was received while the lookup's answer was held back: it did not wait for it.
    expect(seen.receivedBeforeLookupAnswered.sort()).toEqual([
      `GET /connectionSpecs/${SPEC_ID}`,
      'GET /connections',
    ]);
    expect(flowCalls(sim)[2]).toBe('POST /connections');
  });

  it.each([
    [
      'an unknown auth spec name, listing the valid ones',
      { 'auth-spec-name': 'OAuth 2 Client Credentials' },
      'auth-spec-name asks for auth spec "OAuth 2 Client Credentials", which connection spec 38ad80fe-8b06-4938-94f4-d4ee80266b07 does not have; its auth specs are: "Service Principal Based Authentication", "Basic Authentication"',
    ],
    [
      'a missing required param',
      { 'auth-params': JSON.stringify({ ...dynamicsParams, servicePrincipalId: undefined }) },
      'auth-params key "servicePrincipalId" is required (param "servicePrincipalId")',
    ],
    [
      'a param of the wrong type',
      { 'auth-params': JSON.stringify({ ...dynamicsParams, servicePrincipalKey: 42 }) },
      'auth-params key "servicePrincipalKey" must be of type string (param "servicePrincipalKey")',
    ],
    [
      'a spec that is not a source',
      { 'connection-spec-id': DATA_LAKE_SPEC_ID },
      `connection spec ${DATA_LAKE_SPEC_ID} ("Data Lake") is not a source's: it has no sourceSpec (a destination's spec has a targetSpec instead). Check connection-spec-id.`,
    ],
  ])('fails before any write on %s', async (_case, extra, problem) => {
    const seen = delayLookup();
    const { core } = await runGeneric(extra);
    expect(writes()).toEqual([]);
    expect(core.failed).toContain('refuses the inputs, so nothing was written:\n');
    expect(core.failed).toContain(`- ${problem}`);
    expect(core.visibleText()).not.toContain(PRINCIPAL_KEY);
    expect(seen.receivedBeforeLookupAnswered.sort()).toEqual([
      expect.stringMatching(/^GET \/connectionSpecs\//),
      'GET /connections',
    ]);
  });

  it('fails the Salesforce inputs too, naming the Salesforce input behind a param', async () => {
    sim.injectAlways(
      { method: 'GET', path: `${SPEC_PATH}${SPEC_ID}` },
      {
        rewrite: (reply) => {
          const body = reply.body as { items: [{ authSpec: { spec: { required: string[] } }[] }] };
          body.items[0].authSpec[0]?.spec.required.push('apiVersion');
          return reply;
        },
      },
    );
    const { core } = await runStep(sim, { 'if-exists': 'reuse' });
    expect(writes()).toEqual([]);
    expect(core.failed).toContain('- salesforce-api-version is required (param "apiVersion")');
    // reuse with nothing found creates: the Salesforce preflight was never asked either.
    expect(sim.requests.filter((r) => r.path.startsWith('/services/'))).toEqual([]);
  });

  it('only warns on a reuse, which writes nothing', async () => {
    const existing = sim.seedConnection({
      name: 'Dynamics CRM',
      connectionSpec: { id: DYNAMICS_SPEC_ID, version: '1.0' },
      auth: { specName: 'Service Principal Based Authentication', params: dynamicsParams },
    });
    const { core } = await runGeneric({ 'auth-spec-name': 'Nope', verify: 'false' });
    expect(core.failed).toBeUndefined();
    expect(core.outputs['connection-id']).toBe(existing.id);
    expect(core.messages('warning').join('\n')).toContain(
      `connection ${existing.id} is reused as it is, but creating or updating a connection with these inputs would fail`,
    );
  });

  it('checks in a dry run too', async () => {
    const { core } = await runGeneric({ 'dry-run': 'true', 'auth-spec-name': 'Nope' });
    expect(core.failed).toContain('refuses the inputs');
    expect(writes()).toEqual([]);
  });
});

describe('any Flow Service source with auth-spec-name and auth-params', () => {
  it('creates a Microsoft Dynamics connection with exactly the given auth, and verifies it by explore', async () => {
    const { core } = await runGeneric({
      'auth-params': JSON.stringify({ ...dynamicsParams, servicePrincipalKey: DEMO.sourceSecret }),
    });
    expect(core.failed).toBeUndefined();
    const post = writes()[0];
    expect(post?.path).toBe(`${BASE}/connections`);
    expect(post?.body).toEqual({
      name: 'Dynamics CRM',
      auth: {
        specName: 'Service Principal Based Authentication',
        params: { ...dynamicsParams, servicePrincipalKey: DEMO.sourceSecret },
      },
      connectionSpec: { id: DYNAMICS_SPEC_ID, version: '1.0' },
    });
    expect(flowCalls(sim)).toContain(
      `GET /connections/${String(core.outputs['connection-id'])}/explore`,
    );
    expect(core.outputs['outcome']).toBe('created');
    expect(core.messages('info')).toContain(
      'Salesforce preflight: not applicable with auth-params',
    );
    expect(sim.requests.filter((r) => r.path.startsWith('/services/'))).toEqual([]);
  });

  it('never shows an auth-params value, even in a failed verification', async () => {
    const { core } = await runGeneric({});
    expect(core.failed).toContain('Verification failed');
    for (const value of Object.values(dynamicsParams))
      expect(core.visibleText()).not.toContain(value);
  });

  it.each([
    [true, DEMO.sourceSecret],
    [false, 'not-the-secret-4c2e9'],
  ])(
    'verifies a source whose explore is not tabular with /test (result %s)',
    async (result, key) => {
      const { core } = await runGeneric({
        'connection-spec-id': INVENTED_FILE_SOURCE_SPEC_ID,
        'auth-spec-name': 'Access Key Authentication',
        'auth-params': JSON.stringify({ host: 'files.example.com', accessKey: key, port: 21 }),
      });
      const id = String(core.outputs['connection-id']);
      expect(flowCalls(sim)).toContain(`GET /connections/${id}/test`);
      expect(flowCalls(sim).some((c) => c.includes('/explore'))).toBe(false);
      if (result) {
        expect(core.failed).toBeUndefined();
        expect(core.summary).toContain('passed (connection test)');
      } else {
        expect(core.failed).toContain(
          `Verification failed: GET /connections/${id}/test answered result false: the source refused the credentials stored in the connection`,
        );
      }
      expect(core.visibleText()).not.toContain(key);
    },
  );

  it.each([
    [
      'not JSON',
      '{"serviceUri": "x", "servicePrincipalKey": "hidden-value-1"',
      'auth-params must be JSON (a JSON object of the auth spec params)',
    ],
    [
      'not an object',
      '["hidden-value-1"]',
      'auth-params must be a JSON object of the auth spec params',
    ],
  ])(
    'refuses auth-params that is %s before any request, never quoting it',
    async (_case, text, problem) => {
      const { core } = await runGeneric({ 'auth-params': text });
      expect(core.failed).toContain(problem);
      expect(core.visibleText()).not.toContain('hidden-value-1');
      expect(sim.requests).toEqual([]);
    },
  );

  it('refuses auth-params beside the Salesforce credential inputs, naming both sides', async () => {
    const { core } = await runGeneric({
      'salesforce-client-id': 'sf-id',
      'salesforce-environment-url': 'https://acme.my.salesforce.com',
    });
    expect(core.failed).toContain(
      'salesforce-environment-url, salesforce-client-id cannot be used with auth-spec-name and auth-params',
    );
    expect(sim.requests).toEqual([]);
  });
});

describe('hostile connection spec answers', () => {
  const hostile = (mutate: (spec: Record<string, unknown>) => void) =>
    sim.injectAlways(
      { method: 'GET', path: `${SPEC_PATH}${SPEC_ID}` },
      {
        rewrite: (reply) => {
          const body = reply.body as { items: [Record<string, unknown>] };
          mutate(body.items[0]);
          return reply;
        },
      },
    );

  it.each([
    [
      'an injected runner command in an auth spec name',
      (s: Record<string, unknown>) => {
        (s.authSpec as { name: string }[])[0]!.name = 'OAuth2\n::add-mask::x';
      },
    ],
    [
      'a runner command on one line',
      (s: Record<string, unknown>) => {
        s.name = '::stop-commands::pwned';
      },
    ],
    [
      'an oversized JSON Schema',
      (s: Record<string, unknown>) => {
        (s.authSpec as { spec: Record<string, unknown> }[])[0]!.spec.description = 'x'.repeat(
          70_000,
        );
      },
    ],
    [
      'too many auth specs',
      (s: Record<string, unknown>) => {
        s.authSpec = Array.from({ length: 65 }, (_, i) => ({ name: `a${i}`, spec: {} }));
      },
    ],
    [
      'a malformed authSpec',
      (s: Record<string, unknown>) => {
        s.authSpec = 'OAuth2 Client Credential';
      },
    ],
  ])('fails on %s as an unexpected answer, printing none of it', async (_case, mutate) => {
    hostile(mutate);
    const { core } = await runStep(sim);
    expect(core.failed).toContain(
      `GET /connectionSpecs/${SPEC_ID} answered HTTP 200 with an unexpected body`,
    );
    expect(core.stdout()).not.toMatch(/::(add-mask::x|stop-commands)/);
    expect(core.visibleText()).not.toContain('pwned');
    expect(writes()).toEqual([]);
  });
});
