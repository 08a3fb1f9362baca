import type { FlowService } from '../platform/flow-service/client.js';
import type { Item } from '../platform/flow-service/schemas.js';
import { pollUntil, type Waiting } from '../platform/poll.js';

export type Run = Item<'runs'>;

const ENDED = new Set(['success', 'failed', 'cancelled']);

export const runStatus = (run: Run): string => run.metrics?.statusSummary?.status ?? 'unknown';

/** The flow's first run: the oldest when Flow Service dates them, else the first listed. */
function firstRun(runs: Run[]): Run | undefined {
  return [...runs].sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0))[0];
}

async function listRuns(flow: FlowService, flowId: string): Promise<Run[]> {
  const runs: Run[] = [];
  for await (const page of flow.list('runs', [`flowId==${flowId}`])) runs.push(...page);
  return runs.filter((run) => run.flowId === flowId);
}

/** Reads the flow's runs until the first one ends, within the step's deadline. */
export async function waitForFirstRun(
  w: Waiting & { flow: FlowService },
  flowId: string,
): Promise<Run> {
  const read = async () => firstRun(await listRuns(w.flow, flowId));
  return pollUntil(
    await read(),
    {
      waitingFor: `the first run of dataflow ${flowId}`,
      done: (run): run is Run => run !== undefined && ENDED.has(runStatus(run)),
      describe: (run) => `First run of dataflow ${flowId}: ${run ? runStatus(run) : 'not started'}`,
      read,
    },
    w,
  );
}

/** A failed run's error codes and messages, one a line. */
export function runFailure(run: Run): string {
  const errors = run.metrics?.statusSummary?.errors ?? [];
  const lines = errors.map((e) => `- ${e.code}: ${e.message}`);
  return [`The first run ${run.id} of the dataflow failed:`, ...lines].join('\n');
}
