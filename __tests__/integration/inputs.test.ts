import { describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import { sim, simulator } from '../support/simulator.js';
import { flowCalls, runStep, sent } from '../support/scenario.js';

/** Every start of `secret` at least `min` characters long that appears in `text`. */
function leakedPrefixes(text: string, secret: string, min = 4): string[] {
  const prefixes = [...secret].map((_, i) => secret.slice(0, i + 1)).filter((p) => p.length >= min);
  return prefixes.filter((prefix) => text.includes(prefix));
}

describe('an error body that echoes a secret', () => {
  it.each([
    ['client-secret', DEMO.clientSecret, { method: 'POST', path: '/ims/token/v3' }],
    [
      'salesforce-client-secret',
      DEMO.salesforce.oauth.clientSecret,
      { method: 'POST', path: '/connections' },
    ],
  ])(
    'never shows part of %s when a non-JSON body puts it across the 300-character cut',
    async (_, secret, match) => {
      await simulator();
      const leaks: string[] = [];
      for (const before of [290, 296, 299]) {
        sim.reset();
        sim.inject(match, {
          status: 502,
          rawBody: `${'x'.repeat(before)}${secret} was refused`,
        });
        const { core } = await runStep(sim, { 'max-attempts': '1' });
        expect(core.failed).toContain('failed with HTTP 502: xxx');
        leaks.push(...leakedPrefixes(core.visibleText(), secret));
      }
      expect(leaks).toEqual([]);
    },
  );

  it('never shows it base64- or \\u-encoded either', async () => {
    await simulator();
    const secret = DEMO.clientSecret;
    const base64 = Buffer.from(`${DEMO.clientId}:${secret}`).toString('base64');
    const escaped = [...secret]
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('');
    sim.inject(
      { method: 'POST', path: '/ims/token/v3' },
      { status: 400, rawBody: `{"basic":"${base64}","echo":"${escaped}"}` },
    );
    const { core } = await runStep(sim, { 'max-attempts': '1' });
    const visible = core.visibleText();
    expect(visible).toContain('failed with HTTP 400');
    const shown = /"basic":"([^"]*)","echo":"([^"]*)"/.exec(visible);
    expect(shown?.[2]).toBe('***');
    const [head, tail, ...more] = shown![1]!.split('***');
    expect(Buffer.from(head!, 'base64').toString()).toBe(`${DEMO.clientId}:`);
    expect(tail!.length).toBeLessThanOrEqual(4);
    expect(more).toEqual([]);
  });
});

describe('URLs', () => {
  it.each([
    ['platform-url', (url: string) => url.replace('http://', 'http://:hunter2-pass@')],
    ['ims-url', (url: string) => url.replace('http://', 'http://admin@')],
    ['platform-url', (url: string) => `${url}?`],
    ['ims-url', (url: string) => `${url}#`],
  ])('refuses userinfo, ? or # in %s before any request', async (input, change) => {
    await simulator();
    const { core } = await runStep(sim, { [input]: change(sim.url) });
    expect(core.failed).toBe(
      `Invalid inputs:\n- ${input} must not hold a user name, password, query (?) or fragment (#)`,
    );
    expect(core.visibleText()).not.toContain('hunter2');
    expect(sim.requests).toEqual([]);
  });

  it.each(['https://169.254.169.254', 'https://acme.my.salesforce.com.evil.example'])(
    'refuses salesforce-environment-url %s, naming the allowed domains, before any request',
    async (url) => {
      await simulator();
      const { core } = await runStep(sim, { 'salesforce-environment-url': url });
      expect(core.failed).toBe(
        `Invalid inputs:\n- salesforce-environment-url must be on a Salesforce host (*.salesforce.com, *.force.com, *.salesforce.mil, *.cloudforce.com, *.sfcrmproducts.cn, *.sfcrmapps.cn) or a loopback host; add any other host to salesforce-allowed-hosts (got "${url}")`,
      );
      expect(sim.requests).toEqual([]);
    },
  );

  it('sends a host listed in salesforce-allowed-hosts', async () => {
    await simulator();
    const { core } = await runStep(sim, {
      'salesforce-environment-url': 'https://crm.sf.example.com',
      'salesforce-allowed-hosts': 'sf.example.com',
      // No Salesforce answers at that made-up host; the write is what this test is about.
      'salesforce-preflight': 'false',
      verify: 'false',
    });
    expect(core.failed).toBeUndefined();
    const post = sim.requests.find((r) => r.method === 'POST' && r.path.endsWith('/connections'));
    expect(sent(post!).body).toMatchObject({
      auth: { params: { environmentUrl: 'https://crm.sf.example.com' } },
    });
  });
});

describe('an input given as empty', () => {
  it.each([
    ['sandbox-name', 'prod'],
    ['dry-run', 'false'],
    ['if-exists', 'reuse'],
  ])(
    '%s: fails naming it, before any request, instead of taking the default',
    async (name, value) => {
      await simulator();
      const { core } = await runStep(sim, { [name]: '' });
      expect(core.failed).toBe(
        `Invalid inputs:\n- ${name} is empty: give it a value, or leave it out for the default "${value}" (an expression that evaluated to empty?)`,
      );
      expect(sim.requests).toEqual([]);
    },
  );

  it('left out, takes the default from action.yml as the runner does', async () => {
    await simulator();
    const { core } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(sim.requests.at(-1)?.headers['x-sandbox-name']).toBe('prod');
    expect(flowCalls(sim)).toContain('POST /connections');
  });
});

describe('a short or common secret', () => {
  it('warns once, naming the input and what the runner will hide, never the value', async () => {
    await simulator({ clients: [{ clientId: DEMO.clientId, clientSecret: 'created' }] });
    const { core } = await runStep(sim, { 'client-secret': 'created' });
    expect(core.failed).toBeUndefined();
    const warnings = core.messages('warning').filter((w) => w.includes('client-secret'));
    expect(warnings).toEqual([
      'client-secret is shorter than 8 characters: the runner masks it wherever it appears, so a log line shows *** in its place and an output holding it (connection-id, etag, outcome, state) is dropped from job outputs. Use a longer, random secret.',
    ]);
  });

  it('warns for a secret equal to a word the action prints', async () => {
    await simulator({
      salesforce: { ...DEMO.salesforce, oauth: { clientId: 'sf-id', clientSecret: 'disabled' } },
    });
    const { core } = await runStep(sim, {
      'salesforce-client-id': 'sf-id',
      'salesforce-client-secret': 'disabled',
    });
    expect(core.failed).toBeUndefined();
    expect(core.messages('warning')).toEqual([
      'salesforce-client-secret is a word the action prints (an outcome, a state, true or false): the runner masks it wherever it appears, so a log line shows *** in its place and an output holding it (connection-id, etag, outcome, state) is dropped from job outputs. Use a longer, random secret.',
    ]);
  });

  it('says nothing for the usual long secrets', async () => {
    await simulator();
    const { core } = await runStep(sim);
    expect(core.messages('warning')).toEqual([]);
  });
});

describe('versions written as YAML numbers', () => {
  it('sends salesforce-api-version 60 as "60.0" and connection-spec-version 1 as "1.0"', async () => {
    await simulator();
    const { core } = await runStep(sim, {
      'salesforce-api-version': '60',
      'connection-spec-version': '1',
      verify: 'false',
    });
    expect(core.failed).toBeUndefined();
    const post = sim.requests.find((r) => r.method === 'POST' && r.path.endsWith('/connections'));
    expect(sent(post!).body).toMatchObject({
      auth: { params: { apiVersion: '60.0' } },
      connectionSpec: { version: '1.0' },
    });
  });
});

describe('an input error', () => {
  it('quotes the value given to a non-secret input, never a secret one, before any request', async () => {
    await simulator();
    const { core } = await runStep(sim, {
      'org-id': 'acme',
      'client-secret': '',
      'access-token': 'Bearer eyJ.header.payload',
    });
    expect(core.failed).toBe(
      'Invalid inputs:\n- access-token must be the bare token: drop the "Bearer " prefix\n- org-id must end with @AdobeOrg (got "acme")',
    );
    expect(core.visibleText()).not.toContain('eyJ');
    expect(sim.requests).toEqual([]);
  });

  it.each([
    ['platform-url', '/data/foundation/flowservice', 'https://platform.adobe.io'],
    ['ims-url', '/ims/token/v3', 'https://ims-na1.adobelogin.com'],
  ])('refuses %s with a path, saying the base URL is expected', async (input, path, example) => {
    await simulator();
    const { core } = await runStep(sim, { [input]: `${sim.url}${path}` });
    expect(core.failed).toBe(
      `Invalid inputs:\n- ${input} must be the base URL without a path, such as ${example} (got "${sim.url}${path}")`,
    );
    expect(sim.requests).toEqual([]);
  });

  it('says an empty org-id is required', async () => {
    await simulator();
    const { core } = await runStep(sim, { 'org-id': '' });
    expect(core.failed).toBe('Invalid inputs:\n- org-id is required');
  });
});
