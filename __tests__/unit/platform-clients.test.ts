import { describe, expect, it } from 'vitest';
import { catalogClient } from '../../src/platform/catalog.js';
import { dataPrepClient } from '../../src/platform/data-prep.js';
import { answer, scriptedPlatform, ScriptedTransport } from '../support/scripted-transport.js';

/** Catalog and Data Prep clients answering each request with the next body, as a 200. */
function platform(bodies: string[]) {
  const transport = new ScriptedTransport(bodies.map((body) => answer(200, body)));
  const options = scriptedPlatform(transport);
  return { catalog: catalogClient(options), dataPrep: dataPrepClient(options), transport };
}

const MAPPING_SET = {
  id: '0123456789abcdef01234567',
  name: 'other',
  version: 0,
  mappings: [],
};

describe('Catalog', () => {
  it('refuses an answer that holds another dataset than the one asked for', async () => {
    const { catalog } = platform([
      JSON.stringify({ other: { schemaRef: { id: 's', contentType: 'c' } } }),
    ]);
    await expect(catalog.datasetSchema('ds1')).rejects.toThrow(
      'GET /dataSets/ds1 answered without dataset ds1',
    );
  });
});

describe('Data Prep', () => {
  it('stops a listing that never ends after 100 pages, saying so', async () => {
    const full = JSON.stringify({ data: Array.from({ length: 50 }, () => MAPPING_SET) });
    const { dataPrep, transport } = platform(Array<string>(100).fill(full));
    await expect(dataPrep.findByName('mine')).rejects.toThrow(
      'GET /mappingSets: Data Prep still offered a page after 100 pages',
    );
    expect(transport.sent).toHaveLength(100);
  });

  it('names each refused mapping by its errors, or by its status when it has none', async () => {
    const validation = {
      validationResponse: [
        { status: 'SUCCESS' },
        { status: 'FAILED', errors: [{ exception: 'no such field' }, {}] },
        { status: 'FAILED' },
      ],
    };
    const { dataPrep } = platform([JSON.stringify(validation)]);
    const body = { name: 'm', outputSchema: { schemaRef: { id: 's', contentType: 'c' } } };
    expect(await dataPrep.validate({ ...body, mappings: [] })).toEqual([
      'mapping 1: no such field; FAILED',
      'mapping 2: FAILED',
    ]);
  });
});
