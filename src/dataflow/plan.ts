import type { Mapping, MappingSet } from '../platform/data-prep.js';
import type { Column, Item, Schedule } from '../platform/flow-service/schemas.js';

type SourceConnection = Item<'sourceConnections'>;
type TargetConnection = Item<'targetConnections'>;
export type Flow = Item<'flows'>;

/** The chain's pieces in the order they are created: each needs the ones before it. */
export const PIECES = ['source', 'target', 'mapping', 'flow'] as const;
export type Piece = (typeof PIECES)[number];

/** What the inputs ask for, once explore, the flow spec and Catalog have answered. */
export interface Desired {
  name: string;
  object: string;
  columns: Column[];
  datasetId: string;
  deltaColumn: string;
  schedule: Schedule;
  mappings: Mapping[];
}

/** What the lookups by derived name found. */
export interface Found {
  source: SourceConnection[];
  target: TargetConnection[];
  mapping: MappingSet[];
  flow: Flow[];
}

export type Names = Record<Piece, string>;

/** The dataflow's name is its idempotency key; its pieces are named after it. */
export const chainNames = (name: string): Names => ({
  source: `${name} source`,
  target: `${name} target`,
  mapping: `${name} mapping`,
  flow: name,
});

/** Parts of a flow that Adobe says not to change in place: a new trio replaces the old one. */
const IMMUTABLE = ['object', 'columns', 'dataset'] as const;

/** `update` is a mapping set's new version: the only piece Adobe lets change in place. */
export type Step = { piece: Piece; name: string } & (
  { action: 'create' } | { action: 'reuse'; id: string } | { action: 'update'; id: string }
);

export type ChainPlan =
  | { action: 'fail'; reason: string }
  | { action: 'build'; steps: Step[] }
  | { action: 'reuse'; flow: Flow; steps: Step[]; drift: string[] }
  | { action: 'update'; flow: Flow; steps: Step[]; drift: string[] };

const sameList = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);

const mappingKey = (m: { sourceType: string; source: string; destination: string }) => ({
  sourceType: m.sourceType,
  source: m.source,
  destination: m.destination,
});

type MappingLike = { sourceType: string; source: string; destination: string };

export const sameMappings = (a: MappingLike[], b: MappingLike[]) =>
  sameList(a.map(mappingKey), b.map(mappingKey));

/** The flow's Mapping transformation, as Flow Service stores it. */
export function flowMapping(flow: Flow): { mappingId?: unknown; mappingVersion?: unknown } {
  return flow.transformations?.find((t) => t.name === 'Mapping')?.params ?? {};
}

function flowDeltaColumn(flow: Flow): unknown {
  const params = flow.transformations?.find((t) => t.name === 'Copy')?.params;
  const deltaColumn = params?.['deltaColumn'] as { name?: unknown } | undefined;
  return deltaColumn?.name;
}

/**
 * Input names of what differs between the inputs and the existing chain, in input order. Only the
 * pieces the flow itself uses are compared; the start time never is (its default is "now").
 */
export function chainDrift(flow: Flow, found: Found, desired: Desired): string[] {
  const source = found.source.find((s) => flow.sourceConnectionIds.includes(s.id));
  const target = found.target.find((t) => flow.targetConnectionIds.includes(t.id));
  const mapping = found.mapping.find((m) => m.id === flowMapping(flow).mappingId);
  const schedule = flow.scheduleParams;
  const want = desired.schedule;
  const differs: Record<string, boolean> = {
    object: source !== undefined && source.params?.tableName !== desired.object,
    columns:
      source !== undefined &&
      !sameList(
        (source.params?.columns ?? []).map((c) => c.name),
        desired.columns.map((c) => c.name),
      ),
    dataset: target !== undefined && target.params?.dataSetId !== desired.datasetId,
    mapping:
      mapping === undefined ||
      !sameMappings(mapping.mappings, desired.mappings) ||
      flowMapping(flow).mappingVersion !== mapping.version,
    'delta-column': flowDeltaColumn(flow) !== desired.deltaColumn,
    frequency: schedule?.frequency !== want.frequency,
    interval: schedule?.interval !== want.interval,
    backfill: schedule?.backfill !== want.backfill,
  };
  return Object.keys(differs).filter((name) => differs[name]);
}

