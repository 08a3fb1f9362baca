import type { Log } from '../github/log.js';
import type { Clock } from '../github/runtime.js';
import type { Deadline } from '../platform/deadline.js';
import type { FlowService } from '../platform/flow-service/client.js';
import type { Item } from '../platform/flow-service/schemas.js';

export type Run = Item<'runs'>;

/** Between two reads of the flow's runs: a CRM run takes minutes, never milliseconds. */
const POLL_MS = 10_000;

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
  w: { flow: FlowService; log: Log; clock: Clock; deadline: Deadline },
  flowId: string,
): Promise<Run> {
  for (;;) {
    const run = firstRun(await listRuns(w.flow, flowId));
    const status = run ? runStatus(run) : 'not started';
    if (run && ENDED.has(status)) return run;
    w.log.info(`First run of dataflow ${flowId}: ${status}`);
    if (w.deadline.remainingMs() <= POLL_MS)
      throw w.deadline.expired(`the first run of dataflow ${flowId}`);
    await w.clock.sleep(POLL_MS);
  }
}

/** A failed run's error codes and messages, one a line. */
export function runFailure(run: Run): string {
  const errors = run.metrics?.statusSummary?.errors ?? [];
  const lines = errors.map((e) => `- ${e.code}: ${e.message}`);
  return [`The first run ${run.id} of the dataflow failed:`, ...lines].join('\n');
}
