import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { closeNames } from '../../src/dataflow/discover.js';
import { DEFAULTS, INPUT_NAMES, parseInputs, readRawInputs } from '../../src/dataflow/inputs.js';
import {
  chainDrift,
  chainNames,
  PIECES,
  planChain,
  type Desired,
  type Flow,
  type Found,
} from '../../src/dataflow/plan.js';
import { scheduleInWords } from '../../src/dataflow/publish.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const desired: Desired = {
  name: 'Contacts',
  object: 'Contact',
  columns: [
    { name: 'Id', type: 'string' },
    { name: 'LastModifiedDate', type: 'string' },
  ],
  datasetId: 'd'.repeat(24),
  deltaColumn: 'LastModifiedDate',
  schedule: { startTime: 1_800_000_000, frequency: 'day', interval: 1, backfill: true },
  mappings: [{ sourceType: 'ATTRIBUTE', source: 'Id', destination: '_id' }],
};

const source = (id: string) => ({
  id,
  name: 'Contacts source',
  etag: '"s"',
  baseConnectionId: uuid(99),
  connectionSpec: { id: 'spec' },
  params: { tableName: 'Contact', columns: desired.columns },
});
const target = (id: string) => ({
  id,
  name: 'Contacts target',
  etag: '"t"',
  connectionSpec: { id: 'lake' },
  params: { dataSetId: desired.datasetId },
});
const mapping = (id: string) => ({
  id,
  name: 'Contacts mapping',
  version: 0,
  mappings: [{ sourceType: 'ATTRIBUTE', source: 'Id', destination: '_id' }],
});
const flow = (id: string, chain: { source: string; target: string; mapping: string }): Flow => ({
  id,
  name: 'Contacts',
  etag: '"f"',
  state: 'enabled',
  flowSpec: { id: 'crm' },
  sourceConnectionIds: [chain.source],
  targetConnectionIds: [chain.target],
  transformations: [
    { name: 'Copy', params: { deltaColumn: { name: 'LastModifiedDate' } } },
    { name: 'Mapping', params: { mappingId: chain.mapping, mappingVersion: 0 } },
  ],
  scheduleParams: { startTime: 1, frequency: 'day', interval: 1, backfill: true },
});

/** Any subset of the first three pieces found, one each, and no flow. */
const partialChain = fc.record({
  source: fc.boolean(),
  target: fc.boolean(),
  mapping: fc.boolean(),
});

function foundOf(has: { source: boolean; target: boolean; mapping: boolean }): Found {
  return {
    source: has.source ? [source(uuid(1))] : [],
    target: has.target ? [target(uuid(2))] : [],
    mapping: has.mapping ? [mapping('a'.repeat(32))] : [],
    flow: [],
  };
}

describe('planChain', () => {
  it('creates exactly the pieces not found, in chain order, and always the flow when none exists', () => {
    fc.assert(
      fc.property(partialChain, fc.constantFrom('reuse', 'update', 'fail'), (has, ifExists) => {
        const plan = planChain(ifExists, foundOf(has), desired);
        expect(plan.action).toBe('build');
        if (plan.action !== 'build') return;
        expect(plan.steps.map((s) => s.piece)).toEqual([...PIECES]);
        for (const step of plan.steps) {
          const found = step.piece !== 'flow' && has[step.piece];
          expect(step.action).toBe(found ? 'reuse' : 'create');
          expect(step.name).toBe(chainNames('Contacts')[step.piece]);
        }
      }),
    );
  });

  it('never picks between two pieces of one name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PIECES), (piece) => {
        const found = foundOf({ source: true, target: true, mapping: true });
        const twins: Found = {
          ...found,
          [piece]: [1, 2].map((n) =>
            piece === 'flow'
              ? flow(uuid(n), { source: uuid(1), target: uuid(2), mapping: 'a'.repeat(32) })
              : { ...found[piece][0]!, id: piece === 'mapping' ? `${n}`.repeat(32) : uuid(n + 10) },
          ),
        };
        const plan = planChain('reuse', twins, desired);
        expect(plan.action).toBe('fail');
      }),
    );
  });

  it('reuses an existing flow with the pieces it references, and reports no drift when none', () => {
    const found = foundOf({ source: true, target: true, mapping: true });
    const existing = flow(uuid(3), { source: uuid(1), target: uuid(2), mapping: 'a'.repeat(32) });
    const plan = planChain('reuse', { ...found, flow: [existing] }, desired);
    expect(plan).toMatchObject({ action: 'reuse', drift: [] });
    if (plan.action !== 'reuse') return;
    expect(plan.steps.map((s) => [s.piece, s.action, 'id' in s ? s.id : undefined])).toEqual([
      ['source', 'reuse', uuid(1)],
      ['target', 'reuse', uuid(2)],
      ['mapping', 'reuse', 'a'.repeat(32)],
      ['flow', 'reuse', uuid(3)],
    ]);
  });

  it('update with nothing to change is a reuse, as the real run reports it', () => {
    const found = foundOf({ source: true, target: true, mapping: true });
    const existing = flow(uuid(3), { source: uuid(1), target: uuid(2), mapping: 'a'.repeat(32) });
    expect(planChain('update', { ...found, flow: [existing] }, desired)).toMatchObject({
      action: 'reuse',
      drift: [],
    });
    const weekly = { ...desired, schedule: { ...desired.schedule, frequency: 'week' } };
    expect(planChain('update', { ...found, flow: [existing] }, weekly)).toMatchObject({
      action: 'update',
      drift: ['frequency'],
    });
  });

  it('update fails on a part Adobe does not let a flow change, naming it', () => {
    const found = foundOf({ source: true, target: true, mapping: true });
    const existing = flow(uuid(3), { source: uuid(1), target: uuid(2), mapping: 'a'.repeat(32) });
    const plan = planChain(
      'update',
      { ...found, flow: [existing] },
      { ...desired, object: 'Lead' },
    );
    expect(plan).toMatchObject({ action: 'fail' });
    if (plan.action === 'fail') expect(plan.reason).toContain('another object than');
  });
});

