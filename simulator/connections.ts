import { type SimulatorConfig, FLOW_SERVICE_BASE } from './config.js';
import { connectionSpecOf } from './connection-specs.js';
import type { DataflowState } from './dataflow-state.js';
import { flowError, notFound } from './errors.js';
import type { Caller } from './gateway.js';
import type { Reply } from './http.js';
import { type FilterFields, pageOf } from './listing.js';
import { applyPatch } from './patch.js';
import { requireBody, validateNewConnection } from './payload.js';
import { maskSecrets } from './salesforce.js';
import type { ConnectionStore } from './store.js';
import type { RecordedRequest, StoredConnection } from './types.js';

export interface FlowCall {
  request: RecordedRequest;
  caller: Caller;
  config: SimulatorConfig;
  store: ConnectionStore;
  dataflows: DataflowState;
}

function toItem(connection: StoredConnection): StoredConnection {
  const { auth } = connection;
  return { ...connection, auth: { specName: auth.specName, params: maskSecrets(auth.params) } };
}

function existing(call: FlowCall, id: string): StoredConnection {
  const connection = call.store.find(call.caller.scope, id);
  if (connection === undefined) throw notFound(`Connection ${id}`);
  return connection;
}

export function createConnection(call: FlowCall): Reply {
  const created = call.store.create(validateNewConnection(call.request.body), call.caller);
  return {
    status: 201,
    headers: { location: `${FLOW_SERVICE_BASE}/connections/${created.id}` },
    body: { id: created.id, etag: created.etag },
  };
}

const CONNECTION_FIELDS: FilterFields<StoredConnection> = {
  name: (c) => c.name,
  'connectionSpec.id': (c) => c.connectionSpec.id,
};

export function listConnections(call: FlowCall): Reply {
  const connections = call.store.list(call.caller.scope);
  const page = pageOf(
    call.request.query,
    call.config.pageSize,
    '/connections',
    connections,
    CONNECTION_FIELDS,
  );
  return { status: 200, body: { ...page, items: page.items.map(toItem) } };
}

export function readConnection(call: FlowCall, id: string): Reply {
  const connection = call.store.read(call.caller.scope, id);
  if (connection === undefined) throw notFound(`Connection ${id}`);
  return { status: 200, body: { items: [toItem(connection)] } };
}

/** PATCH needs If-Match equal to the resource's etag, quotes included. */
export function checkIfMatch(call: FlowCall, resource: { id: string; etag: string }): void {
  const ifMatch = call.request.headers['if-match'];
  if (!ifMatch) {
    throw flowError(
      '1403-400',
      'Header is missing',
      "The header 'If-Match' is missing in the request.",
    );
  }
  if (ifMatch !== resource.etag) {
    throw flowError(
      '1404-412',
      'Version not matching',
      `The supplied version ${ifMatch} does not match the current version ${resource.etag} of ${resource.id}.`,
    );
  }
}

export function patchConnection(call: FlowCall, id: string): Reply {
  const connection = existing(call, id);
  checkIfMatch(call, connection);
  if (!call.config.patchEnabled) {
    throw flowError(
      '1445-400',
      'Invalid request',
      'PATCH is not enabled for this connection specification.',
    );
  }
  const { name, description, auth } = connection;
  const spec = connectionSpecOf(connection.connectionSpec.id);
  const edit = applyPatch({ name, description, auth }, requireBody(call.request.body), spec);
  const revised = call.store.revise(connection, edit, call.caller.clientId);
  return { status: 200, body: { id: revised.id, etag: revised.etag } };
}
