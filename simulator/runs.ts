import { randomUUID } from 'node:crypto';
import type { FlowCall } from './connections.js';
import type { DataflowConfig } from './dataflow-config.js';
import type { RunStatus, StoredFlow, StoredRun } from './dataflow-types.js';
import { notFound } from './errors.js';
import type { Scope } from './gateway.js';
import type { Reply } from './http.js';
import { type FilterFields, pageOf } from './listing.js';
import { inScope, newEtag } from './store.js';

type RunScript = DataflowConfig['run'];

const NO_RECORDS = { inputRecordCount: 0, outputRecordCount: 0, failedRecordCount: 0 };

/** A run is `scheduled` on its first read, `inProgress` until its script's reads are done, then ends. */
function statusAfter(reads: number, script: RunScript): RunStatus {
  if (reads >= script.readsBeforeEnd) return script.outcome;
  return reads === 0 ? 'scheduled' : 'inProgress';
}

/** The flows' runs, each progressing with every read of it. */
export class RunStore {
  readonly #runs: StoredRun[] = [];

  constructor(private readonly script: RunScript) {}

  start(flow: StoredFlow): void {
    const { flowSpec, sandboxName, imsOrgId } = flow;
    this.#runs.push({
      id: randomUUID(),
      flowId: flow.id,
      flowSpec,
      sandboxName,
      imsOrgId,
      createdAt: Date.now(),
      etag: newEtag(),
      reads: 0,
    });
  }

  find(scope: Scope, id: string): StoredRun | undefined {
    return this.#runs.find((run) => run.id === id && inScope(run, scope));
  }

  list(scope: Scope): StoredRun[] {
    return this.#runs.filter((run) => inScope(run, scope));
  }

  /** Answers a run as this read sees it, then counts the read. */
  read(run: StoredRun): unknown {
    const status = statusAfter(run.reads, this.script);
    run.reads += 1;
    const ended = status === 'success' || status === 'failed';
    const { id, flowId, flowSpec, sandboxName, imsOrgId, createdAt, etag } = run;
    return {
      id,
      flowId,
      flowSpec: { ...flowSpec },
      sandboxName,
      imsOrgId,
      createdAt,
      updatedAt: Date.now(),
      etag,
      metrics: {
        durationSummary: {
          startedAtUTC: createdAt,
          ...(ended ? { completedAtUTC: Date.now() } : {}),
        },
        recordSummary: ended ? { ...this.script.records } : { ...NO_RECORDS },
        statusSummary: {
          status,
          ...(status === 'failed' ? { errors: structuredClone(this.script.errors) } : {}),
        },
      },
    };
  }

  statuses(): { id: string; flowId: string; status: RunStatus }[] {
    return this.#runs.map(({ id, flowId, reads }) => ({
      id,
      flowId,
      status: statusAfter(reads, this.script),
    }));
  }

  clear(): void {
    this.#runs.length = 0;
  }
}

const RUN_FIELDS: FilterFields<StoredRun> = { flowId: (run) => run.flowId, id: (run) => run.id };

export function listRuns(call: FlowCall): Reply {
  const { runs } = call.dataflows;
  const runsInScope = runs.list(call.caller.scope);
  const page = pageOf(call.request.query, call.config.pageSize, '/runs', runsInScope, RUN_FIELDS);
  return { status: 200, body: { ...page, items: page.items.map((run) => runs.read(run)) } };
}

export function readRun(call: FlowCall, id: string): Reply {
  const run = call.dataflows.runs.find(call.caller.scope, id);
  if (run === undefined) throw notFound(`Run ${id}`);
  return { status: 200, body: { items: [call.dataflows.runs.read(run)] } };
}
