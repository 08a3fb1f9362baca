import type { Simulator } from '../../simulator/index.js';
import { run } from '../../src/teardown/main.js';
import { actionDefaults } from '../unit/support/repo.js';
import { chain, created, flow, flowBody, type Chain } from '../unit/support/simulator-client.js';
import { fakeRuntime } from './fake-runtime.js';
import { adobeInputs, BASE } from './scenario.js';

const TEARDOWN_ACTION = 'teardown/action.yml';

/** The Adobe inputs of the demo credentials, against the simulator. */
export function teardownInputs(
  sim: Simulator,
  extra: Record<string, string> = {},
): Record<string, string> {
  return { ...adobeInputs(sim), ...extra };
}

/** Runs the teardown in-process, with teardown/action.yml's defaults and instant recorded sleeps. */
export async function runTeardown(sim: Simulator, extra: Record<string, string>) {
  const rt = fakeRuntime({ ...actionDefaults(TEARDOWN_ACTION), ...teardownInputs(sim, extra) });
  await run(rt);
  return rt;
}

export type Pipeline = Chain & { flowId: string };

/** A base connection with a source connection, a target connection, a mapping set and a flow. */
export async function pipeline(sim: Simulator): Promise<Pipeline> {
  const c = await chain(sim);
  const { id } = await created(flow(sim, 'POST', '/flows', flowBody(c)));
  return { ...c, flowId: id };
}

/** A second flow on the same source and target connections. */
export async function anotherFlow(sim: Simulator, c: Chain): Promise<string> {
  return (await created(flow(sim, 'POST', '/flows', flowBody(c, { name: 'Contacts again' })))).id;
}

/** Flow Service requests since `from`, as `METHOD /path?query` (query decoded), in order. */
export function requestsSince(sim: Simulator, from: number): string[] {
  return sim.requests
    .slice(from)
    .filter((r) => r.path.startsWith(BASE))
    .map((r) => {
      const query = Object.entries(r.query).flatMap(([k, vs]) => vs.map((v) => `${k}=${v}`));
      return `${r.method} ${r.path.slice(BASE.length)}${query.length ? `?${query.join('&')}` : ''}`;
    });
}
