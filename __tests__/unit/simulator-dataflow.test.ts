import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CRM_FLOW_SPEC_ID,
  DATA_LAKE_SPEC_ID,
  DEMO_DATASET,
  FILE_FLOW_SPEC_ID,
  SALESFORCE_SPEC_ID,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
} from '../../simulator/index.js';
import {
  type Chain,
  catalog,
  chain,
  contactColumns,
  created,
  dataPrep,
  flow,
  flowBody,
  flowCode,
  mappingSetBody,
  sourceBody,
  targetBody,
} from './support/simulator-client.js';

let sim: Simulator;
const extra: Simulator[] = [];

async function simulatorWith(options: SimulatorOptions): Promise<Simulator> {
  const started = await startSimulator(options);
  extra.push(started);
  return started;
}

beforeEach(async () => {
  sim = await startSimulator();
});

afterEach(async () => {
  await Promise.all([sim, ...extra.splice(0)].map((s) => s.close()));
});

const now = () => Math.floor(Date.now() / 1000);

describe('GET /connections/{id}/explore', () => {
  it.each(['root', 'ROOT'])(
    'objectType=%s lists the org objects, custom ones included',
    async (type) => {
      const { id } = sim.seedConnection({ name: 'sf' });
      const root = await flow(sim, 'GET', `/connections/${id}/explore?objectType=${type}`);
      expect(root.status).toBe(200);
      const names = (root.body as { name: string }[]).map((t) => t.name);
      expect(names).toEqual([
        'Account',
        'Contact',
        'Lead',
        'Opportunity',
        'Campaign',
        'Case',
        'Invoice__c',
      ]);
      expect(root.body).toContainEqual({
        type: 'table',
        name: 'Invoice__c',
        path: 'Invoice__c',
        canPreview: true,
        canFetchSchema: true,
      });
    },
  );

  it.each(['table', 'TABLE'])(
    'objectType=%s answers the flat schema of an object',
    async (type) => {
      const { id } = sim.seedConnection({ name: 'sf' });
      const table = await flow(
        sim,
        'GET',
        `/connections/${id}/explore?objectType=${type}&object=Contact`,
      );
      expect(table.status).toBe(200);
      const { format, schema } = table.body as { format: string; schema: { columns: unknown[] } };
      expect(format).toBe('flat');
      for (const column of [
        ...contactColumns,
        { name: 'FirstName', type: 'string', xdm: { type: 'string' } },
      ]) {
        expect(schema.columns).toContainEqual(column);
      }
      expect(schema.columns).toContainEqual({
        name: 'CreatedDate',
        type: 'string',
        xdm: { type: 'string', format: 'date-time' },
      });
    },
  );

  it.each([
    ['an unknown object', '&object=Contacts'],
    ['an object in the wrong case', '&object=contact'],
    ['no object', ''],
  ])('answers 1100-400 for %s', async (_case, query) => {
    const { id } = sim.seedConnection({ name: 'sf' });
    const failed = await flow(sim, 'GET', `/connections/${id}/explore?objectType=table${query}`);
    expect(failed.status).toBe(400);
    expect(flowCode(failed.body)).toBe('FLOW-1100-400');
  });
});

describe('GET /flowSpecs', () => {
  it('finds CRMToAEP by name, with the specs it joins and its schedule JSON Schema', async () => {
    const found = await flow(sim, 'GET', '/flowSpecs?property=name==CRMToAEP');
    expect(found.status).toBe(200);
    const { items } = found.body as { items: Record<string, unknown>[] };
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: CRM_FLOW_SPEC_ID,
      name: 'CRMToAEP',
      sourceConnectionSpecIds: expect.arrayContaining([SALESFORCE_SPEC_ID]),
      targetConnectionSpecIds: [DATA_LAKE_SPEC_ID],
      transformationSpecs: [{ name: 'Copy' }, { name: 'Mapping' }],
      scheduleSpec: {
        spec: {
          properties: {
            startTime: { type: 'integer' },
            frequency: { enum: ['once', 'minute', 'hour', 'day', 'week'] },
            interval: { type: 'integer' },
          },
          required: ['startTime', 'frequency'],
          else: {
            then: { properties: { interval: { minimum: 15 } } },
            else: { properties: { interval: { minimum: 1 } } },
          },
        },
      },
    });
  });

  it('answers the file-storage flow spec by id, which takes no Salesforce source', async () => {
    const found = await flow(sim, 'GET', `/flowSpecs/${FILE_FLOW_SPEC_ID}`);
    const spec = (found.body as { items: { name: string; sourceConnectionSpecIds: string[] }[] })
      .items[0];
    expect(spec?.name).toBe('CloudStorageToAEP');
    expect(spec?.sourceConnectionSpecIds).not.toContain(SALESFORCE_SPEC_ID);
    expect((await flow(sim, 'GET', '/flowSpecs/nope')).status).toBe(404);
  });
});

