import type { Scope } from './gateway.js';
import type { ConnectionSpecRef } from './types.js';

/** `enabled` until a DELETE; `delete-finalizing` while the deletion completes (see deleteFinalizingReads). */
type ResourceState = 'enabled' | 'delete-finalizing';

/** Fields Flow Service keeps on every source connection, target connection and flow. */
export interface StoredResource extends Scope {
  id: string;
  name: string;
  description?: string;
  state: ResourceState;
  etag: string;
  createdAt: number;
  updatedAt: number;
  createdClient: string;
  updatedClient: string;
}

/** A column as explore answers it and as a source connection's `params.columns` carries it. */
export interface Column {
  name: string;
  type: string;
  xdm: { type: string; format?: string };
}

export interface StoredSourceConnection extends StoredResource {
  baseConnectionId: string;
  connectionSpec: ConnectionSpecRef;
  data: { format: string };
  params: { tableName: string; columns?: Column[] };
}

export interface StoredTargetConnection extends StoredResource {
  connectionSpec: ConnectionSpecRef;
  data: { format?: string; schema: { id: string; version: string } };
  params: { dataSetId: string };
}

type Frequency = 'once' | 'minute' | 'hour' | 'day' | 'week';

export interface ScheduleParams {
  startTime: number;
  frequency: Frequency;
  interval?: number;
  backfill?: boolean;
}

export interface Transformation {
  name: string;
  params: Record<string, unknown>;
}

export interface StoredFlow extends StoredResource {
  flowSpec: ConnectionSpecRef;
  sourceConnectionIds: string[];
  targetConnectionIds: string[];
  transformations: Transformation[];
  scheduleParams: ScheduleParams;
}

export interface RunError {
  code: string;
  message: string;
}

export interface RecordCounts {
  inputRecordCount: number;
  outputRecordCount: number;
  failedRecordCount: number;
}

export type RunStatus = 'scheduled' | 'inProgress' | 'success' | 'failed';

/** How every run the simulator starts goes. */
interface RunScript {
  /** Reads (through `GET /runs`) that still see a run `scheduled`, then `inProgress`; default 2. */
  readsBeforeEnd?: number;
  outcome?: 'success' | 'failed';
  records?: RecordCounts;
  /** The errors a failed run reports. */
  errors?: RunError[];
}

export interface StoredRun extends Scope {
  id: string;
  flowId: string;
  flowSpec: ConnectionSpecRef;
  createdAt: number;
  etag: string;
  /** Reads so far: the status a read sees follows from it. */
  reads: number;
}

export interface SchemaRef {
  id: string;
  contentType: string;
}

export interface StoredDataset extends Scope {
  id: string;
  name: string;
  description?: string;
  schemaRef: SchemaRef;
  created: number;
  updated: number;
}

/** A dataset to seed: Catalog's own fields default (sandbox `prod`, the simulator's org). */
export type SeededDataset = Partial<StoredDataset> & Pick<StoredDataset, 'name' | 'schemaRef'>;

type MappingSourceType = 'ATTRIBUTE' | 'EXPRESSION' | 'STATIC';

export interface Mapping {
  sourceType: MappingSourceType;
  source: string;
  destination: string;
  name?: string;
  description?: string;
}

/** One version of a mapping set, as Data Prep answers it (its mappings' sourceType in its stored form). */
export interface StoredMappingSet extends Scope {
  id: string;
  name?: string;
  version: number;
  outputSchema: { schemaRef: SchemaRef };
  mappings: (Omit<Mapping, 'sourceType'> & { id: string; version: number; sourceType: string })[];
  createdDate: number;
  modifiedDate: number;
  createdBy: string;
  modifiedBy: string;
}

export interface DataflowOptions {
  /** GETs by id that still see a deleted resource, state `delete-finalizing`, before 404; default 0. */
  deleteFinalizingReads?: number;
  run?: RunScript;
  /** Catalog's datasets; default one demo dataset (DEMO_DATASET). */
  datasets?: SeededDataset[];
}

export interface DataflowAccessors {
  sourceConnections(): StoredSourceConnection[];
  targetConnections(): StoredTargetConnection[];
  flows(): StoredFlow[];
  /** Every run as the next read would answer it. */
  runs(): { id: string; flowId: string; status: RunStatus }[];
  /** The latest version of each mapping set. */
  mappingSets(): StoredMappingSet[];
  datasets(): StoredDataset[];
  seedDataset(dataset: SeededDataset): StoredDataset;
}
