import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeResource,
  planTeardown,
  type Discovered,
  type FoundFlow,
  type Resource,
  type Target,
} from '../../src/teardown/plan.js';

const base: Resource = { kind: 'base-connection', id: 'b', name: 'Salesforce' };
const source = (id: string): Resource => ({ kind: 'source-connection', id, name: `source ${id}` });
const target = (id: string): Resource => ({ kind: 'target-connection', id, name: `target ${id}` });

function flow(
  id: string,
  sources: string[],
  targets: string[],
  mappings: string[] = [],
): FoundFlow {
  return {
    id,
    name: `flow ${id}`,
    sourceConnectionIds: sources,
    targetConnectionIds: targets,
    mappingSetIds: mappings,
  };
}

const byConnection = (cascade: boolean): Target => ({
  kind: 'base-connection',
  described: 'Base connection b',
  cascade,
});
const byDataflow: Target = { kind: 'dataflow', described: 'Dataflow f1' };

const nothing: Discovered = {
  root: undefined,
  flows: [],
  sourceConnections: [],
  targetConnections: [],
  referencingFlows: [],
};

const steps = (plan: ReturnType<typeof planTeardown>) =>
  plan.action === 'delete' ? plan.steps.map((s) => `${s.kind} ${s.id}`) : plan;

describe('planTeardown', () => {
  it('deletes flows, then their target and source connections, then the base connection', () => {
    const f1 = flow('f1', ['s1'], ['t1'], ['m1']);
    const f2 = flow('f2', ['s1', 's2'], ['t1', 't2'], ['m1', 'm2']);
    const plan = planTeardown(
      byConnection(true),
      {
        root: base,
        flows: [f1, f2],
        sourceConnections: [source('s1'), source('s2')],
        targetConnections: [target('t1'), target('t2')],
        referencingFlows: [f1, f2],
      },
      true,
    );
    expect(steps(plan)).toEqual([
      'dataflow f1',
      'dataflow f2',
      'target-connection t1',
      'target-connection t2',
      'source-connection s1',
      'source-connection s2',
      'base-connection b',
    ]);
    expect(plan).toMatchObject({ keptMappingSetIds: ['m1', 'm2'] });
  });

  it('refuses, before any delete, a base connection that flows use without cascade', () => {
    const f1 = flow('f1', ['s1'], ['t1']);
    const plan = planTeardown(
      byConnection(false),
      { ...nothing, root: base, flows: [f1], sourceConnections: [source('s1')] },
      true,
    );
    expect(plan).toEqual({
      action: 'fail',
      reason:
        'Base connection b is used by 1 dataflow(s): f1 ("flow f1"). Nothing was deleted. ' +
        'cascade: true deletes them, with their source and target connections, before the connection.',
    });
  });

  it('without cascade, deletes a base connection no flow uses, with its source connections', () => {
    const found = { ...nothing, root: base, sourceConnections: [source('s1')] };
    expect(steps(planTeardown(byConnection(false), found, true))).toEqual([
      'source-connection s1',
      'base-connection b',
    ]);
  });

  it('keeps, for one dataflow, the connections another flow still names, and the base connection', () => {
    const f1 = flow('f1', ['s1'], ['t1', 't2'], ['m1']);
    const other = flow('f9', ['s1'], ['t2']);
    const plan = planTeardown(
      byDataflow,
      {
        root: { kind: 'dataflow', id: 'f1', name: 'flow f1' },
        flows: [f1],
        sourceConnections: [source('s1')],
        targetConnections: [target('t1'), target('t2')],
        referencingFlows: [f1, other],
      },
      true,
    );
    expect(steps(plan)).toEqual(['dataflow f1', 'target-connection t1']);
    expect(plan).toMatchObject({ keptMappingSetIds: ['m1'] });
  });

  it.each([
    [true, { action: 'absent' }],
    [false, { action: 'fail', reason: 'Dataflow f1 does not exist (missing-ok: false).' }],
  ])('with nothing found and missing-ok %s: %j', (missingOk, expected) => {
    expect(planTeardown(byDataflow, nothing, missingOk)).toEqual(expected);
  });
});

