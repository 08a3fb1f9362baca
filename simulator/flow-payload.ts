import type { FlowCall } from './connections.js';
import type { StoredResource, StoredTargetConnection, Transformation } from './dataflow-types.js';
import { flowError, invalidRequest } from './errors.js';
import type { FlowSpec } from './flow-specs.js';
import { isNonEmptyString, isRecord } from './json.js';
import type { ResourceStore } from './resources.js';

type Connected = StoredResource & { connectionSpec: { id: string } };

/** Each id names a live resource of the caller whose connection spec the flow spec accepts. */
export function connectedResources<T extends Connected>(
  call: FlowCall,
  store: ResourceStore<T>,
  ids: unknown,
  allowedSpecs: string[],
  what: string,
  spec: FlowSpec,
): T[] {
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isNonEmptyString)) {
    throw invalidRequest(`${what}Ids must be a non-empty array of ids.`);
  }
  return ids.map((id) => {
    const found = store.find(call.caller.scope, id);
    if (found === undefined || found.state !== 'enabled') {
      throw invalidRequest(`${what} ${id} does not exist.`);
    }
    if (!allowedSpecs.includes(found.connectionSpec.id)) {
      throw invalidRequest(
        `The connection spec ${found.connectionSpec.id} of ${what} ${id} is not supported by flow spec ${spec.name} (${spec.id}).`,
      );
    }
    return found;
  });
}

function parseTransformation(raw: unknown, spec: FlowSpec): Transformation {
  if (!isRecord(raw) || !isNonEmptyString(raw.name) || !isRecord(raw.params)) {
    throw invalidRequest('Each transformation needs a name and a params object.');
  }
  const known = spec.transformationSpecs.map((t) => t.name);
  if (!known.includes(raw.name)) {
    throw invalidRequest(
      `Flow spec ${spec.name} has no transformation ${raw.name}: only ${known.join(', ')}.`,
    );
  }
  return { name: raw.name, params: raw.params };
}

function checkDeltaColumn(transformations: Transformation[], spec: FlowSpec): void {
  if (!spec.transformationSpecs.some((t) => t.name === 'Copy')) return;
  const deltaColumn = transformations.find((t) => t.name === 'Copy')?.params.deltaColumn;
  if (!isRecord(deltaColumn) || !isNonEmptyString(deltaColumn.name)) {
    throw invalidRequest(
      `Flow spec ${spec.name} requires a Copy transformation with params.deltaColumn.name (CRM sources copy incrementally).`,
    );
  }
}

/** mappingVersion: a whole number, as an integer or (the OpenAPI DTO's type) a string. */
function mappingVersion(value: unknown): number | undefined {
  if (Number.isInteger(value)) return value as number;
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
}

function checkMapping(
  call: FlowCall,
  params: Record<string, unknown>,
  targets: StoredTargetConnection[],
): void {
  const { mappingId } = params;
  const versions = isNonEmptyString(mappingId)
    ? call.dataflows.mappingSets.versions(call.caller.scope, mappingId)
    : undefined;
  if (versions === undefined) {
    throw flowError(
      '1419-400',
      'Invalid request',
      `Error while validating mapping with id ${String(mappingId)}: it does not exist.`,
    );
  }
  const version = versions.find((v) => v.version === mappingVersion(params.mappingVersion));
  if (version === undefined) {
    throw flowError(
      '1412-400',
      'Invalid request',
      'Invalid Mapping Version in request. Please provide correct mapping version.',
    );
  }
  const schemaId = version.outputSchema.schemaRef.id;
  const mismatch = targets.find((t) => t.data.schema.id !== schemaId);
  if (mismatch !== undefined) {
    throw flowError(
      '1425-400',
      'Invalid request',
      `Error while matching schema in target dataset ${mismatch.params.dataSetId} with schema in mapping ${String(mappingId)}. Schema with same id and version must be used in both mapping and target dataset.`,
    );
  }
}

/** The flow's transformations checked against its flow spec, its mapping sets and its targets. */
export function validTransformations(
  call: FlowCall,
  value: unknown,
  spec: FlowSpec,
  targets: StoredTargetConnection[],
): Transformation[] {
  if (!Array.isArray(value)) throw invalidRequest('transformations must be an array.');
  const transformations = value.map((raw) => parseTransformation(raw, spec));
  checkDeltaColumn(transformations, spec);
  for (const { name, params } of transformations) {
    if (name === 'Mapping') checkMapping(call, params, targets);
  }
  return structuredClone(transformations);
}
