import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calls, CONTACT_MAPPING, dataflowInputs, runDataflow } from '../support/dataflow.js';
import { runAction } from '../support/run-action.js';
import { sim, sharedSimulator } from '../support/simulator.js';

const NEW_MAPPING = [{ source: 'Id', destination: 'identityMap.id' }];

describe('dataflow review', () => {
  sharedSimulator();

  it('regression: a re-run after a run stopped before the flow POST does not build the flow on a mapping set holding the old mappings', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    sim.inject({ method: 'POST', path: '/flows' }, { status: 400, body: { title: 'refused' } });
    const first = await runDataflow(dataflowInputs(sim, id));
    expect(first.core.failed).toBeDefined();
    const second = await runDataflow(dataflowInputs(sim, id), {
      'mapping.json': JSON.stringify(NEW_MAPPING),
    });
    // Either the run refuses (naming the stale mapping set) or the flow reads the new mappings.
    if (second.core.failed === undefined) {
      const [flow] = sim.flows();
      const mappingId = flow!.transformations.find((t) => t.name === 'Mapping')!.params[
        'mappingId'
      ];
      const set = sim.mappingSets().find((m) => m.id === mappingId)!;
      expect(set.mappings.map((m) => [m.source, m.destination])).toEqual([
        ['Id', 'identityMap.id'],
      ]);
    } else {
      expect(second.core.failed).toMatch(/mapping/);
    }
  });

  it('regression: a re-run after a run stopped before the flow POST does not build the flow on a source connection with the old columns', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    sim.inject({ method: 'POST', path: '/targetConnections' }, { status: 400, body: {} });
    const first = await runDataflow(dataflowInputs(sim, id));
    expect(first.core.failed).toBeDefined();
    const columns = 'Id,Email,LastModifiedDate,FirstName';
    const second = await runDataflow(dataflowInputs(sim, id, { columns }));
    if (second.core.failed === undefined) {
      const [flow] = sim.flows();
      const source = sim.sourceConnections().find((s) => s.id === flow!.sourceConnectionIds[0])!;
      expect((source.params.columns ?? []).map((c) => c.name)).toEqual(columns.split(','));
    } else {
      expect(second.core.failed).toMatch(/columns/);
    }
  });

  it('regression: update to frequency once sends a PATCH Flow Service accepts, with no interval or backfill left', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    await runDataflow(dataflowInputs(sim, id));
    const rt = await runDataflow(
      dataflowInputs(sim, id, { 'if-exists': 'update', frequency: 'once' }),
    );
    expect(rt.core.failed).toBeUndefined();
    expect(rt.core.outputs['outcome']).toBe('updated');
    const schedule = sim.flows()[0]!.scheduleParams as unknown as Record<string, unknown>;
    expect(schedule['frequency']).toBe('once');
    expect(schedule).not.toHaveProperty('interval');
    expect(schedule).not.toHaveProperty('backfill');
  });

  it('regression: a dry run with if-exists update and nothing to change says would-reuse, as the real run says reused', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    await runDataflow(dataflowInputs(sim, id));
    const dry = await runDataflow(
      dataflowInputs(sim, id, { 'if-exists': 'update', 'dry-run': 'true' }),
    );
    const real = await runDataflow(dataflowInputs(sim, id, { 'if-exists': 'update' }));
    expect(real.core.outputs['outcome']).toBe('reused');
    expect(dry.core.outputs['outcome']).toBe('would-reuse');
  });

  it('regression: a dry run of an update lists the PUT of the mapping set and the PATCH of the flow it would send', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const first = await runDataflow(dataflowInputs(sim, id));
    const mappingId = first.core.outputs['mapping-set-id']!;
    const flowId = first.core.outputs['dataflow-id']!;
    const dry = await runDataflow(
      dataflowInputs(sim, id, { 'if-exists': 'update', 'dry-run': 'true' }),
      { 'mapping.json': JSON.stringify(NEW_MAPPING) },
    );
    expect(dry.core.failed).toBeUndefined();
    expect(dry.core.summary).toContain(
      `PUT ${sim.url}/data/foundation/conversion/mappingSets/${mappingId}`,
    );
    expect(dry.core.summary).toContain(
      `PATCH ${sim.url}/data/foundation/flowservice/flows/${flowId}`,
    );
  });

  it('regression: a run stopped after the source connection POST says which piece it created (outputs and summary)', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    sim.inject({ method: 'POST', path: '/targetConnections' }, { status: 400, body: {} });
    const rt = await runDataflow(dataflowInputs(sim, id));
    expect(rt.core.failed).toBeDefined();
    const [source] = sim.sourceConnections();
    expect(rt.core.outputs['source-connection-id']).toBe(source!.id);
    expect(rt.core.summary).toContain(source!.id);
  });

  it('regression: a start-time that is not a real date (February 30) is refused before any request, naming start-time', async () => {
    const rt = await runDataflow(
      dataflowInputs(sim, '0'.repeat(36), { 'start-time': '2026-02-30T00:00:00Z' }),
    );
    expect(rt.core.failed).toMatch(/start-time/);
    expect(calls(sim)).toEqual([]);
  });

  it('regression: a reused flow whose Mapping transformation holds a hostile mapping id or version is refused, not set as outputs', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    await runDataflow(dataflowInputs(sim, id));
    const hostile = 'x\n::warning::pwned $(curl evil)';
    sim.injectAlways(
      { method: 'GET', path: '/flows' },
      {
        rewrite: (reply) => {
          const body = reply.body as { items: Array<{ transformations: unknown[] }> };
          for (const flow of body.items)
            flow.transformations = [
              { name: 'Copy', params: { deltaColumn: { name: 'LastModifiedDate' } } },
              { name: 'Mapping', params: { mappingId: hostile, mappingVersion: 'NaN?' } },
            ];
          return reply;
        },
      },
    );
    const rt = await runDataflow(dataflowInputs(sim, id));
    const outputs = Object.values(rt.core.outputs).join('\n');
    expect(outputs).not.toContain('pwned');
    expect(rt.core.outputs['mapping-version'] ?? '0').toMatch(/^\d+$/);
  });
});