describe('source connections', () => {
  it('creates one (201, Location, id and etag) that reads back by id and by filters', async () => {
    const { id: baseId } = sim.seedConnection({ name: 'sf' });
    const answer = await flow(sim, 'POST', '/sourceConnections', sourceBody(baseId));
    expect(answer.status).toBe(201);
    const { id, etag } = answer.body as { id: string; etag: string };
    expect(answer.headers.get('location')).toBe(
      `/data/foundation/flowservice/sourceConnections/${id}`,
    );
    expect(etag).toMatch(/^".+"$/);
    const read = await flow(sim, 'GET', `/sourceConnections/${id}`);
    expect((read.body as { items: unknown[] }).items[0]).toMatchObject({
      id,
      etag,
      version: etag,
      name: 'Contacts source',
      state: 'enabled',
      baseConnectionId: baseId,
      connectionSpec: { id: SALESFORCE_SPEC_ID, version: '1.0' },
      data: { format: 'tabular' },
      params: { tableName: 'Contact', columns: contactColumns },
      sandboxName: 'prod',
    });
    const byBase = await flow(
      sim,
      'GET',
      `/sourceConnections?property=baseConnectionId==other,${baseId}`,
    );
    expect((byBase.body as { items: { id: string }[] }).items.map((s) => s.id)).toEqual([id]);
    const byName = await flow(sim, 'GET', '/sourceConnections?property=name==Other');
    expect((byName.body as { items: unknown[] }).items).toEqual([]);
    expect(sim.sourceConnections().map((s) => s.id)).toEqual([id]);
  });

  it('pages like connections do', async () => {
    const paged = await simulatorWith({ pageSize: 1 });
    const { id: baseId } = paged.seedConnection({ name: 'sf' });
    for (const name of ['a', 'b'])
      await created(flow(paged, 'POST', '/sourceConnections', sourceBody(baseId, { name })));
    const first = await flow(paged, 'GET', '/sourceConnections');
    const { items, _links } = first.body as {
      items: { name: string }[];
      _links: { next: { href: string } };
    };
    expect(items.map((s) => s.name)).toEqual(['a']);
    const second = await flow(paged, 'GET', _links.next.href);
    expect((second.body as { items: { name: string }[] }).items.map((s) => s.name)).toEqual(['b']);
  });

  it.each([
    ['no params.tableName', { params: { columns: contactColumns } }, 'FLOW-1100-400'],
    ['an unknown table', { params: { tableName: 'Contacts' } }, 'FLOW-1100-400'],
    [
      'a column the table lacks',
      { params: { tableName: 'Account', columns: contactColumns } },
      'FLOW-1100-400',
    ],
    ['malformed columns', { params: { tableName: 'Contact', columns: ['Id'] } }, 'FLOW-1100-400'],
    ['a format other than tabular', { data: { format: 'delimited' } }, 'FLOW-1100-400'],
    ['an unknown base connection', { baseConnectionId: 'nope' }, 'FLOW-1100-400'],
    [
      "a spec id unlike the base connection's",
      { connectionSpec: { id: `${SALESFORCE_SPEC_ID}c`, version: '1.0' } },
      'FLOW-1413-400',
    ],
    ['no name', { name: '' }, 'FLOW-1100-400'],
  ])('refuses %s', async (_case, overrides, code) => {
    const { id: baseId } = sim.seedConnection({ name: 'sf' });
    const refused = await flow(sim, 'POST', '/sourceConnections', sourceBody(baseId, overrides));
    expect(refused.status).toBe(400);
    expect(flowCode(refused.body)).toBe(code);
    expect(sim.sourceConnections()).toEqual([]);
  });

  it('refuses a base connection of another sandbox and an empty body', async () => {
    const { id: baseId } = sim.seedConnection({ name: 'sf', sandboxName: 'dev' });
    expect(flowCode((await flow(sim, 'POST', '/sourceConnections', sourceBody(baseId))).body)).toBe(
      'FLOW-1100-400',
    );
    expect(flowCode((await flow(sim, 'POST', '/sourceConnections')).body)).toBe('FLOW-1405-400');
  });
});

