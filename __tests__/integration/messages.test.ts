import { createServer } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../src/github/runtime.js';
import { run } from '../../src/connection/main.js';
import { httpClientTransport } from '../../src/platform/transport.js';
import { sim, simulator } from '../support/simulator.js';
import { fakeRuntime } from '../support/fake-runtime.js';
import { hostileText } from '../support/hostile-text.js';
import { runnerCommands } from '../support/runner-commands.js';
import { demoInputs, flowCalls, runStep } from '../support/scenario.js';

/** Runs the step over the real transport, recording every request it tried to send. */
async function runCounting(extra: Record<string, string>) {
  const attempts: HttpRequest[] = [];
  const real = httpClientTransport();
  const rt = fakeRuntime(demoInputs(sim, extra), {
    send: (request, timeoutMs) => (attempts.push(request), real.send(request, timeoutMs)),
  });
  await run(rt);
  return { ...rt, attempts };
}

/** A loopback port that refuses connections: bound once, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a base URL whose host does not resolve', () => {
  it('fails after one attempt, naming ims-url and the host', async () => {
    await simulator();
    const { core, attempts, clock } = await runCounting({ 'ims-url': 'https://ims.invalid' });
    expect(core.failed).toBe(
      'POST /ims/token/v3 failed: the host ims.invalid was not found (ENOTFOUND): check ims-url',
    );
    expect(attempts.map((r) => r.url)).toEqual(['https://ims.invalid/ims/token/v3']);
    expect(clock.sleeps).toEqual([]);
    expect(sim.requests).toEqual([]);
  });

  it('fails after one attempt, naming platform-url and the host', async () => {
    await simulator();
    const { core, attempts } = await runCounting({ 'platform-url': 'https://platform.invalid' });
    expect(core.failed).toBe(
      'GET /connections failed: the host platform.invalid was not found (ENOTFOUND): check platform-url',
    );
    // One attempt each: the lookup and, beside it, the read of the connection spec.
    expect(attempts.filter((r) => r.url.startsWith('https://platform.invalid/'))).toHaveLength(2);
    expect(core.messages('info').filter((line) => line.includes('retrying'))).toEqual([]);
  });
});

describe('a base URL whose port refuses connections', () => {
  it.each([
    ['ims-url', 'POST /ims/token/v3'],
    ['platform-url', 'GET /connections'],
  ])('%s: retries, then names the input, host and port', async (input, label) => {
    await simulator();
    const port = await closedPort();
    const { core, attempts } = await runCounting({
      [input]: `http://127.0.0.1:${port}`,
      'max-attempts': '3',
    });
    expect(core.failed).toBe(
      `${label} failed: 127.0.0.1:${port} refused the connection (ECONNREFUSED): check ${input}`,
    );
    const refused = attempts.filter((r) => r.url.startsWith(`http://127.0.0.1:${port}/`));
    // Three attempts each; on platform-url the connection spec read beside the lookup too.
    expect(refused).toHaveLength(input === 'platform-url' ? 6 : 3);
  });
});

describe('an error answer', () => {
  it('that is an HTML page is summarised by its status and title', async () => {
    await simulator();
    sim.inject(
      { method: 'GET', path: '/connections' },
      {
        status: 502,
        headers: { 'content-type': 'text/html' },
        rawBody: `<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>${'<p>upstream</p>'.repeat(50)}</body></html>`,
      },
    );
    const { core } = await runStep(sim, { 'max-attempts': '1' });
    expect(core.failed).toMatch(
      /^GET \/connections failed with HTTP 502 \(HTML page: "502 Bad Gateway"\) \(request id [\w-]+\)$/,
    );
  });

  it('for an unknown connection spec (1413-400) names connection-spec-id', async () => {
    await simulator();
    const { core } = await runStep(sim, {
      'connection-spec-id': '00000000-0000-0000-0000-000000000000',
    });
    // The live spec read answers 404 before any write.
    expect(flowCalls(sim)).not.toContain('POST /connections');
    expect(core.failed).toBe(
      'GET /connectionSpecs/00000000-0000-0000-0000-000000000000 answered 404: Flow Service knows no connection spec 00000000-0000-0000-0000-000000000000; check connection-spec-id',
    );
  });
});

describe('the value an input error quotes', () => {
  it('never becomes a runner command, and is cut to 80 characters', async () => {
    await simulator();
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const { core } = await runStep(sim, { 'org-id': `x${text}`, 'sandbox-name': `-${text}` });
        expect(core.failed).toMatch(/^Invalid inputs:\n- org-id must end with @AdobeOrg \(got "x/);
        const masks = core.secrets.map(() => 'add-mask');
        expect(runnerCommands(core.stdout()).map((c) => c.command)).toEqual([...masks, 'error']);
      }),
      { numRuns: 50 },
    );
    const { core } = await runStep(sim, { 'org-id': 'y'.repeat(500) });
    expect(core.failed).toBe(
      `Invalid inputs:\n- org-id must end with @AdobeOrg (got "${'y'.repeat(80)}…")`,
    );
    expect(sim.requests).toEqual([]);
  });
});
