import { type FlowCall, readConnection } from './connections.js';
import type { StoredFlow, StoredResource } from './dataflow-types.js';
import { flowError, notFound } from './errors.js';
import type { Reply } from './http.js';
import type { ResourceStore } from './resources.js';

type Handler = (call: FlowCall, id: string) => Reply;

/** 1457-400 / 1458-400: a resource in `delete-finalizing` takes no update and no second delete. */
function refuseWhileFinalizing(call: FlowCall, id: string, operation: 'update' | 'delete'): void {
  if (call.dataflows.finalizing.has(id)) {
    throw flowError(
      `${operation === 'update' ? 1457 : 1458}-400`,
      'Invalid request',
      `Operation ${operation} cannot be applied in state delete-finalizing.`,
    );
  }
}

/** A PATCH handler that first refuses resources being deleted. */
export function unlessFinalizing(patch: Handler): Handler {
  return (call, id) => {
    refuseWhileFinalizing(call, id, 'update');
    return patch(call, id);
  };
}

function flowsUsing(call: FlowCall, uses: (flow: StoredFlow) => boolean): StoredFlow[] {
  return call.dataflows.flows.list(call.caller.scope).filter(uses);
}

function flowsOfBaseConnection(call: FlowCall, id: string): StoredFlow[] {
  const sources = call.dataflows.sourceConnections
    .list(call.caller.scope)
    .filter((source) => source.baseConnectionId === id)
    .map((source) => source.id);
  return flowsUsing(call, (flow) => flow.sourceConnectionIds.some((s) => sources.includes(s)));
}

/** `DELETE /connections/{id}`: refused (1418-400) while any flow uses it through a source connection. */
export function deleteConnection(call: FlowCall, id: string): Reply {
  const connection = call.store.find(call.caller.scope, id);
  if (connection === undefined) throw notFound(`Connection ${id}`);
  refuseWhileFinalizing(call, id, 'delete');
  if (flowsOfBaseConnection(call, id).length > 0) {
    throw flowError(
      '1418-400',
      'Invalid request',
      `The base connection with the ID ${id} cannot be deleted because the base connection is being used in one or more flows. Please ensure that corresponding flows are deleted before deleting a base connection.`,
    );
  }
  if (call.dataflows.finalizing.begin(id)) connection.state = 'delete-finalizing';
  else call.store.delete(call.caller.scope, id);
  return { status: 204 };
}

/** `GET /connections/{id}`, counting toward the end of a deletion in progress. */
export function readConnectionUntilDeleted(call: FlowCall, id: string): Reply {
  const reply = readConnection(call, id);
  if (call.dataflows.finalizing.countRead(id)) call.store.delete(call.caller.scope, id);
  return reply;
}

/** `DELETE` of a source or target connection: refused (1447-400) while a flow names it. */
function deleteUnlessUsed<T extends StoredResource>(
  select: (call: FlowCall) => ResourceStore<T>,
  what: string,
  usedBy: (flow: StoredFlow, id: string) => boolean,
): Handler {
  return (call, id) => {
    const store = select(call);
    const found = store.find(call.caller.scope, id);
    if (found === undefined) throw notFound(`${what} ${id}`);
    refuseWhileFinalizing(call, id, 'delete');
    if (flowsUsing(call, (flow) => usedBy(flow, id)).length > 0) {
      throw flowError('1447-400', 'Invalid request', `Found active flows containing id ${id}.`);
    }
    store.delete(found);
    return { status: 204 };
  };
}

export const deleteSourceConnection = deleteUnlessUsed(
  (call) => call.dataflows.sourceConnections,
  'Source connection',
  (flow, id) => flow.sourceConnectionIds.includes(id),
);

export const deleteTargetConnection = deleteUnlessUsed(
  (call) => call.dataflows.targetConnections,
  'Target connection',
  (flow, id) => flow.targetConnectionIds.includes(id),
);

export const deleteFlow = deleteUnlessUsed(
  (call) => call.dataflows.flows,
  'Flow',
  () => false,
);