describe('target connections', () => {
  it('creates one on a Catalog dataset with its schema, found by name and by id', async () => {
    const { id } = await created(flow(sim, 'POST', '/targetConnections', targetBody()));
    const read = await flow(sim, 'GET', `/targetConnections/${id}`);
    expect((read.body as { items: unknown[] }).items[0]).toMatchObject({
      id,
      name: 'Contacts target',
      state: 'enabled',
      connectionSpec: { id: DATA_LAKE_SPEC_ID, version: '1.0' },
      data: {
        schema: { id: DEMO_DATASET.schemaRef.id, version: DEMO_DATASET.schemaRef.contentType },
      },
      params: { dataSetId: DEMO_DATASET.id },
    });
    const byName = await flow(sim, 'GET', '/targetConnections?property=name==Contacts%20target');
    expect((byName.body as { items: { id: string }[] }).items.map((t) => t.id)).toEqual([id]);
    expect((await flow(sim, 'GET', '/targetConnections/nope')).status).toBe(404);
  });

  it.each([
    ['an unknown dataset', { params: { dataSetId: '000000000000000000000000' } }, 'FLOW-1100-400'],
    ['no dataSetId', { params: {} }, 'FLOW-1100-400'],
    [
      "a schema unlike the dataset's",
      {
        data: {
          schema: {
            id: 'https://ns.adobe.com/x/schemas/y',
            version: DEMO_DATASET.schemaRef.contentType,
          },
        },
      },
      'FLOW-1100-400',
    ],
    ['no data.schema', { data: { format: 'parquet_xdm' } }, 'FLOW-1100-400'],
    [
      'a spec other than the data lake',
      { connectionSpec: { id: SALESFORCE_SPEC_ID, version: '1.0' } },
      'FLOW-1413-400',
    ],
  ])('refuses %s', async (_case, overrides, code) => {
    const refused = await flow(sim, 'POST', '/targetConnections', targetBody(overrides));
    expect(refused.status).toBe(400);
    expect(flowCode(refused.body)).toBe(code);
    expect(sim.targetConnections()).toEqual([]);
  });
});

describe('Catalog GET /dataSets/{id}', () => {
  it('answers the demo dataset keyed by its id, with its schemaRef', async () => {
    const found = await catalog(sim, `/dataSets/${DEMO_DATASET.id}`);
    expect(found.status).toBe(200);
    expect(found.body).toEqual({
      [DEMO_DATASET.id]: expect.objectContaining({
        name: DEMO_DATASET.name,
        schemaRef: DEMO_DATASET.schemaRef,
      }),
    });
  });

  it('answers 404 for an unknown dataset or one of another sandbox', async () => {
    const missing = await catalog(sim, '/dataSets/000000000000000000000000');
    expect(missing).toMatchObject({ status: 404, body: { status: 404, title: 'Not Found' } });
    const seeded = sim.seedDataset({
      name: 'dev data',
      sandboxName: 'dev',
      schemaRef: DEMO_DATASET.schemaRef,
    });
    expect((await catalog(sim, `/dataSets/${seeded.id}`)).status).toBe(404);
  });

  it('serves the datasets given as options instead of the demo one', async () => {
    const schemaRef = {
      id: 'https://ns.adobe.com/acme/schemas/abc',
      contentType: 'application/vnd.adobe.xed-full+json;version=1',
    };
    const custom = await simulatorWith({ datasets: [{ id: 'd1', name: 'Acme', schemaRef }] });
    expect(custom.datasets().map((d) => d.id)).toEqual(['d1']);
    expect((await catalog(custom, '/dataSets/d1')).body).toMatchObject({ d1: { schemaRef } });
    expect((await catalog(custom, `/dataSets/${DEMO_DATASET.id}`)).status).toBe(404);
  });
});

