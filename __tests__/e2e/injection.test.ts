import { describe, expect, it } from 'vitest';
import { DEMO, type ConnectionState } from '../../simulator/index.js';
import { sharedSimulator, sim } from '../support/simulator.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { foreignCommands, runnerCommands } from '../support/runner-commands.js';
import { demoInputs } from '../support/scenario.js';

/** CI runs this file again under Node 24 (what action.yml declares) through E2E_NODE. */
const node = process.env['E2E_NODE'];

sharedSimulator();

const run = (extra: Record<string, string> = {}) =>
  runAction(demoInputs(sim, { name: 'CRM e2e', ...extra }), node ? { node } : {});

/** The secrets the action registers: its secret inputs and the token IMS issued. */
function registeredSecrets(): string[] {
  const tokens = sim.requests.flatMap((r) => r.headers['authorization']?.split(' ')[1] ?? []);
  return [
    DEMO.clientSecret,
    DEMO.salesforce.oauth.clientSecret,
    ...tokens,
    ...sim.salesforceSessions(),
  ];
}

function errorLines(result: ActionRun): string[] {
  return runnerCommands(result.stdout)
    .filter((c) => c.command === 'error')
    .map((c) => c.line);
}

describe(`the runner reads no command the action did not issue (${node ?? process.version})`, () => {
  it('fails on a reused connection whose state would mask its id and stop commands', async () => {
    const id = '7d1f9a52-3c4b-4e8f-9a10-2b6c8d0e4f13';
    const state = `enabled\n::add-mask::${id}\n::stop-commands::x` as ConnectionState;
    sim.seedConnection({ id, name: 'CRM e2e', state });
    const result = await run();
    expect(result.exitCode).toBe(1);
    expect(foreignCommands(result.stdout, registeredSecrets())).toEqual([]);
    expect(errorLines(result)).toEqual([
      '::error::GET /connections answered HTTP 200 with an unexpected body: items.0.state: not a short lowercase word',
    ]);
    expect(result.outputs).toEqual({});
  });

  it('echoes a name input holding a v1 command without the runner reading it', async () => {
    const result = await run({ name: 'a ##[stop-commands]x', verify: 'false' });
    expect(result.exitCode).toBe(0);
    expect(foreignCommands(result.stdout, registeredSecrets())).toEqual([]);
    expect(result.stdout).toContain('No connection named "a ##\\[stop-commands]x" exists yet');
    expect(errorLines(result)).toEqual([]);
    for (const value of Object.values(result.outputs)) expect(value).toMatch(/^[^\r\n]+$/);
  });
});
