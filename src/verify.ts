import { setOutputs } from './report.js';
import { INITIALIZING, settledState } from './state.js';
import type { Done, Step } from './step.js';

type VerifyResult = { ok: true; objects: number } | { ok: false; error: Error };

async function explore(step: Step, id: string): Promise<VerifyResult> {
  try {
    const objects = await step.flow.explore(id);
    return { ok: true, objects: objects.length };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** State read and verification depend only on the id, so they run side by side. */
export async function settleAndVerify(step: Step, done: Done): Promise<VerifyResult | undefined> {
  const { flow, config, rt, deadline, log } = step;
  const { id } = done.ref;
  const firstState = done.state ?? flow.getConnection(id).then((c) => c.state);
  const early = config.verify && done.state !== INITIALIZING ? explore(step, id) : undefined;
  const [observed, earlyResult] = await Promise.all([firstState, early]);
  const state = await settledState(flow, id, observed, rt.clock, deadline, log);
  step.report.state = state;
  setOutputs(rt.core, { state });
  if (observed === INITIALIZING && state !== 'enabled') {
    throw new Error(
      `Connection ${id} left ${INITIALIZING} as ${state ?? 'an unknown state'}, not enabled`,
    );
  }
  if (state !== 'enabled') {
    log.warning(
      `Connection ${id} is ${state ?? 'in an unknown state'}: it was ${done.outcome} as it is; enable it in Experience Platform before dataflows use it.`,
    );
  }
  if (!config.verify) return undefined;
  return observed === INITIALIZING ? explore(step, id) : earlyResult;
}
