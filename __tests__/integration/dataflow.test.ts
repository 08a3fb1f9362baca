import { describe, expect, it } from 'vitest';
import { CRM_FLOW_SPEC_ID, DEMO_DATASET, SALESFORCE_SPEC_ID } from '../../simulator/index.js';
import { calls, CONTACT_MAPPING, dataflowInputs, runDataflow } from '../support/dataflow.js';
import { sim, sharedSimulator, simulator } from '../support/simulator.js';

const START = Date.parse('2026-11-28T12:00:00Z') / 1000;

const COLUMNS = [
  { name: 'Id', type: 'string', xdm: { type: 'string' } },
  { name: 'Email', type: 'string', xdm: { type: 'string' } },
  { name: 'LastModifiedDate', type: 'string', xdm: { type: 'string', format: 'date-time' } },
];

/** Every read a run makes before it writes, in order: explore, flow spec, dataset, validation, lookups. */
function reads(connectionId: string): string[] {
  return [
    'POST /ims/token/v3',
    `GET /flowservice/connections/${connectionId}`,
    `GET /flowservice/connections/${connectionId}/explore?objectType=root`,
    `GET /flowservice/connections/${connectionId}/explore?objectType=table&object=Contact`,
    'GET /flowservice/flowSpecs?property=name==CRMToAEP',
    `GET /catalog/dataSets/${DEMO_DATASET.id}`,
    'POST /conversion/mappingSets/validate',
    `GET /flowservice/sourceConnections?property=name==Contacts source&property=baseConnectionId==${connectionId}`,
    'GET /flowservice/targetConnections?property=name==Contacts target',
    'GET /conversion/mappingSets?limit=50&start=0&name=Contacts mapping',
    'GET /flowservice/flows?property=name==Contacts',
  ];
}

const WRITES = [
  'POST /flowservice/sourceConnections',
  'POST /flowservice/targetConnections',
  'POST /conversion/mappingSets',
  'POST /flowservice/flows',
];

const bodyOf = (method: string, path: string) =>
  sim.requests.find((r) => r.method === method && r.path.endsWith(path))?.body;

function chainCounts() {
  return {
    source: sim.sourceConnections().length,
    target: sim.targetConnections().length,
    mapping: sim.mappingSets().length,
    flow: sim.flows().length,
  };
}

const ONE_OF_EACH = { source: 1, target: 1, mapping: 1, flow: 1 };

