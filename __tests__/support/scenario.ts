import { DEMO, type RecordedRequest, type Simulator } from '../../simulator/index.js';
import { run } from '../../src/connection/main.js';
import { systemClock } from '../../src/platform/clock.js';
import { FakeClock, fakeRuntime } from './fake-runtime.js';

export const SPEC_ID = 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5';
export const BASE = '/data/foundation/flowservice';

/** The params the action sends for DEMO's OAuth2 Client Credential inputs: Salesforce is the simulator. */
export function demoOauthParams(sim: Simulator) {
  return {
    environmentUrl: sim.url,
    clientId: DEMO.salesforce.oauth.clientId,
    clientSecret: DEMO.salesforce.oauth.clientSecret,
    includeDeletedObjects: false,
  };
}

/** The inputs every action takes: the demo credentials, with the simulator as IMS and platform. */
export function adobeInputs(sim: Simulator): Record<string, string> {
  return {
    'client-id': DEMO.clientId,
    'client-secret': DEMO.clientSecret,
    'org-id': DEMO.orgId,
    'platform-url': sim.url,
    'ims-url': sim.url,
  };
}

export function demoInputs(
  sim: Simulator,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    ...adobeInputs(sim),
    name: 'Salesforce CRM',
    'salesforce-environment-url': sim.url,
    'salesforce-client-id': DEMO.salesforce.oauth.clientId,
    'salesforce-client-secret': DEMO.salesforce.oauth.clientSecret,
    ...extra,
  };
}

/** Runs the action in-process against the simulator, with instant (recorded) sleeps. */
export async function runStep(sim: Simulator, extra: Record<string, string> = {}) {
  const rt = fakeRuntime(demoInputs(sim, extra));
  await run(rt);
  return rt;
}

/** With instant sleeps on a clock that starts now: the simulator dates JWTs by real time. */
export async function runStepFromNow(sim: Simulator, extra: Record<string, string> = {}) {
  const rt = { ...fakeRuntime(demoInputs(sim, extra)), clock: new FakeClock(Date.now()) };
  await run(rt);
  return rt;
}

/** The request that created a connection, if one did. */
export const connectionPost = (sim: Simulator) =>
  sim.requests.find((r) => r.method === 'POST' && r.path === `${BASE}/connections`);

/** The same with the real clock, for tests about wall-clock bounds. */
export async function runStepInRealTime(sim: Simulator, extra: Record<string, string> = {}) {
  const rt = { ...fakeRuntime(demoInputs(sim, extra)), clock: systemClock };
  await run(rt);
  return rt;
}

/** Requests to Salesforce's login endpoints, as `METHOD /path`. */
export function salesforceCalls(sim: Simulator): string[] {
  return sim.requests
    .filter((r) => r.path.startsWith('/services/'))
    .map((r) => `${r.method} ${r.path}`);
}

const LOOKUP = 'GET /connections';
const SPEC_READ = /^GET \/connectionSpecs\//;

/**
 * The spec read leaves beside the first lookup attempt, on a connection of its own, so it may
 * arrive before that lookup or after its retries: listed right after it, as the action sends them.
 */
function specReadBesideLookup(calls: string[]): string[] {
  const read = calls.findIndex((call) => SPEC_READ.test(call));
  if (read < 0 || !calls.includes(LOOKUP)) return calls;
  const [spec] = calls.splice(read, 1);
  calls.splice(calls.indexOf(LOOKUP) + 1, 0, spec!);
  return calls;
}

/** Requests to Flow Service as `METHOD /relative/path`, in the order they arrived. */
export function flowCalls(sim: Simulator): string[] {
  return specReadBesideLookup(
    sim.requests
      .filter((r) => r.path.startsWith(BASE))
      .map((r) => `${r.method} ${r.path.slice(BASE.length)}`),
  );
}

const TRANSPORT_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding']);

/** A request as the action chose it: transport-level headers (host, length…) left out. */
export function sent(r: RecordedRequest) {
  const headers = Object.fromEntries(
    Object.entries(r.headers).filter(([name]) => !TRANSPORT_HEADERS.has(name)),
  );
  return { method: r.method, path: r.path, query: r.query, headers, body: r.body };
}
