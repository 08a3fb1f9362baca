import type { MappingSetBody } from '../platform/data-prep.js';
import type { CreateBodies } from '../platform/flow-service/schemas.js';
import type { Context } from './discover.js';
import type { Desired, Names } from './plan.js';

/** Flow Service's data lake connection spec: where a dataflow's records land. */
const DATA_LAKE_SPEC = { id: 'c604ff05-7f1a-43c0-8e18-33bf874cb11c', version: '1.0' };

export interface ChainIds {
  source: string;
  target: string;
  mapping: string;
  mappingVersion: number;
}

export const sourceBody = (
  names: Names,
  connectionId: string,
  context: Context,
  desired: Desired,
): CreateBodies['sourceConnections'] => ({
  name: names.source,
  baseConnectionId: connectionId,
  connectionSpec: context.connectionSpec,
  data: { format: 'tabular' },
  params: { tableName: desired.object, columns: context.columns },
});

export const targetBody = (
  names: Names,
  context: Context,
  desired: Desired,
): CreateBodies['targetConnections'] => ({
  name: names.target,
  connectionSpec: DATA_LAKE_SPEC,
  data: { schema: { id: context.schemaRef.id, version: context.schemaRef.contentType } },
  params: { dataSetId: desired.datasetId },
});

export const mappingSetBody = (
  names: Names,
  context: Context,
  desired: Desired,
): MappingSetBody => ({
  name: names.mapping,
  outputSchema: { schemaRef: context.schemaRef },
  mappings: desired.mappings,
});

export const flowBody = (
  names: Names,
  context: Context,
  desired: Desired,
  ids: ChainIds,
): CreateBodies['flows'] => ({
  name: names.flow,
  flowSpec: { id: context.flowSpecId, version: '1.0' },
  sourceConnectionIds: [ids.source],
  targetConnectionIds: [ids.target],
  transformations: [
    { name: 'Copy', params: { deltaColumn: { name: desired.deltaColumn } } },
    { name: 'Mapping', params: { mappingId: ids.mapping, mappingVersion: ids.mappingVersion } },
  ],
  scheduleParams: desired.schedule,
});