describe('Data Prep mapping sets', () => {
  it('validates each mapping without saving', async () => {
    const body = mappingSetBody({
      mappings: [
        ...mappingSetBody().mappings,
        { sourceType: 'COLUMN', source: 'Id', destination: '_id' },
        { sourceType: 'ATTRIBUTE', source: 'Id', destination: 'not a path' },
      ],
    });
    const validated = await dataPrep(sim, 'POST', '/mappingSets/validate', body);
    expect(validated.status).toBe(200);
    const entries = (
      validated.body as { validationResponse: { status: string; errors: unknown }[] }
    ).validationResponse;
    expect(entries.map((e) => e.status)).toEqual(['SUCCESS', 'SUCCESS', 'FAILED', 'FAILED']);
    expect(entries[0]?.errors).toBeNull();
    expect(entries[2]?.errors).toEqual([
      expect.objectContaining({
        sourceType: 'COLUMN',
        exception: expect.stringContaining('sourceType'),
      }),
    ]);
    expect(sim.mappingSets()).toEqual([]);
  });

  it.each([
    ['no outputSchema.schemaRef', { outputSchema: {} }],
    ['no mappings', { mappings: [] }],
  ])('answers 400 to a validation with %s', async (_case, overrides) => {
    const refused = await dataPrep(sim, 'POST', '/mappingSets/validate', mappingSetBody(overrides));
    expect(refused).toMatchObject({ status: 400, body: { status: 400, title: 'Bad Request' } });
  });

  it('creates version 0 (200), found by name, and PUT makes version 1', async () => {
    const createdSet = await dataPrep(sim, 'POST', '/mappingSets', mappingSetBody());
    expect(createdSet.status).toBe(200);
    const { id, version } = createdSet.body as { id: string; version: number };
    expect(version).toBe(0);
    expect(createdSet.body).toEqual({
      id,
      version: 0,
      createdDate: expect.any(Number),
      modifiedDate: expect.any(Number),
      createdBy: expect.any(String),
      modifiedBy: expect.any(String),
    });
    const found = await dataPrep(
      sim,
      'GET',
      '/mappingSets?limit=10&start=0&name=Contacts%20mapping',
    );
    expect((found.body as { data: { id: string }[] }).data.map((s) => s.id)).toEqual([id]);
    const read = await dataPrep(sim, 'GET', `/mappingSets/${id}`);
    expect(read.body).toMatchObject({
      id,
      version: 0,
      name: 'Contacts mapping',
      outputSchema: { schemaRef: DEMO_DATASET.schemaRef },
      mappings: [
        {
          sourceType: 'text/x.schema-path',
          source: 'Id',
          destination: '_id',
          id: expect.any(String),
        },
        { sourceType: 'text/x.schema-path', source: 'Email', destination: 'personalEmail.address' },
      ],
    });
    const mappings = [
      { sourceType: 'EXPRESSION', source: 'lower(Email)', destination: 'personalEmail.address' },
    ];
    const put = await dataPrep(sim, 'PUT', `/mappingSets/${id}`, mappingSetBody({ mappings }));
    expect(put).toMatchObject({
      status: 200,
      body: { id, version: 1, mappings: [{ sourceType: 'text/x.aep-xl' }] },
    });
    expect((await dataPrep(sim, 'GET', `/mappingSets/${id}?version=0`)).body).toMatchObject({
      version: 0,
    });
    expect((await dataPrep(sim, 'GET', `/mappingSets/${id}`)).body).toMatchObject({ version: 1 });
    expect(sim.mappingSets()).toMatchObject([{ id, version: 1 }]);
  });

  it('needs limit and start to list, refuses an invalid mapping, and has no DELETE', async () => {
    expect((await dataPrep(sim, 'GET', '/mappingSets?name=x')).status).toBe(400);
    expect((await dataPrep(sim, 'GET', '/mappingSets?limit=10')).status).toBe(400);
    const invalid = mappingSetBody({
      mappings: [{ sourceType: 'ATTRIBUTE', source: '', destination: '_id' }],
    });
    expect((await dataPrep(sim, 'POST', '/mappingSets', invalid)).status).toBe(400);
    const { id } = (await dataPrep(sim, 'POST', '/mappingSets', mappingSetBody())).body as {
      id: string;
    };
    const deleted = await dataPrep(sim, 'DELETE', `/mappingSets/${id}`);
    expect(deleted.status).toBe(405);
    expect(deleted.headers.get('allow')).toBe('GET, PUT');
    expect((await dataPrep(sim, 'GET', '/mappingSets/nope')).status).toBe(404);
    expect((await dataPrep(sim, 'PUT', '/mappingSets/nope', mappingSetBody())).status).toBe(404);
  });
});

