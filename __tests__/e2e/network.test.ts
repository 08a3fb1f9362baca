import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/run-action.js';
import { demoInputs } from '../support/scenario.js';
import { anotherSimulator } from '../support/simulator.js';
import { throwawayCertificate } from '../support/tls.js';
import { tunnellingProxy } from '../support/proxy.js';

/** CI runs this file again under Node 24 (what action.yml declares) through E2E_NODE. */
const node = process.env['E2E_NODE'];

const BUNDLES = ['dist/index.js', 'dist/dataflow/index.js', 'dist/teardown/index.js'];

it.each(BUNDLES)('%s bundles no undici (nor the http2 and worker_threads it loads)', (bundle) => {
  const text = readFileSync(resolve(import.meta.dirname, '../..', bundle), 'utf8');
  expect(text).not.toMatch(
    /UndiciError|node_modules\/undici|["'](node:)?(http2|worker_threads)["']/,
  );
});

it.each(BUNDLES)('%s keeps names and lines, so a stack trace stays readable', (bundle) => {
  const text = readFileSync(resolve(import.meta.dirname, '../..', bundle), 'utf8');
  expect(text).toMatch(/^(async )?function runStep\(/m);
  expect(text.split('\n').length).toBeGreaterThan(1_000);
});

describe(`through the runner's HTTPS_PROXY (${node ?? process.version})`, () => {
  it('reaches IMS and Platform over https through a CONNECT proxy', async () => {
    const names = ['ims.proxied.test', 'platform.proxied.test'];
    const certificate = throwawayCertificate(names);
    const sim = await anotherSimulator({ tls: certificate });
    const port = new URL(sim.url).port;
    const proxy = await tunnellingProxy(Number(port));
    try {
      const inputs = demoInputs(sim, {
        'ims-url': `https://ims.proxied.test:${port}`,
        'platform-url': `https://platform.proxied.test:${port}`,
      });
      const env = { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: certificate.certFile };
      const run = await runAction(inputs, { env, ...(node ? { node } : {}) });
      expect(run.stdout).not.toContain('::error::');
      expect(run.exitCode).toBe(0);
      expect(run.outputs['outcome']).toBe('created');
      expect(new Set(proxy.asked)).toEqual(new Set(names.map((name) => `${name}:${port}`)));
      expect(sim.requests[0]).toMatchObject({ method: 'POST', path: '/ims/token/v3' });
      expect(sim.requests.map((r) => r.headers['host'])).toContain(`platform.proxied.test:${port}`);
    } finally {
      proxy.close();
    }
  });
});