describe('the dataflow action', () => {
  sharedSimulator();

  it('creates the chain in order, each POST with the body the specs ask for', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const rt = await runDataflow(dataflowInputs(sim, id));
    expect(rt.core.failed).toBeUndefined();
    const flowId = rt.core.outputs['dataflow-id']!;
    expect(calls(sim)).toEqual([...reads(id), ...WRITES, `GET /flowservice/flows/${flowId}`]);
    const [source] = sim.sourceConnections();
    const [target] = sim.targetConnections();
    const [mapping] = sim.mappingSets();
    expect(bodyOf('POST', '/flowservice/sourceConnections')).toEqual({
      name: 'Contacts source',
      baseConnectionId: id,
      connectionSpec: { id: SALESFORCE_SPEC_ID, version: '1.0' },
      data: { format: 'tabular' },
      params: { tableName: 'Contact', columns: COLUMNS },
    });
    expect(bodyOf('POST', '/flowservice/targetConnections')).toEqual({
      name: 'Contacts target',
      connectionSpec: { id: 'c604ff05-7f1a-43c0-8e18-33bf874cb11c', version: '1.0' },
      data: {
        schema: { id: DEMO_DATASET.schemaRef.id, version: DEMO_DATASET.schemaRef.contentType },
      },
      params: { dataSetId: DEMO_DATASET.id },
    });
    const mappingBody = {
      name: 'Contacts mapping',
      outputSchema: { schemaRef: DEMO_DATASET.schemaRef },
      mappings: CONTACT_MAPPING.map((m) => ({ sourceType: 'ATTRIBUTE', ...m })),
    };
    expect(bodyOf('POST', '/conversion/mappingSets/validate')).toEqual(mappingBody);
    expect(bodyOf('POST', '/conversion/mappingSets')).toEqual(mappingBody);
    expect(bodyOf('POST', '/flowservice/flows')).toEqual({
      name: 'Contacts',
      flowSpec: { id: CRM_FLOW_SPEC_ID, version: '1.0' },
      sourceConnectionIds: [source!.id],
      targetConnectionIds: [target!.id],
      transformations: [
        { name: 'Copy', params: { deltaColumn: { name: 'LastModifiedDate' } } },
        { name: 'Mapping', params: { mappingId: mapping!.id, mappingVersion: 0 } },
      ],
      scheduleParams: { startTime: START, frequency: 'day', interval: 1, backfill: true },
    });
    expect(rt.core.outputs).toEqual({
      'dataflow-id': sim.flows()[0]!.id,
      'source-connection-id': source!.id,
      'target-connection-id': target!.id,
      'mapping-set-id': mapping!.id,
      'mapping-version': '0',
      'flow-spec-id': CRM_FLOW_SPEC_ID,
      outcome: 'created',
      state: 'enabled',
    });
    expect(rt.core.summary).toContain(`| Dataflow | Contacts | ${flowId} | created |`);
    expect(rt.core.summary).toContain('every day from 2026-11-28T12:00:00.000Z, with backfill');
  });

  it('reuses the whole chain on a second run: reads only, the same ids, no drift', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const first = await runDataflow(dataflowInputs(sim, id));
    sim.requests.length = 0;
    const second = await runDataflow(dataflowInputs(sim, id));
    expect(second.core.failed).toBeUndefined();
    expect(calls(sim)).toEqual(reads(id));
    expect(chainCounts()).toEqual(ONE_OF_EACH);
    expect(second.core.outputs).toEqual({
      ...first.core.outputs,
      outcome: 'reused',
      drift: '',
    });
  });

  it('reuse reports drift as a warning and an output, and changes nothing', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    await runDataflow(dataflowInputs(sim, id));
    const mapping = [...CONTACT_MAPPING, { source: 'LastModifiedDate', destination: 'x.y' }];
    const rt = await runDataflow(
      dataflowInputs(sim, id, { frequency: 'hour', interval: '2', 'dataset-id': 'a'.repeat(24) }),
      { 'mapping.json': JSON.stringify(mapping) },
    );
    // The dataset read fails first: another dataset id is a different chain altogether.
    expect(rt.core.failed).toMatch(/GET \/dataSets\/a{24} failed with HTTP 404/);
    sim.requests.length = 0;
    const drifted = await runDataflow(
      dataflowInputs(sim, id, { frequency: 'hour', interval: '2' }),
      {
        'mapping.json': JSON.stringify(mapping),
      },
    );
    expect(drifted.core.failed).toBeUndefined();
    expect(drifted.core.outputs['drift']).toBe('mapping,frequency,interval');
    expect(drifted.core.outputs['outcome']).toBe('reused');
    expect(drifted.core.messages('warning').join('\n')).toContain(
      'differs from the inputs in: mapping, frequency, interval',
    );
    expect(calls(sim)).toEqual(reads(id));
  });

  it('a dry run only reads and validates, and plans each POST in order', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const rt = await runDataflow(dataflowInputs(sim, id, { 'dry-run': 'true' }));
    expect(rt.core.failed).toBeUndefined();
    expect(calls(sim)).toEqual(reads(id));
    expect(chainCounts()).toEqual({ source: 0, target: 0, mapping: 0, flow: 0 });
    expect(rt.core.outputs['outcome']).toBe('would-create');
    const planned = rt.core.summary.slice(rt.core.summary.indexOf('### Planned requests'));
    const order = [
      `POST ${sim.url}/data/foundation/flowservice/sourceConnections`,
      `POST ${sim.url}/data/foundation/flowservice/targetConnections`,
      `POST ${sim.url}/data/foundation/conversion/mappingSets`,
      `POST ${sim.url}/data/foundation/flowservice/flows`,
    ].map((line) => planned.indexOf(line));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(planned).toContain('"sourceConnectionIds": [\n    "<new source connection id>"');
    expect(rt.core.messages('info')).toContain(
      'Dataflow "Contacts": would-create not created (dry run: nothing written)',
    );
  });

  it('a dry run of an update lists the PUT and the PATCH with If-Match it would send, and writes nothing', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const first = await runDataflow(dataflowInputs(sim, id));
    const flowId = first.core.outputs['dataflow-id']!;
    const mappingId = first.core.outputs['mapping-set-id']!;
    const { etag } = sim.flows()[0]!;
    sim.requests.length = 0;
    const rt = await runDataflow(
      dataflowInputs(sim, id, { 'if-exists': 'update', 'dry-run': 'true', frequency: 'hour' }),
      { 'mapping.json': JSON.stringify([{ source: 'Id', destination: 'identityMap.id' }]) },
    );
    expect(rt.core.failed).toBeUndefined();
    expect(calls(sim)).toEqual(reads(id));
    expect(rt.core.outputs['outcome']).toBe('would-update');
    const planned = rt.core.summary.slice(rt.core.summary.indexOf('### Planned requests'));
    expect(planned).toContain(
      `PUT ${sim.url}/data/foundation/conversion/mappingSets/${mappingId}\n{\n  "name": "Contacts mapping"`,
    );
    const patch = [
      `PATCH ${sim.url}/data/foundation/flowservice/flows/${flowId}`,
      `If-Match: ${etag}`,
      JSON.stringify(
        [
          { op: 'replace', path: '/scheduleParams/frequency', value: 'hour' },
          {
            op: 'replace',
            path: '/transformations/1/params/mappingVersion',
            value: '<new mapping version>',
          },
        ],
        null,
        2,
      ),
    ].join('\n');
    expect(planned).toContain(patch);
    expect(planned.indexOf('PUT ')).toBeLessThan(planned.indexOf('PATCH '));
  });

  it('a dry run after a partial chain would create only what is missing, using the ids that exist', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    sim.inject(
      { method: 'POST', path: '/targetConnections' },
      { status: 400, body: { title: 'no' } },
    );
    await runDataflow(dataflowInputs(sim, id));
    const [source] = sim.sourceConnections();
    const rt = await runDataflow(dataflowInputs(sim, id, { 'dry-run': 'true' }));
    expect(rt.core.outputs['source-connection-id']).toBe(source!.id);
    expect(rt.core.summary).toContain(
      `| Source connection | Contacts source | ${source!.id} | would reuse |`,
    );
    expect(rt.core.summary).not.toContain('/sourceConnections\n{');
    expect(rt.core.summary).toContain(`"sourceConnectionIds": [\n    "${source!.id}"`);
  });

  it.each([
    ['source connection', 1],
    ['target connection', 2],
    ['mapping set', 3],
  ])(
    'a run interrupted after the %s POST, re-run, creates only what is missing',
    async (_piece, written) => {
      const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
      const next = WRITES[written]!;
      const path = /^POST \/\w+(\/\w+)$/.exec(next)![1];
      sim.inject({ method: 'POST', path: path! }, { status: 400, body: { title: 'interrupted' } });
      const first = await runDataflow(dataflowInputs(sim, id));
      expect(first.core.failed).toBeDefined();
      expect(calls(sim).filter((c) => c.startsWith('POST /'))).toEqual([
        'POST /ims/token/v3',
        'POST /conversion/mappingSets/validate',
        ...WRITES.slice(0, written + 1),
      ]);
      sim.requests.length = 0;
      const second = await runDataflow(dataflowInputs(sim, id));
      expect(second.core.failed).toBeUndefined();
      const flowId = second.core.outputs['dataflow-id']!;
      expect(calls(sim)).toEqual([
        ...reads(id),
        ...WRITES.slice(written),
        `GET /flowservice/flows/${flowId}`,
      ]);
      expect(chainCounts()).toEqual(ONE_OF_EACH);
      expect(second.core.outputs['outcome']).toBe('created');
      expect(bodyOf('POST', '/flowservice/flows')).toMatchObject({
        sourceConnectionIds: [sim.sourceConnections()[0]!.id],
        targetConnectionIds: [sim.targetConnections()[0]!.id],
      });
    },
  );

  it.each(WRITES.map((w) => [w]))(
    'a lost answer to %s is reconciled by its name: one of each piece, the run goes on',
    async (write) => {
      const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
      const path = /^POST \/\w+(\/\w+)$/.exec(write)![1]!;
      sim.inject({ method: 'POST', path }, { dropAfterActing: true });
      const rt = await runDataflow(dataflowInputs(sim, id));
      expect(rt.core.failed).toBeUndefined();
      expect(chainCounts()).toEqual(ONE_OF_EACH);
      const at = calls(sim).indexOf(write);
      expect(calls(sim).filter((c) => c === write)).toEqual([write]);
      expect(calls(sim)[at + 1]).toMatch(/^GET \/(flowservice|conversion)\/\w+\?/);
      expect(rt.core.outputs['outcome']).toBe('created');
    },
  );

  it('if-exists fail refuses an existing dataflow, naming it', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const first = await runDataflow(dataflowInputs(sim, id));
    const rt = await runDataflow(dataflowInputs(sim, id, { 'if-exists': 'fail' }));
    expect(rt.core.failed).toBe(
      `A dataflow named "Contacts" already exists (${first.core.outputs['dataflow-id']}) and if-exists is fail.`,
    );
  });

  it('update makes a new mapping version and PATCHes schedule and mapping with If-Match', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const first = await runDataflow(dataflowInputs(sim, id));
    const flowId = first.core.outputs['dataflow-id']!;
    const mappingId = first.core.outputs['mapping-set-id']!;
    const etag = sim.flows()[0]!.etag;
    sim.requests.length = 0;
    const mapping = [
      { source: 'lower(Email)', destination: 'personalEmail.address', sourceType: 'EXPRESSION' },
    ];
    const rt = await runDataflow(
      dataflowInputs(sim, id, { 'if-exists': 'update', frequency: 'minute', interval: '15' }),
      { 'mapping.json': JSON.stringify(mapping) },
    );
    expect(rt.core.failed).toBeUndefined();
    expect(calls(sim)).toEqual([
      ...reads(id),
      `PUT /conversion/mappingSets/${mappingId}`,
      `PATCH /flowservice/flows/${flowId}`,
    ]);
    const patch = sim.requests.at(-1)!;
    expect(patch.headers['if-match']).toBe(etag);
    expect(patch.body).toEqual([
      { op: 'replace', path: '/scheduleParams/frequency', value: 'minute' },
      { op: 'replace', path: '/scheduleParams/interval', value: 15 },
      { op: 'replace', path: '/transformations/1/params/mappingVersion', value: 1 },
    ]);
    expect(rt.core.outputs).toMatchObject({
      outcome: 'updated',
      'mapping-version': '1',
      drift: 'mapping,frequency,interval',
    });
    expect(sim.flows()[0]!.scheduleParams).toMatchObject({ frequency: 'minute', interval: 15 });
  });

  it('update between once and a repeating schedule adds, then removes, interval and backfill', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    await runDataflow(dataflowInputs(sim, id, { frequency: 'once' }));
    const repeating = await runDataflow(dataflowInputs(sim, id, { 'if-exists': 'update' }));
    expect(repeating.core.failed).toBeUndefined();
    expect(sim.requests.at(-1)!.body).toEqual([
      { op: 'replace', path: '/scheduleParams/frequency', value: 'day' },
      { op: 'add', path: '/scheduleParams/interval', value: 1 },
      { op: 'add', path: '/scheduleParams/backfill', value: true },
    ]);
    const once = await runDataflow(
      dataflowInputs(sim, id, { 'if-exists': 'update', frequency: 'once' }),
    );
    expect(once.core.failed).toBeUndefined();
    expect(sim.requests.at(-1)!.body).toEqual([
      { op: 'replace', path: '/scheduleParams/frequency', value: 'once' },
      { op: 'remove', path: '/scheduleParams/interval' },
      { op: 'remove', path: '/scheduleParams/backfill' },
    ]);
    const again = await runDataflow(
      dataflowInputs(sim, id, { 'if-exists': 'update', frequency: 'once' }),
    );
    expect(again.core.outputs).toMatchObject({ outcome: 'reused', drift: '' });
  });

  it('update reconciles a lost answer to the PUT and to the PATCH: one new version, one change', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const first = await runDataflow(dataflowInputs(sim, id));
    const flowId = first.core.outputs['dataflow-id']!;
    const mappingId = first.core.outputs['mapping-set-id']!;
    sim.inject({ method: 'PUT', path: `/mappingSets/${mappingId}` }, { dropAfterActing: true });
    sim.inject({ method: 'PATCH', path: `/flows/${flowId}` }, { dropAfterActing: true });
    sim.requests.length = 0;
    const mapping = [{ source: 'Id', destination: 'identityMap.id' }];
    const rt = await runDataflow(dataflowInputs(sim, id, { 'if-exists': 'update' }), {
      'mapping.json': JSON.stringify(mapping),
    });
    expect(rt.core.failed).toBeUndefined();
    expect(calls(sim).slice(reads(id).length)).toEqual([
      `PUT /conversion/mappingSets/${mappingId}`,
      'GET /conversion/mappingSets?limit=50&start=0&name=Contacts mapping',
      `PATCH /flowservice/flows/${flowId}`,
      `GET /flowservice/flows/${flowId}`,
    ]);
    expect(sim.mappingSets()).toMatchObject([{ id: mappingId, version: 1 }]);
    expect(rt.core.outputs).toMatchObject({ outcome: 'updated', 'mapping-version': '1' });
    expect(sim.flows()[0]!.transformations[1]!.params).toEqual({ mappingId, mappingVersion: 1 });
  });

  it('update refuses a different object or columns, saying to use a new name', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    await runDataflow(dataflowInputs(sim, id));
    sim.requests.length = 0;
    const rt = await runDataflow(
      dataflowInputs(sim, id, {
        'if-exists': 'update',
        columns: 'Id,Email,LastModifiedDate,FirstName',
      }),
    );
    expect(rt.core.failed).toMatch(/reads another columns than the inputs ask for.*use a new name/);
    expect(calls(sim)).toEqual(reads(id));
  });
});