describe('flows', () => {
  let c: Chain;
  beforeEach(async () => {
    c = await chain(sim);
  });

  it('creates a flow (201) that reads back enabled, with its trio, transformations and schedule', async () => {
    const body = flowBody(c);
    const { id, etag } = await created(flow(sim, 'POST', '/flows', body));
    const read = await flow(sim, 'GET', `/flows/${id}`);
    expect((read.body as { items: unknown[] }).items[0]).toMatchObject({
      id,
      etag,
      name: 'Contacts',
      state: 'enabled',
      flowSpec: { id: CRM_FLOW_SPEC_ID, version: '1.0' },
      sourceConnectionIds: [c.sourceId],
      targetConnectionIds: [c.targetId],
      transformations: body.transformations,
      scheduleParams: body.scheduleParams,
    });
  });

  it('finds flows by name and by any of several source connection ids', async () => {
    const { id } = await created(flow(sim, 'POST', '/flows', flowBody(c)));
    const ids = async (query: string) =>
      ((await flow(sim, 'GET', `/flows?${query}`)).body as { items: { id: string }[] }).items.map(
        (f) => f.id,
      );
    expect(await ids(`property=sourceConnectionIds[]==other,${c.sourceId}`)).toEqual([id]);
    expect(await ids('property=sourceConnectionIds[]==other')).toEqual([]);
    expect(await ids('property=name==Contacts')).toEqual([id]);
  });

  const copy = { name: 'Copy', params: { deltaColumn: { name: 'LastModifiedDate' } } };
  it.each([
    [
      'the file-storage flow spec',
      (x: Chain) => ({
        flowSpec: { id: FILE_FLOW_SPEC_ID, version: '1.0' },
        transformations: [
          { name: 'Mapping', params: { mappingId: x.mappingId, mappingVersion: 0 } },
        ],
      }),
      'FLOW-1100-400',
    ],
    ['an unknown flow spec', () => ({ flowSpec: { id: 'nope', version: '1.0' } }), 'FLOW-1413-400'],
    [
      'no Copy transformation',
      (x: Chain) => ({
        transformations: [
          { name: 'Mapping', params: { mappingId: x.mappingId, mappingVersion: 0 } },
        ],
      }),
      'FLOW-1100-400',
    ],
    [
      'a Copy without deltaColumn',
      () => ({ transformations: [{ name: 'Copy', params: {} }] }),
      'FLOW-1100-400',
    ],
    [
      'a minute interval under 15',
      () => ({ scheduleParams: { startTime: now(), frequency: 'minute', interval: 10 } }),
      'FLOW-1100-400',
    ],
    [
      'a string startTime',
      () => ({ scheduleParams: { startTime: String(now()), frequency: 'day', interval: 1 } }),
      'FLOW-1100-400',
    ],
    [
      'a string interval',
      () => ({ scheduleParams: { startTime: now(), frequency: 'hour', interval: '1' } }),
      'FLOW-1100-400',
    ],
    [
      'once with an interval',
      () => ({ scheduleParams: { startTime: now(), frequency: 'once', interval: 1 } }),
      'FLOW-1100-400',
    ],
    [
      'once with backfill',
      () => ({ scheduleParams: { startTime: now(), frequency: 'once', backfill: true } }),
      'FLOW-1100-400',
    ],
    [
      'an unknown frequency',
      () => ({ scheduleParams: { startTime: now(), frequency: 'month', interval: 1 } }),
      'FLOW-1100-400',
    ],
    [
      'an unknown mapping set',
      () => ({
        transformations: [
          copy,
          { name: 'Mapping', params: { mappingId: 'nope', mappingVersion: 0 } },
        ],
      }),
      'FLOW-1419-400',
    ],
    [
      'a mapping version that does not exist',
      (x: Chain) => ({
        transformations: [
          copy,
          { name: 'Mapping', params: { mappingId: x.mappingId, mappingVersion: 3 } },
        ],
      }),
      'FLOW-1412-400',
    ],
    ['an unknown source connection', () => ({ sourceConnectionIds: ['nope'] }), 'FLOW-1100-400'],
    ['a state', () => ({ state: 'enabled' }), 'FLOW-1410-400'],
  ])('refuses %s', async (_case, overrides, code) => {
    const refused = await flow(sim, 'POST', '/flows', flowBody(c, overrides(c)));
    expect(refused.status, JSON.stringify(refused.body)).toBe(400);
    expect(flowCode(refused.body)).toBe(code);
    expect(sim.flows()).toEqual([]);
  });

  it("refuses (1425-400) a mapping set whose schema is not the target dataset's", async () => {
    const other = {
      ...mappingSetBody(),
      outputSchema: {
        schemaRef: {
          id: 'https://ns.adobe.com/x/schemas/other',
          contentType: DEMO_DATASET.schemaRef.contentType,
        },
      },
    };
    const { id: mappingId } = (await dataPrep(sim, 'POST', '/mappingSets', other)).body as {
      id: string;
    };
    const refused = await flow(sim, 'POST', '/flows', flowBody({ ...c, mappingId }));
    expect(flowCode(refused.body)).toBe('FLOW-1425-400');
  });

  it('accepts the mapping version as the OpenAPI DTO types it too (a string) and a once schedule', async () => {
    const body = flowBody(c, {
      transformations: [
        copy,
        { name: 'Mapping', params: { mappingId: c.mappingId, mappingVersion: '0' } },
      ],
      scheduleParams: { startTime: now(), frequency: 'once' },
    });
    await created(flow(sim, 'POST', '/flows', body));
  });

  describe('PATCH /flows/{id}', () => {
    const schedule = [
      { op: 'replace', path: '/scheduleParams/frequency', value: 'minute' },
      { op: 'replace', path: '/scheduleParams/interval', value: 15 },
    ];

    it('needs If-Match equal to the current etag', async () => {
      const { id, etag } = await created(flow(sim, 'POST', '/flows', flowBody(c)));
      expect(flowCode((await flow(sim, 'PATCH', `/flows/${id}`, schedule)).body)).toBe(
        'FLOW-1403-400',
      );
      const stale = await flow(sim, 'PATCH', `/flows/${id}`, schedule, {
        'if-match': etag.replaceAll('"', ''),
      });
      expect(stale.status).toBe(412);
      expect(flowCode(stale.body)).toBe('FLOW-1404-412');
    });

    it('changes the schedule and the mapping version, answering a new etag', async () => {
      const { id, etag } = await created(flow(sim, 'POST', '/flows', flowBody(c)));
      await dataPrep(sim, 'PUT', `/mappingSets/${c.mappingId}`, mappingSetBody());
      const patch = [
        ...schedule,
        { op: 'replace', path: '/transformations/1/params/mappingVersion', value: 1 },
      ];
      const patched = await flow(sim, 'PATCH', `/flows/${id}`, patch, { 'if-match': etag });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
      const { etag: newEtag } = patched.body as { etag: string };
      expect(patched.body).toEqual({ id, etag: newEtag });
      expect(newEtag).not.toBe(etag);
      expect(sim.flows()[0]).toMatchObject({
        etag: newEtag,
        scheduleParams: { frequency: 'minute', interval: 15 },
        transformations: [
          copy,
          { name: 'Mapping', params: { mappingId: c.mappingId, mappingVersion: 1 } },
        ],
      });
    });

    it.each([
      [
        'a new source connection',
        [{ op: 'replace', path: '/sourceConnectionIds', value: ['x'] }],
        'FLOW-1455-400',
      ],
      [
        'a new target connection',
        [{ op: 'add', path: '/targetConnectionIds/-', value: 'x' }],
        'FLOW-1455-400',
      ],
      [
        'a minute interval under 15',
        [
          {
            op: 'replace',
            path: '/scheduleParams',
            value: { startTime: now(), frequency: 'minute', interval: 5 },
          },
        ],
        'FLOW-1100-400',
      ],
      [
        'removing the Copy transformation',
        [{ op: 'remove', path: '/transformations/0' }],
        'FLOW-1100-400',
      ],
      [
        'a path that does not exist',
        [{ op: 'replace', path: '/scheduleParams/nothing/deeper', value: 1 }],
        'FLOW-1455-400',
      ],
      ['an object body', { op: 'replace', path: '/name', value: 'n' }, 'FLOW-1455-400'],
    ])('refuses %s and changes nothing', async (_case, patch, code) => {
      const { id, etag } = await created(flow(sim, 'POST', '/flows', flowBody(c)));
      const refused = await flow(sim, 'PATCH', `/flows/${id}`, patch, { 'if-match': etag });
      expect(refused.status).toBe(400);
      expect(flowCode(refused.body)).toBe(code);
      expect(sim.flows()[0]?.etag).toBe(etag);
    });
  });
});