describe('planChain, after a run stopped before the flow POST', () => {
  const found = foundOf({ source: true, target: true, mapping: true });

  it('refuses a found source connection reading another object or columns, naming it, its id and the way out', () => {
    const changes: Array<[Partial<Desired>, string]> = [
      [{ object: 'Lead' }, 'object'],
      [{ columns: [{ name: 'Id', type: 'string' }] }, 'columns'],
    ];
    for (const [change, part] of changes) {
      const plan = planChain('reuse', found, { ...desired, ...change });
      expect(plan.action).toBe('fail');
      if (plan.action !== 'fail') continue;
      expect(plan.reason).toContain(`Source connection "Contacts source" (${uuid(1)})`);
      expect(plan.reason).toContain(part);
      expect(plan.reason).toMatch(/new name/);
      expect(plan.reason).toMatch(/teardown/);
    }
  });

  it('refuses a found target connection writing another dataset, naming it and its id', () => {
    const plan = planChain('reuse', found, { ...desired, datasetId: 'e'.repeat(24) });
    expect(plan.action).toBe('fail');
    if (plan.action === 'fail') {
      expect(plan.reason).toContain(`Target connection "Contacts target" (${uuid(2)})`);
      expect(plan.reason).toContain('dataset');
    }
  });

  it('gives a found mapping set holding other mappings a new version, whatever if-exists says', () => {
    fc.assert(
      fc.property(fc.constantFrom('reuse', 'update', 'fail'), (ifExists) => {
        const mappings: Desired['mappings'] = [
          { sourceType: 'ATTRIBUTE', source: 'Id', destination: 'identityMap.id' },
        ];
        const plan = planChain(ifExists, found, { ...desired, mappings });
        expect(plan.action).toBe('build');
        if (plan.action !== 'build') return;
        expect(plan.steps.map((s) => [s.piece, s.action])).toEqual([
          ['source', 'reuse'],
          ['target', 'reuse'],
          ['mapping', 'update'],
          ['flow', 'create'],
        ]);
      }),
    );
  });
});

describe('chainDrift', () => {
  const found = foundOf({ source: true, target: true, mapping: true });
  const existing = flow(uuid(3), { source: uuid(1), target: uuid(2), mapping: 'a'.repeat(32) });

  it('names each schedule field that differs, never the start time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('once', 'minute', 'hour', 'day', 'week'),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 2_000_000_000 }),
        (frequency, interval, backfill, startTime) => {
          const schedule = { startTime, frequency, interval, backfill };
          const drift = chainDrift(existing, found, { ...desired, schedule });
          expect(drift).toEqual(
            [
              ['frequency', frequency !== 'day'],
              ['interval', interval !== 1],
              ['backfill', !backfill],
            ].flatMap(([name, differs]) => (differs ? [name] : [])),
          );
        },
      ),
    );
  });

  it('reads a mapping stored in Data Prep form as the same mapping', () => {
    const stored = { ...found, mapping: [{ ...mapping('a'.repeat(32)) }] };
    expect(chainDrift(existing, stored, desired)).toEqual([]);
    const other = { ...desired, mappings: [{ ...desired.mappings[0]!, destination: 'x' }] };
    expect(chainDrift(existing, stored, other)).toEqual(['mapping']);
  });
});

