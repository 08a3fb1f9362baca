import { describe, expect, it } from 'vitest';
import { runAction } from '../support/run-action.js';
import { sharedSimulator, sim } from '../support/simulator.js';
import { pipeline, teardownInputs } from '../support/teardown.js';

/** CI runs this file again under Node 24 (what teardown/action.yml declares) through E2E_NODE. */
const node = process.env['E2E_NODE'];

sharedSimulator({ deleteFinalizingReads: 1 });

const run = (extra: Record<string, string>) =>
  runAction(teardownInputs(sim, extra), { action: 'teardown', ...(node ? { node } : {}) });

describe(`dist/teardown/index.js as the runner runs it (${node ?? process.version})`, () => {
  it('deletes a pipeline children first, then finds it absent on a re-run', async () => {
    const p = await pipeline(sim);
    const first = await run({ 'connection-id': p.connectionId, cascade: 'true' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toEqual({
      outcome: 'deleted',
      'deleted-connection-id': p.connectionId,
      'deleted-dataflow-ids': p.flowId,
      'deleted-source-connection-ids': p.sourceId,
      'deleted-target-connection-ids': p.targetId,
      'kept-mapping-set-ids': p.mappingId,
    });
    expect(first.summary).toContain(`| source connection | Contacts source | ${p.sourceId} |`);
    expect(first.stdout).toContain(
      `Teardown of Base connection ${p.connectionId} in sandbox prod: deleted, 4 resource(s) deleted, 1 mapping set(s) kept`,
    );
    expect(sim.connections()).toEqual([]);

    const again = await run({ 'connection-id': p.connectionId, cascade: 'true' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.outcome).toBe('absent');
  });

  it('fails with exit code 1, before any request, without exactly one target', async () => {
    const result = await run({});
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::Invalid inputs:%0A- exactly one of connection-id, name, dataflow-id is required: none is set',
    );
    expect(sim.requests).toEqual([]);
  });
});