describe('runs', () => {
  type RunItem = {
    id: string;
    flowId: string;
    metrics: {
      statusSummary: { status: string; errors?: unknown };
      recordSummary: Record<string, number>;
    };
  };
  const runsOf = async (s: Simulator, flowId: string) =>
    ((await flow(s, 'GET', `/runs?property=flowId==${flowId}`)).body as { items: RunItem[] }).items;

  it('starts a run when the flow starts now, which goes scheduled, inProgress, then success with counts', async () => {
    const { id } = await created(flow(sim, 'POST', '/flows', flowBody(await chain(sim))));
    const statuses: string[] = [];
    for (let read = 0; read < 4; read += 1) {
      const [run] = await runsOf(sim, id);
      statuses.push(run?.metrics.statusSummary.status ?? 'none');
    }
    expect(statuses).toEqual(['scheduled', 'inProgress', 'success', 'success']);
    const [run] = await runsOf(sim, id);
    expect(run).toMatchObject({
      flowId: id,
      metrics: {
        recordSummary: { inputRecordCount: 120, outputRecordCount: 120, failedRecordCount: 0 },
      },
    });
    expect((await flow(sim, 'GET', `/runs/${run?.id}`)).body).toMatchObject({
      items: [{ id: run?.id }],
    });
    expect(sim.runs()).toEqual([{ id: run?.id, flowId: id, status: 'success' }]);
  });

  it('fails as scripted, with error codes and messages', async () => {
    const errors = [{ code: 'CONNECTOR-2001-500', message: 'Salesforce refused the query.' }];
    const failing = await simulatorWith({ run: { readsBeforeEnd: 0, outcome: 'failed', errors } });
    const { id } = await created(flow(failing, 'POST', '/flows', flowBody(await chain(failing))));
    const [run] = await runsOf(failing, id);
    expect(run?.metrics).toMatchObject({
      statusSummary: { status: 'failed', errors },
      recordSummary: { failedRecordCount: 120 },
    });
  });

  it('starts no run for a flow that starts in the future', async () => {
    const later = flowBody(await chain(sim), {
      scheduleParams: { startTime: now() + 3600, frequency: 'day', interval: 1 },
    });
    const { id } = await created(flow(sim, 'POST', '/flows', later));
    expect(await runsOf(sim, id)).toEqual([]);
  });
});