describe('wait: first-run', () => {
  it('polls the runs until the first one ends and outputs its status and record counts', async () => {
    await simulator({ run: { readsBeforeEnd: 2 } });
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const rt = await runDataflow(dataflowInputs(sim, id, { wait: 'first-run' }));
    expect(rt.core.failed).toBeUndefined();
    const flowId = rt.core.outputs['dataflow-id']!;
    const runCalls = calls(sim).filter((c) => c.includes('/runs'));
    expect(runCalls).toEqual(Array(3).fill(`GET /flowservice/runs?property=flowId==${flowId}`));
    // The one polling schedule of every action: 1 s, 2 s, 4 s… up to 10 s.
    expect(rt.clock.sleeps).toEqual([1_000, 2_000]);
    expect(rt.core.outputs).toMatchObject({
      'run-id': sim.runs()[0]!.id,
      'run-status': 'success',
      'records-read': expect.stringMatching(/^\d+$/),
      'records-written': expect.stringMatching(/^\d+$/),
      'records-failed': expect.stringMatching(/^\d+$/),
    });
  });

  it('a failed first run fails the step with its error codes and messages', async () => {
    await simulator({
      run: {
        readsBeforeEnd: 0,
        outcome: 'failed',
        errors: [{ code: 'CONNECTOR-2001', message: 'Salesforce said no' }],
      },
    });
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const rt = await runDataflow(dataflowInputs(sim, id, { wait: 'first-run' }));
    expect(rt.core.failed).toMatch(/first run .* failed:\n- CONNECTOR-2001: Salesforce said no$/);
    expect(rt.core.outputs['run-status']).toBe('failed');
  });
});

