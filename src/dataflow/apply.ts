import type { Log } from '../github/log.js';
import type { DataPrep, MappingSet, MappingSetBody } from '../platform/data-prep.js';
import type { FlowService } from '../platform/flow-service/client.js';
import { findNamed } from '../platform/flow-service/lookup.js';
import type { PatchOperation } from '../platform/flow-service/schemas.js';
import { flowBody, mappingSetBody, sourceBody, targetBody, type ChainIds } from './bodies.js';
import type { Context } from './discover.js';
import {
  chainNames,
  flowMapping,
  sameMappings,
  type ChainPlan,
  type Desired,
  type Flow,
  type Found,
  type Piece,
  type Step,
} from './plan.js';

export type PieceOutcome = 'created' | 'reused' | 'updated';

export interface Done {
  outcome: PieceOutcome;
  ids: ChainIds & { flow: string };
  pieces: Record<Piece, PieceOutcome>;
  state: string | undefined;
}

export interface Writer {
  flow: FlowService;
  dataPrep: DataPrep;
  log: Log;
  connectionId: string;
  context: Context;
  desired: Desired;
}

/** Exactly one item: after a write the lookup found nothing for, one is ours; more is not ours to pick. */
const theOne = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

type Build = Extract<ChainPlan, { action: 'build' }>;

function stepOf(plan: Build, piece: Piece): Step {
  const step = plan.steps.find((s) => s.piece === piece);
  if (!step) throw new Error(`The plan has no ${piece} step`);
  return step;
}

/** Creates what is missing, in order, each POST reconciled by looking its name up again. */
async function build(w: Writer, plan: Build, found: Found): Promise<Done> {
  const names = chainNames(w.desired.name);
  const { flow, dataPrep, log, connectionId, context, desired } = w;
  const pieces = {} as Record<Piece, PieceOutcome>;

  async function piece<T>(p: Piece, reuse: (id: string) => T, create: () => Promise<T>) {
    const step = stepOf(plan, p);
    if (step.action === 'reuse') {
      pieces[p] = 'reused';
      log.info(`Reusing ${step.name}: ${step.id}`);
      return reuse(step.id);
    }
    const made = await create();
    pieces[p] = 'created';
    return made;
  }

  const source = await piece(
    'source',
    (id) => id,
    async () => {
      const byBase = `baseConnectionId==${connectionId}`;
      const ref = await flow.create(
        'sourceConnections',
        sourceBody(names, connectionId, context, desired),
        async () =>
          theOne(
            await findNamed(
              flow,
              'sourceConnections',
              names.source,
              [byBase],
              (s) => s.baseConnectionId === connectionId,
            ),
          ),
      );
      log.info(`Created source connection ${names.source}: ${ref.id}`);
      return ref.id;
    },
  );
  const target = await piece(
    'target',
    (id) => id,
    async () => {
      const ref = await flow.create(
        'targetConnections',
        targetBody(names, context, desired),
        async () => theOne(await findNamed(flow, 'targetConnections', names.target, [])),
      );
      log.info(`Created target connection ${names.target}: ${ref.id}`);
      return ref.id;
    },
  );
  const reusedSet = (id: string): MappingSet | undefined => found.mapping.find((m) => m.id === id);
  const mapping = await piece(
    'mapping',
    (id) => ({ id, version: reusedSet(id)?.version ?? 0 }),
    async () => {
      const ref = await dataPrep.create(mappingSetBody(names, context, desired), async () =>
        theOne(await dataPrep.findByName(names.mapping)),
      );
      log.info(`Created mapping set ${names.mapping}: ${ref.id} version ${ref.version}`);
      return ref;
    },
  );
  const ids = { source, target, mapping: mapping.id, mappingVersion: mapping.version };
  const created = await flow.create('flows', flowBody(names, context, desired, ids), async () =>
    theOne(await findNamed(flow, 'flows', names.flow, [])),
  );
  pieces.flow = 'created';
  log.info(`Created dataflow ${names.flow}: ${created.id}`);
  const { state } = await flow.get('flows', created.id);
  return { outcome: 'created', ids: { ...ids, flow: created.id }, pieces, state };
}

/** The ids an existing flow uses, as it stores them. */
function flowIds(flow: Flow): ChainIds & { flow: string } {
  const { mappingId, mappingVersion } = flowMapping(flow);
  return {
    source: flow.sourceConnectionIds[0] ?? '',
    target: flow.targetConnectionIds[0] ?? '',
    mapping: String(mappingId),
    mappingVersion: Number(mappingVersion),
    flow: flow.id,
  };
}

