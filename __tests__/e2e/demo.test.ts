import { expect, it } from 'vitest';
import { DEMO_CONNECTION_NAME, runDemo } from '../../script/demo-run.js';
import { runTeardownDemo } from '../../script/demo-teardown.js';
import { DEMO } from '../../simulator/index.js';
import { sharedSimulator, sim } from '../support/simulator.js';
import { runnerCommands } from '../support/runner-commands.js';

sharedSimulator();

function bearerTokens(): string[] {
  const tokens = sim.requests.flatMap(
    (r) => /^Bearer (\S+)$/.exec(r.headers.authorization ?? '')?.[1] ?? [],
  );
  return [...new Set(tokens)];
}

it('npm start shows the log as the runner does, a re-run that reuses the same id, then a dataflow on it', async () => {
  let shown = '';
  const exitCode = await runDemo(sim, (text) => (shown += text));
  expect(exitCode).toBe(0);

  const tokens = bearerTokens();
  expect(tokens.length).toBeGreaterThan(0);
  for (const secret of [DEMO.clientSecret, DEMO.salesforce.oauth.clientSecret, ...tokens]) {
    expect(shown).not.toContain(secret);
  }
  expect(runnerCommands(shown)).toEqual([]);
  expect(shown).toContain('▼ Adobe access token');

  const [created] = sim.connections();
  expect(sim.connections()).toHaveLength(1);
  const outputs = [...shown.matchAll(/^(connection-id|outcome)=(.*)$/gm)].map((m) => m[0]);
  expect(outputs).toEqual([
    `connection-id=${created!.id}`,
    'outcome=created',
    `connection-id=${created!.id}`,
    'outcome=reused',
    'outcome=created',
  ]);
  const [flow] = sim.flows();
  expect(sim.flows()).toHaveLength(1);
  expect(flow!.sourceConnectionIds).toEqual([sim.sourceConnections()[0]!.id]);
  expect(sim.sourceConnections()[0]!.baseConnectionId).toBe(created!.id);
  expect(shown).toContain(`dataflow-id=${flow!.id}`);
});

it('npm start -- --teardown then removes the demo connection by its name', async () => {
  expect(await runDemo(sim, () => undefined)).toBe(0);
  let shown = '';
  const exitCode = await runTeardownDemo(sim, DEMO_CONNECTION_NAME, (text) => (shown += text));
  expect(exitCode).toBe(0);
  expect(shown).not.toContain(DEMO.clientSecret);
  expect(runnerCommands(shown)).toEqual([]);
  expect(shown).toContain('outcome=deleted');
  expect(sim.connections()).toEqual([]);
});