describe('dataflow review, as the runner runs it', () => {
  sharedSimulator();

  it('regression: a mapping path outside the workspace (absolute) is refused before any request, naming mapping', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'outside-'));
    const file = join(outside, 'mapping.json');
    await writeFile(file, JSON.stringify(CONTACT_MAPPING));
    try {
      const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
      const result = await runAction(dataflowInputs(sim, id, { mapping: file }), {
        action: 'dataflow',
      });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(/::error::.*mapping/);
      expect(calls(sim)).toEqual([]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('regression: a mapping path escaping the workspace with ../ is refused before any request, naming mapping', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'outside-'));
    await writeFile(join(outside, 'mapping.json'), JSON.stringify(CONTACT_MAPPING));
    try {
      const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
      // The runner's workspace is a fresh directory next to `outside` in the same tmpdir.
      const escaping = `../${outside.split('/').at(-1)}/mapping.json`;
      const result = await runAction(dataflowInputs(sim, id, { mapping: escaping }), {
        action: 'dataflow',
      });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(/::error::.*mapping/);
      expect(calls(sim)).toEqual([]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('regression: a huge mapping file is refused before any request, naming mapping', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const entry = { source: 'Id', destination: '_id' };
    const huge = JSON.stringify(Array.from({ length: 150_000 }, () => entry));
    expect(huge.length).toBeGreaterThan(4_000_000);
    const result = await runAction(dataflowInputs(sim, id), {
      action: 'dataflow',
      files: { 'mapping.json': huge },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::.*mapping/);
    expect(calls(sim)).toEqual([]);
  });
});
