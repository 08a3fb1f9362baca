import type { DataflowOptions, RecordCounts, RunError, SeededDataset } from './dataflow-types.js';

export const CATALOG_BASE = '/data/foundation/catalog';
export const DATA_PREP_BASE = '/data/foundation/conversion';
export const CRM_FLOW_SPEC_ID = '14518937-270c-4525-bdec-c2ba7cce3860';
export const FILE_FLOW_SPEC_ID = '9753525b-82c7-4dce-8a9b-5ccfce2b9876';
export const DATA_LAKE_SPEC_ID = 'c604ff05-7f1a-43c0-8e18-33bf874cb11c';

/** The dataset a simulator started without `datasets` serves: a Contact-like XDM profile schema. */
export const DEMO_DATASET = {
  id: '5f3c8a1b2c4d5e6f7a8b9c0d',
  name: 'Salesforce contacts',
  schemaRef: {
    id: 'https://ns.adobe.com/demotenant/schemas/4c1d7e2f9a8b3c6d5e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b',
    contentType: 'application/vnd.adobe.xed-full+json;version=1',
  },
} as const;

export interface DataflowConfig {
  deleteFinalizingReads: number;
  run: {
    readsBeforeEnd: number;
    outcome: 'success' | 'failed';
    records: RecordCounts;
    errors: RunError[];
  };
  datasets: SeededDataset[];
}

const SUCCESSFUL_RECORDS: RecordCounts = {
  inputRecordCount: 120,
  outputRecordCount: 120,
  failedRecordCount: 0,
};
const FAILED_RECORDS: RecordCounts = {
  inputRecordCount: 120,
  outputRecordCount: 0,
  failedRecordCount: 120,
};
const FAILURE: RunError[] = [
  { code: 'CONNECTOR-1001-500', message: 'Error from flow provider: the Salesforce query failed.' },
];

function count(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer`);
  }
  return value;
}

export function resolveDataflowConfig(options: DataflowOptions = {}): DataflowConfig {
  const outcome = options.run?.outcome ?? 'success';
  return {
    deleteFinalizingReads: count('deleteFinalizingReads', options.deleteFinalizingReads ?? 0),
    run: {
      readsBeforeEnd: count('run.readsBeforeEnd', options.run?.readsBeforeEnd ?? 2),
      outcome,
      records:
        options.run?.records ?? (outcome === 'success' ? SUCCESSFUL_RECORDS : FAILED_RECORDS),
      errors: options.run?.errors ?? (outcome === 'failed' ? FAILURE : []),
    },
    datasets: options.datasets ?? [structuredClone(DEMO_DATASET)],
  };
}
