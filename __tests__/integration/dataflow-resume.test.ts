import { describe, expect, it } from 'vitest';
import { calls, dataflowInputs, runDataflow } from '../support/dataflow.js';
import { sim, sharedSimulator } from '../support/simulator.js';

const NEW_MAPPING = [{ source: 'Id', destination: 'identityMap.id' }];

/** A first run that created the source, target and mapping set, then was refused the flow. */
async function stoppedBeforeTheFlow() {
  const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
  sim.inject({ method: 'POST', path: '/flows' }, { status: 400, body: { title: 'refused' } });
  const first = await runDataflow(dataflowInputs(sim, id));
  return { id, first, from: sim.requests.length };
}

/** What changes Platform: not reads, tokens or Data Prep's validation. */
const writes = (requests: string[]) =>
  requests.filter((c) => !/^(GET |POST \/ims\/|POST \/conversion\/mappingSets\/validate)/.test(c));

describe('dataflow re-run after a run stopped before the flow POST', () => {
  sharedSimulator();

  it('names every piece the stopped run created, in outputs and summary', async () => {
    const { first } = await stoppedBeforeTheFlow();
    expect(first.core.failed).toBeDefined();
    const [source] = sim.sourceConnections();
    const [target] = sim.targetConnections();
    const [set] = sim.mappingSets();
    expect(first.core.outputs['source-connection-id']).toBe(source!.id);
    expect(first.core.outputs['target-connection-id']).toBe(target!.id);
    expect(first.core.outputs['mapping-set-id']).toBe(set!.id);
    expect(first.core.outputs['dataflow-id']).toBeUndefined();
    for (const piece of [source!, target!, set!])
      expect(first.core.summary).toMatch(new RegExp(`\\| ${piece.id} \\| created \\|`));
  });

  it('gives the mapping set left with the old mappings a new version and builds the flow on it', async () => {
    const { id, from } = await stoppedBeforeTheFlow();
    const [set] = sim.mappingSets();
    const second = await runDataflow(dataflowInputs(sim, id), {
      'mapping.json': JSON.stringify(NEW_MAPPING),
    });
    expect(second.core.failed).toBeUndefined();
    expect(writes(calls(sim).slice(from))).toEqual([
      `PUT /conversion/mappingSets/${set!.id}`,
      'POST /flowservice/flows',
    ]);
    const [flow] = sim.flows();
    expect(flow!.transformations.find((t) => t.name === 'Mapping')!.params).toEqual({
      mappingId: set!.id,
      mappingVersion: 1,
    });
    expect(second.core.outputs['mapping-version']).toBe('1');
    expect(second.core.summary).toMatch(new RegExp(`\\| ${set!.id} \\| updated \\|`));
  });

  it('a dry run lists the PUT of the mapping set and the flow POST on its next version', async () => {
    const { id, from } = await stoppedBeforeTheFlow();
    const [set] = sim.mappingSets();
    const dry = await runDataflow(dataflowInputs(sim, id, { 'dry-run': 'true' }), {
      'mapping.json': JSON.stringify(NEW_MAPPING),
    });
    expect(dry.core.failed).toBeUndefined();
    expect(writes(calls(sim).slice(from))).toEqual([]);
    expect(dry.core.summary).toContain(
      `PUT ${sim.url}/data/foundation/conversion/mappingSets/${set!.id}`,
    );
    expect(dry.core.summary).toContain('"mappingVersion": 1');
    expect(dry.core.summary).toMatch(new RegExp(`\\| ${set!.id} \\| would update \\|`));
  });

  it('refuses a source connection left with other columns before any write, naming it, its id and the way out', async () => {
    const { id, from } = await stoppedBeforeTheFlow();
    const [source] = sim.sourceConnections();
    const columns = 'Id,Email,LastModifiedDate,FirstName';
    const second = await runDataflow(dataflowInputs(sim, id, { columns }));
    expect(second.core.failed).toContain(`Source connection "Contacts source" (${source!.id})`);
    expect(second.core.failed).toContain(
      'columns Id, Email, LastModifiedDate where the inputs ask for Id, FirstName, Email, LastModifiedDate',
    );
    expect(second.core.failed).toMatch(/new name.*teardown/);
    expect(writes(calls(sim).slice(from))).toEqual([]);
  });
});
