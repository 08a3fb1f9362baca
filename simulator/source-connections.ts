import type { FlowCall } from './connections.js';
import type { Column, StoredSourceConnection } from './dataflow-types.js';
import { invalidRequest } from './errors.js';
import { tableColumns } from './explore.js';
import type { Reply } from './http.js';
import { isNonEmptyString, isRecord } from './json.js';
import { requireBody } from './payload.js';
import { createdReply, listHandler, readHandler } from './resource-routes.js';
import { newResourceFields, specRef } from './resources.js';
import type { StoredConnection } from './types.js';

function baseConnection(call: FlowCall, id: unknown): StoredConnection {
  if (!isNonEmptyString(id)) throw invalidRequest('baseConnectionId is required.');
  const connection = call.store.find(call.caller.scope, id);
  if (connection === undefined) throw invalidRequest(`Base connection ${id} does not exist.`);
  if (connection.state !== 'enabled') {
    throw invalidRequest(`Base connection ${id} is ${connection.state}, not enabled.`);
  }
  return connection;
}

function isColumn(value: unknown): value is Column {
  return (
    isRecord(value) &&
    isNonEmptyString(value.name) &&
    isNonEmptyString(value.type) &&
    isRecord(value.xdm)
  );
}

function validColumns(value: unknown, table: string, known: Column[]): { columns?: Column[] } {
  if (value === undefined) return {};
  if (!Array.isArray(value) || value.length === 0 || !value.every(isColumn)) {
    throw invalidRequest('params.columns must be a non-empty array of {name, type, xdm} columns.');
  }
  const unknown = value.filter((c) => !known.some((k) => k.name === c.name)).map((c) => c.name);
  if (unknown.length > 0)
    throw invalidRequest(`Columns not in table ${table}: ${unknown.join(', ')}.`);
  return { columns: structuredClone(value) };
}

function validParams(value: unknown): StoredSourceConnection['params'] {
  if (!isRecord(value) || !isNonEmptyString(value.tableName)) {
    throw invalidRequest('params.tableName is required.');
  }
  const known = tableColumns(value.tableName);
  if (known === undefined) {
    throw invalidRequest(
      `Error from flow provider: sObject type '${value.tableName}' is not supported.`,
    );
  }
  return { tableName: value.tableName, ...validColumns(value.columns, value.tableName, known) };
}

export function createSourceConnection(call: FlowCall): Reply {
  const body = requireBody(call.request.body);
  if (!isRecord(body)) throw invalidRequest('The request body must be a JSON object.');
  if (!isNonEmptyString(body.name))
    throw invalidRequest('name is required and must be a non-empty string.');
  const base = baseConnection(call, body.baseConnectionId);
  const connectionSpec = specRef(body.connectionSpec, base.connectionSpec.id);
  if (!isRecord(body.data) || body.data.format !== 'tabular') {
    throw invalidRequest('data.format must be tabular for a CRM source.');
  }
  const created = call.dataflows.sourceConnections.insert({
    ...newResourceFields(call.caller),
    name: body.name,
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
    baseConnectionId: base.id,
    connectionSpec,
    data: { format: 'tabular' },
    params: validParams(body.params),
  });
  return createdReply('/sourceConnections', created);
}

export const listSourceConnections = listHandler(
  (dataflows) => dataflows.sourceConnections,
  '/sourceConnections',
  {
    name: (s) => s.name,
    id: (s) => s.id,
    baseConnectionId: (s) => s.baseConnectionId,
    'connectionSpec.id': (s) => s.connectionSpec.id,
  },
);

export const readSourceConnection = readHandler(
  (dataflows) => dataflows.sourceConnections,
  'Source connection',
);
