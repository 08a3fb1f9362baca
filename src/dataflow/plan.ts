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

export type Step = { piece: Piece; name: string } & (
  { action: 'create' } | { action: 'reuse'; id: string }
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
    const steps = PIECES.map((piece): Step => {
      const [existing] = piece === 'flow' ? [] : found[piece];
      return existing
        ? { piece, name: names[piece], action: 'reuse', id: existing.id }
        : { piece, name: names[piece], action: 'create' };
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
