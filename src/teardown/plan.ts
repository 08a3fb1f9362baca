import type { Collection } from '../platform/flow-service/schemas.js';

/** What the teardown deletes, in the order Flow Service accepts, with the collection it is in. */
export const KINDS = {
  dataflow: { collection: 'flows', label: 'dataflow' },
  'target-connection': { collection: 'targetConnections', label: 'target connection' },
  'source-connection': { collection: 'sourceConnections', label: 'source connection' },
  'base-connection': { collection: 'connections', label: 'base connection' },
} as const satisfies Record<string, { collection: Collection; label: string }>;

export type Kind = keyof typeof KINDS;

export interface Resource {
  kind: Kind;
  id: string;
  name: string | undefined;
}

/** `dataflow <id> ("<name>")`, as the log names a resource. */
export const describeResource = (r: Resource): string =>
  `${KINDS[r.kind].label} ${r.id}${r.name === undefined ? '' : ` ("${r.name}")`}`;

export interface FoundFlow {
  id: string;
  name: string;
  sourceConnectionIds: readonly string[];
  targetConnectionIds: readonly string[];
  /** The mapping sets its Mapping transformations name: Data Prep has no DELETE for them. */
  mappingSetIds: readonly string[];
}

/** What the teardown starts from: a base connection, or one dataflow. */
export type Target =
  | { kind: 'base-connection'; described: string; cascade: boolean }
  | { kind: 'dataflow'; described: string };

/**
 * What discovery found. `flows`: the flows the target takes with it (those using the base
 * connection, or the one dataflow); `sourceConnections` and `targetConnections`: the candidates
 * that go with them; `referencingFlows`: every flow naming one of those candidates.
 */
export interface Discovered {
  root: Resource | undefined;
  flows: readonly FoundFlow[];
  sourceConnections: readonly Resource[];
  targetConnections: readonly Resource[];
  referencingFlows: readonly FoundFlow[];
}

export type TeardownPlan =
  | { action: 'absent' }
  | { action: 'fail'; reason: string }
  | { action: 'delete'; steps: Resource[]; keptMappingSetIds: string[] };

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

function refusal(id: string, flows: readonly FoundFlow[]): string {
  const listed = flows.map((f) => `${f.id} ("${f.name}")`).join(', ');
  return (
    `Base connection ${id} is used by ${flows.length} dataflow(s): ${listed}. Nothing was deleted. ` +
    'cascade: true deletes them, with their source and target connections, before the connection.'
  );
}

/** Candidates that no flow outside `deleting` names, each once. */
function unreferenced(
  candidates: readonly Resource[],
  referencingFlows: readonly FoundFlow[],
  deleting: ReadonlySet<string>,
  named: (flow: FoundFlow) => readonly string[],
): Resource[] {
  const kept = new Set(referencingFlows.filter((f) => !deleting.has(f.id)).flatMap(named));
  const byId = new Map(candidates.filter((c) => !kept.has(c.id)).map((c) => [c.id, c]));
  return [...byId.values()];
}

/**
 * The deletes, children first: the flows, then the source and target connections no remaining flow
 * names, then the base connection. Without `cascade`, a base connection that flows use is refused
 * before anything is deleted. A target that is already gone is `absent` (or a failure without
 * `missing-ok`).
 */
export function planTeardown(target: Target, found: Discovered, missingOk: boolean): TeardownPlan {
  const { root } = found;
  if (!root) {
    if (missingOk) return { action: 'absent' };
    return { action: 'fail', reason: `${target.described} does not exist (missing-ok: false).` };
  }
  const flows = [...new Map(found.flows.map((f) => [f.id, f])).values()];
  if (target.kind === 'base-connection' && !target.cascade && flows.length > 0) {
    return { action: 'fail', reason: refusal(root.id, flows) };
  }
  const deleting = new Set(flows.map((f) => f.id));
  const { referencingFlows } = found;
  const steps: Resource[] = [
    ...flows.map((f): Resource => ({ kind: 'dataflow', id: f.id, name: f.name })),
    ...unreferenced(
      found.targetConnections,
      referencingFlows,
      deleting,
      (f) => f.targetConnectionIds,
    ),
    ...unreferenced(
      found.sourceConnections,
      referencingFlows,
      deleting,
      (f) => f.sourceConnectionIds,
    ),
    ...(root.kind === 'base-connection' ? [root] : []),
  ];
  return {
    action: 'delete',
    steps,
    keptMappingSetIds: unique(flows.flatMap((f) => f.mappingSetIds)),
  };
}
