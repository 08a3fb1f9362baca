import { FLOW_SERVICE_BASE } from './config.js';
import type { FlowCall } from './connections.js';
import type { StoredResource } from './dataflow-types.js';
import type { DataflowState } from './dataflow-state.js';
import { notFound } from './errors.js';
import type { Reply } from './http.js';
import { type FilterFields, pageOf } from './listing.js';
import type { ResourceStore } from './resources.js';

type Select<T extends StoredResource> = (dataflows: DataflowState) => ResourceStore<T>;

/** How Flow Service answers a stored resource: its etag doubles as its version. */
function item<T extends StoredResource>(resource: T): T & { version: string } {
  return { ...structuredClone(resource), version: resource.etag };
}

/** `GET /<kind>`: a page of the caller's resources that pass its `property` filters. */
export function listHandler<T extends StoredResource>(
  select: Select<T>,
  path: string,
  fields: FilterFields<T>,
): (call: FlowCall) => Reply {
  return (call) => {
    const all = select(call.dataflows).list(call.caller.scope).map(item);
    return {
      status: 200,
      body: pageOf(call.request.query, call.config.pageSize, path, all, fields),
    };
  };
}

/** `GET /<kind>/{id}`: `{items: [one]}`, a read that counts toward the end of a deletion. */
export function readHandler<T extends StoredResource>(
  select: Select<T>,
  what: string,
): (call: FlowCall, id: string) => Reply {
  return (call, id) => {
    const found = select(call.dataflows).read(call.caller.scope, id);
    if (found === undefined) throw notFound(`${what} ${id}`);
    return { status: 200, body: { items: [item(found)] } };
  };
}

/** `POST /<kind>`: 201 with the new resource's Location, id and etag. */
export function createdReply(path: string, resource: StoredResource): Reply {
  return {
    status: 201,
    headers: { location: `${FLOW_SERVICE_BASE}${path}/${resource.id}` },
    body: { id: resource.id, etag: resource.etag },
  };
}