/** A sandbox: flows naming some of the sources and targets; sources 0..n belong to the base `b`. */
const sandbox = fc
  .record({
    sources: fc.integer({ min: 0, max: 5 }),
    ownSources: fc.integer({ min: 0, max: 5 }),
    targets: fc.integer({ min: 0, max: 5 }),
    flows: fc.array(
      fc.record({
        sources: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
        targets: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
        mapping: fc.integer({ min: 0, max: 2 }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ sources, ownSources, targets, flows }) => {
    const sourceIds = Array.from({ length: sources }, (_, i) => `s${i}`);
    const targetIds = Array.from({ length: targets }, (_, i) => `t${i}`);
    const all = flows.map((f, i) =>
      flow(
        `f${i}`,
        f.sources.filter((s) => s < sources).map((s) => `s${s}`),
        f.targets.filter((t) => t < targets).map((t) => `t${t}`),
        [`m${f.mapping}`],
      ),
    );
    return { own: sourceIds.slice(0, ownSources), sourceIds, targetIds, all };
  });

type Sandbox = typeof sandbox extends fc.Arbitrary<infer T> ? T : never;

/** What discovery would find for the base connection `b`, as the action's discovery reads it. */
function discoverBase(s: Sandbox): Discovered {
  const flows = s.all.filter((f) => f.sourceConnectionIds.some((id) => s.own.includes(id)));
  const targets = [...new Set(flows.flatMap((f) => f.targetConnectionIds))];
  return {
    root: base,
    flows,
    sourceConnections: s.own.map(source),
    targetConnections: targets.map(target),
    referencingFlows: s.all.filter(
      (f) =>
        f.sourceConnectionIds.some((id) => s.own.includes(id)) ||
        f.targetConnectionIds.some((id) => targets.includes(id)),
    ),
  };
}

/** Flow Service's refusals: 1447-400 for a connection a flow names, 1418-400 for a base one in use. */
function replay(s: Sandbox, deletes: Resource[]): string | undefined {
  const flows = new Map(s.all.map((f) => [f.id, f]));
  const gone = new Set<string>();
  for (const { kind, id } of deletes) {
    if (gone.has(id)) return `${id} deleted twice`;
    const live = [...flows.values()];
    if (kind === 'source-connection' && live.some((f) => f.sourceConnectionIds.includes(id)))
      return `1447-400 on ${id}`;
    if (kind === 'target-connection' && live.some((f) => f.targetConnectionIds.includes(id)))
      return `1447-400 on ${id}`;
    if (
      kind === 'base-connection' &&
      live.some((f) => f.sourceConnectionIds.some((x) => s.own.includes(x)))
    )
      return '1418-400 on b';
    gone.add(id);
    flows.delete(id);
  }
  return undefined;
}

describe('planTeardown properties', () => {
  it('with cascade: Flow Service accepts every delete in order, each resource once, the base last', () => {
    fc.assert(
      fc.property(sandbox, (s) => {
        const plan = planTeardown(byConnection(true), discoverBase(s), true);
        if (plan.action !== 'delete') return false;
        expect(replay(s, plan.steps)).toBeUndefined();
        expect(plan.steps.at(-1)).toEqual(base);
        const survivors = s.all.filter((f) => !plan.steps.some((d) => d.id === f.id));
        const named = new Set(
          survivors.flatMap((f) => [...f.sourceConnectionIds, ...f.targetConnectionIds]),
        );
        expect(plan.steps.filter((d) => named.has(d.id))).toEqual([]);
        return true;
      }),
    );
  });

  it('without cascade: refuses exactly when a flow uses the base connection, else deletes it last', () => {
    fc.assert(
      fc.property(sandbox, (s) => {
        const found = discoverBase(s);
        const plan = planTeardown(byConnection(false), found, true);
        if (found.flows.length > 0) return plan.action === 'fail';
        return (
          plan.action === 'delete' &&
          plan.steps.at(-1) === base &&
          replay(s, plan.steps) === undefined
        );
      }),
    );
  });

  it('one dataflow: deletes it first, never the base connection, nothing another flow names', () => {
    fc.assert(
      fc.property(sandbox, fc.nat(), (s, pick) => {
        fc.pre(s.all.length > 0);
        const chosen = s.all[pick % s.all.length]!;
        const found: Discovered = {
          root: { kind: 'dataflow', id: chosen.id, name: chosen.name },
          flows: [chosen],
          sourceConnections: chosen.sourceConnectionIds.map(source),
          targetConnections: chosen.targetConnectionIds.map(target),
          referencingFlows: s.all,
        };
        const plan = planTeardown(byDataflow, found, true);
        if (plan.action !== 'delete') return false;
        expect(plan.steps[0]?.id).toBe(chosen.id);
        expect(plan.steps.some((d) => d.kind === 'base-connection')).toBe(false);
        expect(replay(s, plan.steps)).toBeUndefined();
        return true;
      }),
    );
  });
});

describe('describeResource', () => {
  it('names a resource by kind and id, and by name when it has one', () => {
    const id = 'a1b2c3d4-0000-4000-8000-000000000001';
    expect(describeResource({ kind: 'dataflow', id, name: undefined })).toBe(`dataflow ${id}`);
    expect(describeResource({ kind: 'source-connection', id, name: 'Contacts' })).toBe(
      `source connection ${id} ("Contacts")`,
    );
  });
});
