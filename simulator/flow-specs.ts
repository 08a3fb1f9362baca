import type { FlowCall } from './connections.js';
import { DYNAMICS_SPEC_ID, SALESFORCE_SPEC_ID } from './config.js';
import { CRM_FLOW_SPEC_ID, DATA_LAKE_SPEC_ID, FILE_FLOW_SPEC_ID } from './dataflow-config.js';
import { flowError, notFound } from './errors.js';
import type { Reply } from './http.js';
import { type FilterFields, pageOf } from './listing.js';

export interface FlowSpec {
  id: string;
  name: string;
  version: string;
  sourceConnectionSpecIds: string[];
  targetConnectionSpecIds: string[];
  transformationSpecs: { name: string; spec: Record<string, unknown> }[];
  scheduleSpec: { name: string; type: string; spec: Record<string, unknown> };
  attributes: Record<string, unknown>;
}

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** The flow spec's own JSON Schema of scheduleParams (the OpenAPI FlowSpecItemDTO example). */
const SCHEDULE_SPEC = {
  name: 'PeriodicSchedule',
  type: 'Periodic',
  spec: {
    $schema: DRAFT_07,
    type: 'object',
    properties: {
      startTime: { description: 'epoch time', type: 'integer' },
      frequency: { type: 'string', enum: ['once', 'minute', 'hour', 'day', 'week'] },
      interval: { type: 'integer' },
      backfill: { type: 'boolean', default: true },
    },
    required: ['startTime', 'frequency'],
    if: { properties: { frequency: { const: 'once' } } },
    then: { allOf: [{ not: { required: ['interval'] } }, { not: { required: ['backfill'] } }] },
    else: {
      required: ['interval'],
      if: { properties: { frequency: { const: 'minute' } } },
      then: { properties: { interval: { minimum: 15 } } },
      else: { properties: { interval: { minimum: 1 } } },
    },
  },
};

const MAPPING_SPEC = {
  name: 'Mapping',
  spec: {
    $schema: DRAFT_07,
    type: 'object',
    description: 'Defines various params required for different mapping from source to target',
    properties: { mappingId: { type: 'string' }, mappingVersion: { type: 'string' } },
  },
};

/** CRM sources copy incrementally: a Copy transformation names the delta column. */
const COPY_SPEC = {
  name: 'Copy',
  spec: {
    $schema: DRAFT_07,
    type: 'object',
    properties: {
      deltaColumn: {
        type: 'object',
        properties: { name: { type: 'string' }, dateFormat: { type: 'string' } },
        required: ['name'],
      },
    },
    required: ['deltaColumn'],
  },
};

const SALESFORCE_SERVICE_CLOUD_SPEC_ID = 'cb66ab34-8619-49cb-96d1-39b37ede86ea';
const AMAZON_S3_SPEC_ID = 'ecadc60c-7455-4d87-84dc-2a0e293d997b';
const AZURE_BLOB_SPEC_ID = '4c10e202-c428-4796-9208-5f1f5732b1cf';

const FLOW_SPECS: FlowSpec[] = [
  {
    id: CRM_FLOW_SPEC_ID,
    name: 'CRMToAEP',
    version: '1.0',
    sourceConnectionSpecIds: [
      SALESFORCE_SPEC_ID,
      SALESFORCE_SERVICE_CLOUD_SPEC_ID,
      DYNAMICS_SPEC_ID,
    ],
    targetConnectionSpecIds: [DATA_LAKE_SPEC_ID],
    transformationSpecs: [COPY_SPEC, MAPPING_SPEC],
    scheduleSpec: SCHEDULE_SPEC,
    attributes: { isSourceFlow: true, frequency: 'batch' },
  },
  {
    id: FILE_FLOW_SPEC_ID,
    name: 'CloudStorageToAEP',
    version: '1.0',
    sourceConnectionSpecIds: [AMAZON_S3_SPEC_ID, AZURE_BLOB_SPEC_ID],
    targetConnectionSpecIds: [DATA_LAKE_SPEC_ID],
    transformationSpecs: [MAPPING_SPEC],
    scheduleSpec: SCHEDULE_SPEC,
    attributes: { isSourceFlow: true, frequency: 'batch' },
  },
];

/** The flow spec with this id; an unknown one answers 1413-400 as Flow Service does. */
export function flowSpec(id: unknown): FlowSpec {
  const spec = FLOW_SPECS.find((s) => s.id === id);
  if (spec === undefined) {
    throw flowError('1413-400', 'Invalid request', `The flow spec ID ${String(id)} is invalid.`);
  }
  return spec;
}

const FLOW_SPEC_FIELDS: FilterFields<FlowSpec> = { name: (s) => s.name, id: (s) => s.id };

export function listFlowSpecs(call: FlowCall): Reply {
  const specs = structuredClone(FLOW_SPECS);
  const page = pageOf(
    call.request.query,
    call.config.pageSize,
    '/flowSpecs',
    specs,
    FLOW_SPEC_FIELDS,
  );
  return { status: 200, body: page };
}

export function readFlowSpec(_call: FlowCall, id: string): Reply {
  const spec = FLOW_SPECS.find((s) => s.id === id);
  if (spec === undefined) throw notFound(`Flow spec ${id}`);
  return { status: 200, body: { items: [structuredClone(spec)] } };
}
