import { describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import { CONTACT_MAPPING, dataflowInputs } from '../support/dataflow.js';
import { runAction } from '../support/run-action.js';
import { runnerCommands } from '../support/runner-commands.js';
import { sharedSimulator, sim } from '../support/simulator.js';

/** CI runs this file again under Node 24 (what dataflow/action.yml declares) through E2E_NODE. */
const node = process.env['E2E_NODE'];

// A run that has ended by its first read: the bundle polls with the real clock, 10 s apart.
sharedSimulator({ run: { readsBeforeEnd: 0 } });

const files = { 'contact-mapping.json': JSON.stringify(CONTACT_MAPPING) };

function run(connectionId: string, extra: Record<string, string> = {}) {
  const inputs = dataflowInputs(sim, connectionId, { mapping: 'contact-mapping.json', ...extra });
  return runAction(inputs, { action: 'dataflow', files, ...(node ? { node } : {}) });
}

describe(`dist/dataflow/index.js as the runner runs it (${node ?? process.version})`, () => {
  it('creates the chain from the workspace mapping file, then reuses it on a re-run', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const first = await run(id, { wait: 'first-run' });
    expect(first.exitCode).toBe(0);
    const [flow] = sim.flows();
    expect(first.outputs).toMatchObject({
      'dataflow-id': flow!.id,
      'source-connection-id': sim.sourceConnections()[0]!.id,
      'target-connection-id': sim.targetConnections()[0]!.id,
      'mapping-set-id': sim.mappingSets()[0]!.id,
      'mapping-version': '0',
      outcome: 'created',
      state: 'enabled',
      'run-status': 'success',
    });
    expect(first.summary).toContain(`| Dataflow | Contacts | ${flow!.id} | created |`);
    const shown = first.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(DEMO.clientSecret);
    expect(runnerCommands(first.stdout).map((c) => c.command)).not.toContain('error');

    const second = await run(id);
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ 'dataflow-id': flow!.id, outcome: 'reused', drift: '' });
    expect(sim.flows()).toHaveLength(1);
  });

  it('fails with exit code 1, naming the input, before any request', async () => {
    const result = await run('0'.repeat(36), { frequency: 'minute', interval: '5' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('interval must be at least 15 for frequency minute');
    expect(sim.requests).toEqual([]);
  });
});