function twins(found: Found, names: Names): string | undefined {
  const piece = PIECES.find((p) => found[p].length > 1);
  if (piece === undefined) return undefined;
  const ids = found[piece].map((item) => item.id).join(', ');
  return `${found[piece].length} ${piece === 'flow' ? 'dataflows' : `${piece}s`} are named "${names[piece]}": ${ids}. Only you can tell which one is right: delete the others (the teardown action does this for a dataflow and its pieces), then run again.`;
}

const listed = (columns: Column[]) => columns.map((c) => c.name).join(', ');

/**
 * A connection left by a run stopped before the flow POST that the inputs no longer describe.
 * Adobe does not let a connection change, and building on it would read or write the wrong data.
 */
function staleConnection(found: Found, desired: Desired, names: Names): string | undefined {
  const way = `Adobe does not let a connection change: use a new name, or delete it (the teardown action deletes a dataflow's pieces by its name) and run again.`;
  const [source] = found.source;
  if (source) {
    const object = source.params?.tableName;
    const columns = source.params?.columns ?? [];
    const differs = [
      ...(object === desired.object
        ? []
        : [`object ${String(object)} where the inputs ask for ${desired.object}`]),
      ...(sameList(
        columns.map((c) => c.name),
        desired.columns.map((c) => c.name),
      )
        ? []
        : [`columns ${listed(columns)} where the inputs ask for ${listed(desired.columns)}`]),
    ];
    if (differs.length > 0)
      return `Source connection "${names.source}" (${source.id}), left by an earlier run, reads ${differs.join(', and ')}. ${way}`;
  }
  const [target] = found.target;
  const dataset = target?.params?.dataSetId;
  if (target && dataset !== desired.datasetId)
    return `Target connection "${names.target}" (${target.id}), left by an earlier run, writes dataset ${String(dataset)} where the inputs ask for ${desired.datasetId}. ${way}`;
  return undefined;
}

/** The pieces an existing flow uses: its own references, whatever their names. */
function stepsOf(flow: Flow, names: Names): Step[] {
  const ids: Record<Piece, unknown> = {
    source: flow.sourceConnectionIds[0],
    target: flow.targetConnectionIds[0],
    mapping: flowMapping(flow).mappingId,
    flow: flow.id,
  };
  return PIECES.map((piece) => ({
    piece,
    name: names[piece],
    action: 'reuse',
    id: String(ids[piece]),
  }));
}

/** What to do, given what exists: the whole decision, with no I/O. */
export function planChain(
  ifExists: 'reuse' | 'update' | 'fail',
  found: Found,
  desired: Desired,
): ChainPlan {
  const names = chainNames(desired.name);
  const twinsReason = twins(found, names);
  if (twinsReason) return { action: 'fail', reason: twinsReason };
  const [flow] = found.flow;
  if (!flow) {
    const stale = staleConnection(found, desired, names);
    if (stale) return { action: 'fail', reason: stale };
    const [set] = found.mapping;
    const newVersion = set !== undefined && !sameMappings(set.mappings, desired.mappings);
    const steps = PIECES.map((piece): Step => {
      const [existing] = piece === 'flow' ? [] : found[piece];
      if (!existing) return { piece, name: names[piece], action: 'create' };
      const action = piece === 'mapping' && newVersion ? 'update' : 'reuse';
      return { piece, name: names[piece], action, id: existing.id };
    });
    return { action: 'build', steps };
  }
  if (ifExists === 'fail')
    return {
      action: 'fail',
      reason: `A dataflow named "${desired.name}" already exists (${flow.id}) and if-exists is fail.`,
    };
  const drift = chainDrift(flow, found, desired);
  const immutable = IMMUTABLE.filter((part) => drift.includes(part));
  if (ifExists === 'update' && immutable.length > 0)
    return {
      action: 'fail',
      reason: `Dataflow "${desired.name}" (${flow.id}) reads another ${immutable.join(', ')} than the inputs ask for, and Adobe does not let a flow's source or target connection change: use a new name (and the teardown action for the old dataflow).`,
    };
  const steps = stepsOf(flow, names);
  // An update with nothing to change writes nothing: a reuse, dry run or not.
  const action = drift.length === 0 ? 'reuse' : ifExists;
  return { action, flow, steps, drift };
}
