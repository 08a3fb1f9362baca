import { expect } from 'vitest';
import {
  CATALOG_BASE,
  DATA_PREP_BASE,
  DEMO,
  DEMO_DATASET,
  FLOW_SERVICE_BASE,
  type Simulator,
} from '../../../simulator/index.js';

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A call to a Platform service of the simulator, with the demo credentials' headers. */
async function call(
  sim: Simulator,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${sim.url}${url}`, {
    method,
    headers: {
      authorization: `Bearer ${sim.issueToken()}`,
      'x-api-key': DEMO.clientId,
      'x-gw-ims-org-id': DEMO.orgId,
      'x-sandbox-name': 'prod',
      'content-type': 'application/json',
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

export const flow = (
  sim: Simulator,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => call(sim, method, `${FLOW_SERVICE_BASE}${path}`, body, headers);
export const catalog = (sim: Simulator, path: string) => call(sim, 'GET', `${CATALOG_BASE}${path}`);
export const dataPrep = (sim: Simulator, method: string, path: string, body?: unknown) =>
  call(sim, method, `${DATA_PREP_BASE}${path}`, body);

/** `FLOW-1418-400` from a Flow Service error body. */
export function flowCode(body: unknown): string | undefined {
  const type = (body as { type?: string } | undefined)?.type;
  return type?.replace('https://ns.adobe.com/aep/errors/', '');
}

export async function created(answer: Promise<Answer>): Promise<{ id: string; etag: string }> {
  const { status, body } = await answer;
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string; etag: string };
}

export const contactColumns = [
  { name: 'Id', type: 'string', xdm: { type: 'string' } },
  { name: 'Email', type: 'string', xdm: { type: 'string' } },
  { name: 'LastModifiedDate', type: 'string', xdm: { type: 'string', format: 'date-time' } },
];

const contactMappings = [
  { sourceType: 'ATTRIBUTE', source: 'Id', destination: '_id' },
  { sourceType: 'ATTRIBUTE', source: 'Email', destination: 'personalEmail.address' },
];

export function sourceBody(baseConnectionId: string, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Contacts source',
    baseConnectionId,
    connectionSpec: { id: 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5', version: '1.0' },
    data: { format: 'tabular' },
    params: { tableName: 'Contact', columns: contactColumns },
    ...overrides,
  };
}

export function targetBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Contacts target',
    connectionSpec: { id: 'c604ff05-7f1a-43c0-8e18-33bf874cb11c', version: '1.0' },
    data: {
      schema: { id: DEMO_DATASET.schemaRef.id, version: DEMO_DATASET.schemaRef.contentType },
    },
    params: { dataSetId: DEMO_DATASET.id },
    ...overrides,
  };
}

export function mappingSetBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Contacts mapping',
    outputSchema: { schemaRef: { ...DEMO_DATASET.schemaRef } },
    mappings: contactMappings,
    ...overrides,
  };
}

export interface Chain {
  connectionId: string;
  sourceId: string;
  targetId: string;
  mappingId: string;
}

/** A base connection, source and target connections and a mapping set, ready for POST /flows. */
export async function chain(sim: Simulator): Promise<Chain> {
  const connectionId = sim.seedConnection({ name: 'Salesforce' }).id;
  const sourceId = (
    await created(flow(sim, 'POST', '/sourceConnections', sourceBody(connectionId)))
  ).id;
  const targetId = (await created(flow(sim, 'POST', '/targetConnections', targetBody()))).id;
  const mapping = await dataPrep(sim, 'POST', '/mappingSets', mappingSetBody());
  expect(mapping.status).toBe(200);
  return { connectionId, sourceId, targetId, mappingId: (mapping.body as { id: string }).id };
}

export function flowBody(c: Chain, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Contacts',
    flowSpec: { id: '14518937-270c-4525-bdec-c2ba7cce3860', version: '1.0' },
    sourceConnectionIds: [c.sourceId],
    targetConnectionIds: [c.targetId],
    transformations: [
      { name: 'Copy', params: { deltaColumn: { name: 'LastModifiedDate' } } },
      { name: 'Mapping', params: { mappingId: c.mappingId, mappingVersion: 0 } },
    ],
    scheduleParams: {
      startTime: Math.floor(Date.now() / 1000),
      frequency: 'day',
      interval: 1,
      backfill: true,
    },
    ...overrides,
  };
}
