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
  /** Each piece as soon as it exists, so a step that stops after it still names it. */
  reached: (piece: Piece, id: string, outcome: PieceOutcome) => void;
}

/** Exactly one item: after a write the lookup found nothing for, one is ours; more is not ours to pick. */
const theOne = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

type Build = Extract<ChainPlan, { action: 'build' }>;

function stepOf(plan: Build, piece: Piece): Step {
  const step = plan.steps.find((s) => s.piece === piece);
  if (!step) throw new Error(`The plan has no ${piece} step`);
  return step;
}

type Version = Pick<MappingSet, 'id' | 'version'>;

/** `PUT` of the inputs' mappings as the set's next version, reconciled by the version it left. */
async function newMappingVersion(w: Writer, set: MappingSet): Promise<Version> {
  const names = chainNames(w.desired.name);
  const newer = async () =>
    (await w.dataPrep.findByName(names.mapping)).find(
      (m) => m.id === set.id && m.version > set.version,
    );
  return w.dataPrep.newVersion(set.id, mappingSetBody(names, w.context, w.desired), newer);
}

/** Creates what is missing, in order, each POST reconciled by looking its name up again. */
async function build(w: Writer, plan: Build, found: Found): Promise<Done> {
  const names = chainNames(w.desired.name);
  const { flow, dataPrep, log, connectionId, context, desired } = w;
  const pieces = {} as Record<Piece, PieceOutcome>;

  function reached(p: Piece, id: string, outcome: PieceOutcome) {
    pieces[p] = outcome;
    w.reached(p, id, outcome);
  }

  async function connection(p: 'source' | 'target', create: () => Promise<string>) {
    const step = stepOf(plan, p);
    if (step.action === 'create') {
      const id = await create();
      log.info(`Created ${p} connection ${step.name}: ${id}`);
      reached(p, id, 'created');
      return id;
    }
    log.info(`Reusing ${step.name}: ${step.id}`);
    reached(p, step.id, 'reused');
    return step.id;
  }

  async function mappingSet(): Promise<Version> {
    const step = stepOf(plan, 'mapping');
    if (step.action === 'create') {
      const ref = await dataPrep.create(mappingSetBody(names, context, desired), async () =>
        theOne(await dataPrep.findByName(names.mapping)),
      );
      log.info(`Created mapping set ${names.mapping}: ${ref.id} version ${ref.version}`);
      reached('mapping', ref.id, 'created');
      return ref;
    }
    const set = found.mapping.find((m) => m.id === step.id);
    if (!set)
      throw new Error(`The plan names mapping set ${step.id}, which the lookup did not find`);
    if (step.action === 'reuse') {
      log.info(`Reusing ${step.name}: ${set.id} version ${set.version}`);
      reached('mapping', set.id, 'reused');
      return set;
    }
    // A run stopped before the flow POST left it holding the mappings it was given then.
    const ref = await newMappingVersion(w, set);
    log.info(
      `Updated mapping set ${names.mapping} to the mapping file: ${ref.id} version ${ref.version}`,
    );
    reached('mapping', ref.id, 'updated');
    return ref;
  }

  const source = await connection('source', async () => {
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
    return ref.id;
  });
  const target = await connection('target', async () => {
    const ref = await flow.create(
      'targetConnections',
      targetBody(names, context, desired),
      async () => theOne(await findNamed(flow, 'targetConnections', names.target, [])),
    );
    return ref.id;
  });
  const mapping = await mappingSet();
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
  const pieces = { ...REUSED };
  let { mappingVersion } = ids;
  const change = mappingUpdate(plan, found, w);
  if (change?.body) {
    mappingVersion = (await newMappingVersion(w, change.set)).version;
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
