import type { FlowService } from '../platform/flow-service/client.js';
import { findByName } from '../platform/flow-service/lookup.js';
import type { Collection, Item } from '../platform/flow-service/schemas.js';
import type { TeardownTarget } from './inputs.js';
import type { Discovered, FoundFlow, Resource, Target } from './plan.js';

/** Data Prep ids as the summary and outputs show them; anything else in a flow is not one. */
const MAPPING_SET_ID = /^[\w-]{1,64}$/;

async function listAll<C extends Collection>(
  flow: FlowService,
  collection: C,
  filter: string,
): Promise<Item<C>[]> {
  const items = new Map<string, Item<C>>();
  for await (const page of flow.list(collection, [filter])) {
    for (const item of page) items.set(item.id, item);
  }
  return [...items.values()];
}

/** Ids per `==a,b,…` filter: 40 UUIDs keep a request line near 2 KB, far below any URL limit. */
const IDS_PER_FILTER = 40;

/** The items whose `field` is one of `ids` (a comma is OR), a few dozen ids per request. */
async function listWhere<C extends Collection>(
  flow: FlowService,
  collection: C,
  field: string,
  ids: readonly string[],
): Promise<Item<C>[]> {
  const found: Item<C>[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_FILTER) {
    const chunk = ids.slice(start, start + IDS_PER_FILTER);
    found.push(...(await listAll(flow, collection, `${field}==${chunk.join(',')}`)));
  }
  return found;
}

function foundFlow(f: Item<'flows'>): FoundFlow {
  const mappingSetIds = (f.transformations ?? [])
    .filter((t) => t.name === 'Mapping')
    .map((t) => t.params['mappingId'])
    .filter((id): id is string => typeof id === 'string' && MAPPING_SET_ID.test(id));
  return {
    id: f.id,
    name: f.name,
    sourceConnectionIds: f.sourceConnectionIds,
    targetConnectionIds: f.targetConnectionIds,
    mappingSetIds,
  };
}

const resource =
  (kind: Resource['kind']) =>
  (item: { id: string; name: string }): Resource => ({ kind, id: item.id, name: item.name });

const unique = (ids: Iterable<string>) => [...new Set(ids)];
const idsOf = (resources: readonly Resource[]) => resources.map((r) => r.id);

/** The flows naming one of these connections in `field`: such a connection stays while one remains. */
async function flowsNaming(
  flow: FlowService,
  field: 'sourceConnectionIds' | 'targetConnectionIds',
  ids: readonly string[],
): Promise<FoundFlow[]> {
  const flows = await listWhere(flow, 'flows', `${field}[]`, ids);
  return flows.map(foundFlow).filter((f) => f[field].some((id) => ids.includes(id)));
}

/** The target connections of `flows` that still exist, with their names. */
async function targetsOf(flow: FlowService, flows: FoundFlow[]): Promise<Resource[]> {
  const ids = unique(flows.flatMap((f) => f.targetConnectionIds));
  const found = await listWhere(flow, 'targetConnections', 'id', ids);
  return found.filter((t) => ids.includes(t.id)).map(resource('target-connection'));
}

/** A base connection, its source connections and the flows using them, with their targets. */
async function underConnection(flow: FlowService, root: Resource): Promise<Discovered> {
  const sources = (await listAll(flow, 'sourceConnections', `baseConnectionId==${root.id}`)).filter(
    (s) => s.baseConnectionId === root.id,
  );
  const sourceConnections = sources.map(resource('source-connection'));
  const flows = await flowsNaming(flow, 'sourceConnectionIds', idsOf(sourceConnections));
  const targetConnections = await targetsOf(flow, flows);
  const byTarget = await flowsNaming(flow, 'targetConnectionIds', idsOf(targetConnections));
  return {
    root,
    flows,
    sourceConnections,
    targetConnections,
    referencingFlows: [...flows, ...byTarget],
  };
}

const NOTHING: Discovered = {
  root: undefined,
  flows: [],
  sourceConnections: [],
  targetConnections: [],
  referencingFlows: [],
};

/** One dataflow, its source and target connections, and every flow naming one of them. */
async function underDataflow(flow: FlowService, id: string): Promise<Discovered> {
  const found = await flow.find('flows', id);
  if (!found) return NOTHING;
  const dataflow = foundFlow(found);
  const sourceIds = unique(dataflow.sourceConnectionIds);
  const sources = (await listWhere(flow, 'sourceConnections', 'id', sourceIds)).filter((s) =>
    sourceIds.includes(s.id),
  );
  const sourceConnections = sources.map(resource('source-connection'));
  const targetConnections = await targetsOf(flow, [dataflow]);
  const bySource = await flowsNaming(flow, 'sourceConnectionIds', idsOf(sourceConnections));
  const byTarget = await flowsNaming(flow, 'targetConnectionIds', idsOf(targetConnections));
  return {
    root: resource('dataflow')(dataflow),
    flows: [dataflow],
    sourceConnections,
    targetConnections,
    referencingFlows: [...bySource, ...byTarget],
  };
}

async function baseConnection(
  flow: FlowService,
  target: Exclude<TeardownTarget, { by: 'dataflow-id' }>,
): Promise<Resource | undefined> {
  if (target.by === 'connection-id') {
    const found = await flow.find('connections', target.id);
    return found && resource('base-connection')(found);
  }
  const matches = await findByName(flow, target.name, target.specId);
  if (matches.length > 1) {
    throw new Error(
      `${matches.length} connections are named "${target.name}": ${matches.map((c) => c.id).join(', ')}. ` +
        'Nothing was deleted: give the one to delete as connection-id.',
    );
  }
  return matches[0] && resource('base-connection')(matches[0]);
}

/** How messages name what the inputs ask to delete. */
function describe(target: TeardownTarget): string {
  switch (target.by) {
    case 'connection-id':
      return `Base connection ${target.id}`;
    case 'name':
      return `A base connection named "${target.name}"`;
    case 'dataflow-id':
      return `Dataflow ${target.id}`;
  }
}

/** What the target takes with it, read through Flow Service's filters; nothing is deleted here. */
export async function discover(
  flow: FlowService,
  target: TeardownTarget,
): Promise<{ target: Target; found: Discovered }> {
  const described = describe(target);
  if (target.by === 'dataflow-id') {
    return { target: { kind: 'dataflow', described }, found: await underDataflow(flow, target.id) };
  }
  const root = await baseConnection(flow, target);
  return {
    target: { kind: 'base-connection', described, cascade: target.cascade },
    found: root ? await underConnection(flow, root) : NOTHING,
  };
}
