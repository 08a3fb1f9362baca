import type { FlowCall } from './connections.js';
import { DATA_LAKE_SPEC_ID } from './dataflow-config.js';
import type { StoredTargetConnection } from './dataflow-types.js';
import { invalidRequest } from './errors.js';
import type { Reply } from './http.js';
import { isNonEmptyString, isRecord } from './json.js';
import { requireBody } from './payload.js';
import { createdReply, listHandler, readHandler } from './resource-routes.js';
import { newResourceFields, specRef } from './resources.js';

type TargetData = StoredTargetConnection['data'];

function validData(value: unknown): TargetData {
  const schema = isRecord(value) ? value.schema : undefined;
  if (
    !isRecord(value) ||
    !isRecord(schema) ||
    !isNonEmptyString(schema.id) ||
    !isNonEmptyString(schema.version)
  ) {
    throw invalidRequest('data.schema with string id and version is required.');
  }
  if (value.format !== undefined && !isNonEmptyString(value.format)) {
    throw invalidRequest('data.format must be a string.');
  }
  return {
    ...(value.format === undefined ? {} : { format: value.format }),
    schema: { id: schema.id, version: schema.version },
  };
}

/** The dataset must exist in Catalog, with the schema the target connection names. */
function validDataset(call: FlowCall, params: unknown, data: TargetData): { dataSetId: string } {
  const dataSetId = isRecord(params) ? params.dataSetId : undefined;
  if (!isNonEmptyString(dataSetId)) throw invalidRequest('params.dataSetId is required.');
  const dataset = call.dataflows.datasets.find(call.caller.scope, dataSetId);
  if (dataset === undefined) throw invalidRequest(`Dataset ${dataSetId} does not exist.`);
  const { id, contentType } = dataset.schemaRef;
  if (data.schema.id !== id || data.schema.version !== contentType) {
    throw invalidRequest(
      `data.schema ${data.schema.id} (${data.schema.version}) does not match dataset ${dataSetId}'s schema ${id} (${contentType}).`,
    );
  }
  return { dataSetId };
}

export function createTargetConnection(call: FlowCall): Reply {
  const body = requireBody(call.request.body);
  if (!isRecord(body)) throw invalidRequest('The request body must be a JSON object.');
  const connectionSpec = specRef(body.connectionSpec, DATA_LAKE_SPEC_ID);
  if (body.name !== undefined && !isNonEmptyString(body.name)) {
    throw invalidRequest('name must be a non-empty string.');
  }
  const data = validData(body.data);
  const created = call.dataflows.targetConnections.insert({
    ...newResourceFields(call.caller),
    name: body.name ?? '',
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
    connectionSpec,
    data,
    params: validDataset(call, body.params, data),
  });
  return createdReply('/targetConnections', created);
}

export const listTargetConnections = listHandler(
  (dataflows) => dataflows.targetConnections,
  '/targetConnections',
  {
    name: (t) => t.name,
    id: (t) => t.id,
    'params.dataSetId': (t) => t.params.dataSetId,
  },
);

export const readTargetConnection = readHandler(
  (dataflows) => dataflows.targetConnections,
  'Target connection',
);