const REUSED: Record<Piece, PieceOutcome> = {
  source: 'reused',
  target: 'reused',
  mapping: 'reused',
  flow: 'reused',
};

/** Schedule and mapping: the parts of a flow Flow Service lets a PATCH change. */
export function flowPatch(flow: Flow, desired: Desired, drift: string[], mappingVersion: number) {
  const ops: PatchOperation[] = [];
  for (const field of ['frequency', 'interval', 'backfill'] as const) {
    if (!drift.includes(field)) continue;
    const path = `/scheduleParams/${field}`;
    const value = desired.schedule[field];
    // Once takes neither interval nor backfill: a stored one must go, or Flow Service refuses.
    if (value === undefined) ops.push({ op: 'remove', path });
    else if (flow.scheduleParams?.[field] === undefined) ops.push({ op: 'add', path, value });
    else ops.push({ op: 'replace', path, value });
  }
  const at = (name: string) => flow.transformations?.findIndex((t) => t.name === name) ?? -1;
  if (drift.includes('delta-column') && at('Copy') >= 0)
    ops.push({
      op: 'replace',
      path: `/transformations/${at('Copy')}/params/deltaColumn`,
      value: { name: desired.deltaColumn },
    });
  if (flowMapping(flow).mappingVersion !== mappingVersion && at('Mapping') >= 0)
    ops.push({
      op: 'replace',
      path: `/transformations/${at('Mapping')}/params/mappingVersion`,
      value: mappingVersion,
    });
  return ops;
}

export type Existing = Extract<ChainPlan, { action: 'update' }>;

/**
 * The flow's mapping set when the mapping drifted, with the body of its new version when the
 * mappings themselves differ (otherwise only the flow's mapping version is behind).
 */
export function mappingUpdate(
  plan: Existing,
  found: Found,
  w: Pick<Writer, 'context' | 'desired'>,
): { set: MappingSet; body?: MappingSetBody } | undefined {
  const set = found.mapping.find((m) => m.id === flowIds(plan.flow).mapping);
  if (!set || !plan.drift.includes('mapping')) return undefined;
  const body = mappingSetBody(chainNames(w.desired.name), w.context, w.desired);
  return sameMappings(set.mappings, body.mappings) ? { set } : { set, body };
}

/** A new mapping version when the mappings changed, then one PATCH of the flow with If-Match. */
async function update(w: Writer, plan: Existing, found: Found): Promise<Done> {
  const ids = flowIds(plan.flow);
  const names = chainNames(w.desired.name);
  const pieces = { ...REUSED };
  let { mappingVersion } = ids;
  const change = mappingUpdate(plan, found, w);
  if (change?.body) {
    const { set } = change;
    const newer = async () =>
      (await w.dataPrep.findByName(names.mapping)).find(
        (m) => m.id === set.id && m.version > set.version,
      );
    mappingVersion = (await w.dataPrep.newVersion(set.id, change.body, newer)).version;
    pieces.mapping = 'updated';
  } else if (change) mappingVersion = change.set.version;
  const ops = flowPatch(plan.flow, w.desired, plan.drift, mappingVersion);
  if (ops.length === 0) return { outcome: 'reused', ids, pieces, state: plan.flow.state };
  const { id, etag } = plan.flow;
  // A flow whose etag moved since the lookup took the PATCH: nothing else writes it mid-step.
  const patched = async () => {
    const now = await w.flow.get('flows', id);
    return now.etag === etag ? undefined : { id, etag: now.etag };
  };
  await w.flow.patch('flows', id, etag, ops, patched);
  w.log.info(`Updated dataflow ${plan.flow.name}: ${ops.map((o) => o.path).join(', ')}`);
  pieces.flow = 'updated';
  return {
    outcome: 'updated',
    ids: { ...ids, mappingVersion },
    pieces,
    state: plan.flow.state,
  };
}

export function applyChain(
  w: Writer,
  plan: Exclude<ChainPlan, { action: 'fail' }>,
  found: Found,
): Promise<Done> {
  if (plan.action === 'build') return build(w, plan, found);
  if (plan.action === 'update') return update(w, plan, found);
  return Promise.resolve({
    outcome: 'reused',
    ids: flowIds(plan.flow),
    pieces: { ...REUSED },
    state: plan.flow.state,
  });
}