describe('bad inputs fail before any request, naming the input', () => {
  sharedSimulator();

  it.each([
    ['a missing mapping file', {}, { other: '[]' }, 'mapping: cannot read mapping.json (ENOENT)'],
    [
      'a mapping file that is not JSON',
      {},
      { 'mapping.json': '{' },
      'mapping: mapping.json is not JSON',
    ],
    [
      'a mapping entry without a destination',
      {},
      { 'mapping.json': '[{"source": "Id"}]' },
      'mapping: mapping.json (entry 1, destination)',
    ],
    [
      'a mapped column that is not selected',
      { columns: 'Id,LastModifiedDate' },
      undefined,
      'mapping: source Email is not one of the selected columns',
    ],
    [
      'a delta column that is not selected',
      { columns: 'Id,Email' },
      undefined,
      'delta-column LastModifiedDate must be one of the selected columns',
    ],
    [
      'a minute interval under 15',
      { frequency: 'minute', interval: '10' },
      undefined,
      'interval must be at least 15 for frequency minute (got "10")',
    ],
    [
      'an unknown frequency',
      { frequency: 'month' },
      undefined,
      'frequency must be one of once, minute, hour, day, week (got "month")',
    ],
    [
      'an unreadable start time',
      { 'start-time': 'tomorrow' },
      undefined,
      'start-time must be ISO 8601',
    ],
    ['no connection-id', { 'connection-id': '' }, undefined, 'connection-id is required'],
    ['no object', { object: '' }, undefined, 'object is required'],
  ])('%s', async (_case, extra, files, problem) => {
    const rt = await runDataflow(dataflowInputs(sim, '0'.repeat(36), extra), files);
    expect(rt.core.failed).toContain(problem);
    expect(sim.requests).toEqual([]);
  });
});

describe('what explore says', () => {
  sharedSimulator();

  it('an object that is not a table names the close ones, before anything is written', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const rt = await runDataflow(dataflowInputs(sim, id, { object: 'contact' }));
    expect(rt.core.failed).toBe(
      'object contact is not a table of this Salesforce connection (names are case-sensitive). Close names: Contact.',
    );
    expect(calls(sim).at(-1)).toBe(`GET /flowservice/connections/${id}/explore?objectType=root`);
  });

  it('empty columns select every column explore lists', async () => {
    const { id } = sim.seedConnection({ name: 'Salesforce CRM' });
    const rt = await runDataflow(dataflowInputs(sim, id, { columns: '' }));
    expect(rt.core.failed).toBeUndefined();
    const columns = sim.sourceConnections()[0]!.params.columns!.map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['Id', 'Email', 'FirstName', 'CreatedDate']));
  });
});