describe('dataflow inputs', () => {
  it('keep the defaults and names in step with dataflow/action.yml', () => {
    const action = parse(readFileSync('dataflow/action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name, spec]) => [name, spec.default]),
    );
    expect(declared).toEqual(DEFAULTS);
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  const raw = (given: Record<string, string>) =>
    readRawInputs(
      (name) =>
        ({
          'client-id': 'c',
          'client-secret': 'secret-secret',
          'org-id': 'ORG@AdobeOrg',
          'connection-id': uuid(1),
          object: 'Contact',
          'dataset-id': 'd'.repeat(24),
          mapping: 'm.json',
          name: 'Contacts',
          ...given,
        })[name],
    );

  it.each([
    ['2026-01-31T08:00:00Z', 1_769_846_400],
    ['1769846400', 1_769_846_400],
    ['', 1_700_000_000],
  ])('reads start-time %j as epoch seconds', (startTime, seconds) => {
    const config = parseInputs(raw({ 'start-time': startTime }), 1_700_000_000_500);
    expect(config.schedule.startTime).toBe(seconds);
  });

  it.each([
    ['2026-01-31T09:30:00+01:30', 1_769_846_400],
    ['2026-01-31T08:00:00.250Z', 1_769_846_400],
    ['2024-02-29T00:00:00Z', 1_709_164_800],
  ])('reads start-time %j with its zone', (startTime, seconds) => {
    const config = parseInputs(raw({ 'start-time': startTime }), 0);
    expect(config.schedule.startTime).toBe(seconds);
  });

  it.each([
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-01-31T24:00:00Z',
    '2026-13-01T00:00:00Z',
  ])('refuses start-time %j, which is not a real date and time', (startTime) => {
    expect(() => parseInputs(raw({ 'start-time': startTime }), 0)).toThrow(
      /start-time must be ISO 8601 \(2026-01-31T08:00:00Z\) or epoch seconds/,
    );
  });

  it("refuses a start-time without a zone rather than read it in the runner's time zone", () => {
    expect(() => parseInputs(raw({ 'start-time': '2026-01-31T08:00:00' }), 0)).toThrow(
      /start-time needs a time zone \(Z or an offset such as \+02:00\): the runner's own time zone is not yours \(got "2026-01-31T08:00:00"\)/,
    );
  });

  it.each(['/etc/passwd', 'C:\\mapping.json', '\\\\server\\share\\mapping.json'])(
    'refuses the absolute mapping path %j, naming mapping',
    (mapping) => {
      expect(() => parseInputs(raw({ mapping }), 0)).toThrow(
        /mapping must be a path relative to the workspace/,
      );
    },
  );

  it('sends neither interval nor backfill for once', () => {
    const config = parseInputs(raw({ frequency: 'once', interval: '3' }), 0);
    expect(config.schedule).toEqual({ startTime: 0, frequency: 'once' });
  });

  it('shares the root action messages for the shared inputs', () => {
    expect(() => parseInputs(raw({ 'org-id': 'acme', 'client-secret': '' }), 0)).toThrow(
      /org-id must end with @AdobeOrg \(got "acme"\)\n- client-secret or access-token is required/,
    );
  });
});

describe('words', () => {
  it('says the schedule in words', () => {
    const startTime = Date.parse('2026-01-31T08:00:00Z') / 1000;
    expect(scheduleInWords({ startTime, frequency: 'minute', interval: 15, backfill: false })).toBe(
      'every 15 minutes from 2026-01-31T08:00:00.000Z, without backfill',
    );
    expect(scheduleInWords({ startTime, frequency: 'once' })).toBe(
      'once, at 2026-01-31T08:00:00.000Z',
    );
  });

  it('suggests the names a typo most likely meant', () => {
    expect(closeNames('contact', ['Account', 'Contact', 'Contract__c', 'Lead'])).toEqual([
      'Contact',
      'Contract__c',
    ]);
  });
});
