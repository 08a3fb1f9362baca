import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type FaultMatch } from '../../simulator/index.js';
import { sharedSimulator, sim } from '../support/simulator.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { runnerCommands } from '../support/runner-commands.js';
import { demoInputs } from '../support/scenario.js';

/** CI runs this file again under Node 24 (what action.yml declares) through E2E_NODE. */
const node = process.env['E2E_NODE'];

sharedSimulator();

const TIMEOUT_SECONDS = 1;
/** The process may outlive its deadline by this much, start-up included. */
const GRACE_MS = 2_000;

async function runTimed(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const started = Date.now();
  const result = await runAction(
    { ...inputs, 'timeout-seconds': String(TIMEOUT_SECONDS) },
    { timeoutMs: TIMEOUT_SECONDS * 1_000 + GRACE_MS + 3_000, env, ...(node ? { node } : {}) },
  );
  return { result, elapsed: Date.now() - started };
}

function expectTimedOutWaitingFor(
  label: string,
  { result, elapsed }: Awaited<ReturnType<typeof runTimed>>,
) {
  expect(result.exitCode).toBe(1);
  expect(errorLines(result)).toEqual([
    expect.stringMatching(
      new RegExp(
        `^::error::Timed out after ${TIMEOUT_SECONDS} s \\(timeout-seconds\\) waiting for ${label}`,
      ),
    ),
  ]);
  expect(elapsed).toBeLessThanOrEqual(TIMEOUT_SECONDS * 1_000 + GRACE_MS);
}

const errorLines = (result: ActionRun) =>
  runnerCommands(result.stdout)
    .filter((c) => c.command === 'error')
    .map((c) => c.line);

describe(`timeout-seconds bounds the process (${node ?? process.version})`, () => {
  it.each<[string, FaultMatch]>([
    ['POST /ims/token/v3', { method: 'POST', path: '/ims/token/v3' }],
    ['GET /connections', { method: 'GET', path: '/connections' }],
    ['POST /connections', { method: 'POST', path: '/connections' }],
  ])('exits 1 on the deadline when %s trickles its body', async (label, match) => {
    sim.injectAlways(match, { trickleMs: 100 });
    expectTimedOutWaitingFor(label, await runTimed(demoInputs(sim)));
  });

  it('exits 1 on the deadline when the proxy never opens the tunnel', async () => {
    const held: Socket[] = [];
    const proxy = createServer().on('connect', (_request, socket: Socket) => held.push(socket));
    proxy.listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    const { port } = proxy.address() as AddressInfo;
    try {
      const inputs = { ...demoInputs(sim), 'ims-url': 'https://ims.example' };
      const run = await runTimed(inputs, { HTTPS_PROXY: `http://127.0.0.1:${port}` });
      expectTimedOutWaitingFor('POST /ims/token/v3', run);
      expect(held).toHaveLength(1);
    } finally {
      for (const socket of held) socket.destroy();
      proxy.close();
    }
  });
});