describe('faults and reset on the new paths', () => {
  it("matches paths relative to each service base, with each service's default body", async () => {
    sim.inject({ method: 'POST', path: '/mappingSets' }, { status: 503 });
    sim.inject({ method: 'GET', path: /^\/dataSets\// }, { status: 500 });
    sim.inject({ method: 'GET', path: '/flowSpecs' }, { status: 503 });
    expect(await dataPrep(sim, 'POST', '/mappingSets', mappingSetBody())).toMatchObject({
      status: 503,
      body: { status: 503 },
    });
    expect(await catalog(sim, `/dataSets/${DEMO_DATASET.id}`)).toMatchObject({
      status: 500,
      body: { status: 500 },
    });
    expect(flowCode((await flow(sim, 'GET', '/flowSpecs')).body)).toBe('FLOW-1103-503');
    expect(sim.mappingSets()).toEqual([]);
  });

  it('acts before dropping the answer to a POST /flows', async () => {
    const c = await chain(sim);
    sim.inject({ method: 'POST', path: '/flows' }, { dropAfterActing: true });
    await expect(flow(sim, 'POST', '/flows', flowBody(c))).rejects.toThrow();
    expect(sim.flows()).toHaveLength(1);
  });

  it('reset forgets the chain and brings back the configured datasets only', async () => {
    const c = await chain(sim);
    await created(flow(sim, 'POST', '/flows', flowBody(c)));
    sim.seedDataset({ name: 'extra', schemaRef: DEMO_DATASET.schemaRef });
    sim.reset();
    expect([
      sim.sourceConnections(),
      sim.targetConnections(),
      sim.flows(),
      sim.runs(),
      sim.mappingSets(),
    ]).toEqual([[], [], [], [], []]);
    expect(sim.datasets().map((d) => d.id)).toEqual([DEMO_DATASET.id]);
  });
});
