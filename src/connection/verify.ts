import type { Log } from '../github/log.js';
import type { Clock } from '../github/runtime.js';
import type { Deadline } from '../platform/deadline.js';
import type { FlowService } from '../platform/flow-service/client.js';
import { findByName } from '../platform/flow-service/lookup.js';
import type { Connection } from '../platform/flow-service/schemas.js';
import type { Done } from './apply.js';
import type { IfExists } from './inputs.js';
import { oldestFirst, type ActionablePlan } from './plan.js';
import type { ConnectionIdentity } from './salesforce.js';
import { INITIALIZING, readSeen, settledState } from './state.js';

/** What settling and verifying take: the client, time, the log, the name to re-list, verify on. */
export interface Settler {
  flow: FlowService;
  log: Log;
  clock: Clock;
  deadline: Deadline;
  identity: Pick<ConnectionIdentity, 'name' | 'specId'>;
  verify: boolean;
  /** A tabular source lists its tables; any other takes Flow Service's connection test. */
  verifiedBy: 'explore' | 'test';
}

/** `objects`: how many the root lists, when verified by explore. */
type VerifyResult = { ok: true; objects?: number } | { ok: false; error: Error };

/** What became of the connection after the write (or the reuse). */
export interface Settled {
  state: string | undefined;
  /** As last read after the write, when it was read (a reuse may never read it). */
  connection?: Connection;
  /** None with verify off, or when the connection settled unusable. */
  verification?: VerifyResult;
  /** Why the connection cannot be used: it left initializing in another state than enabled. */
  unusable?: string;
}

async function check(
  flow: FlowService,
  id: string,
  by: Settler['verifiedBy'],
): Promise<VerifyResult> {
  try {
    if (by === 'explore') return { ok: true, objects: (await flow.explore(id)).length };
    if (await flow.test(id)) return { ok: true };
    const refused = `GET /connections/${id}/test answered result false: the source refused the credentials stored in the connection`;
    return { ok: false, error: new Error(refused) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * After a create, the connections of this name that appeared since the lookup besides the one this
 * run created (a concurrent run's), as a warning; a created connection not listed yet goes last.
 */
export function twinsWarning(
  name: string,
  createdId: string,
  relisted: Connection[],
  before: ReadonlySet<string>,
): string | undefined {
  const appeared = relisted.filter((c) => !before.has(c.id));
  if (!appeared.some((c) => c.id !== createdId)) return undefined;
  const { ordered, dated } = oldestFirst(appeared);
  const ids = ordered.map((c) => c.id);
  if (!ids.includes(createdId)) ids.push(createdId);
  return (
    `${ids.length} connections named "${name}" appeared since the lookup, ${dated ? 'oldest first' : 'in list order'}: ${ids.join(', ')}. ` +
    `This run created ${createdId}; another run may be creating the same connection. Keep one and delete the others.`
  );
}

/** Advice only: the created connection stands whatever the re-list finds or fails to find. */
async function lookForTwins(
  settler: Settler,
  createdId: string,
  existing: Connection[],
): Promise<void> {
  const { flow, identity, log } = settler;
  const { name, specId } = identity;
  try {
    const relisted = await findByName(flow, name, specId);
    const before = new Set(existing.map((c) => c.id));
    const warning = twinsWarning(name, createdId, relisted, before);
    if (warning) log.warning(warning);
  } catch (error) {
    log.warning(
      `Could not list "${name}" again to look for a twin created meanwhile: ${errorMessage(error)}`,
    );
  }
}

/** How many requests `settleAndVerify` sends side by side after `action`: a connection for each. */
export function sideBySide(action: ActionablePlan['action'], verify: boolean): number {
  const relist = action === 'create' ? 1 : 0;
  const stateRead = action === 'reuse' ? 0 : 1;
  return relist + stateRead + (verify ? 1 : 0);
}

/** Before the lookup: what `settleAndVerify` will send side by side whatever the lookup finds. */
export function sideBySideSurely(ifExists: IfExists, verify: boolean): number {
  if (ifExists === 'create') return sideBySide('create', verify);
  return ifExists === 'update' ? sideBySide('update', verify) : 1;
}

/**
 * State read, verification and, after a create, the re-list for a concurrent run's twin depend
 * only on the id, so they run side by side.
 */
export async function settleAndVerify(
  settler: Settler,
  done: Done,
  existing: Connection[],
): Promise<Settled> {
  const twins =
    done.outcome === 'created' ? lookForTwins(settler, done.ref.id, existing) : undefined;
  try {
    return await settleAndExplore(settler, done);
  } finally {
    await twins;
  }
}

async function settleAndExplore(settler: Settler, done: Done): Promise<Settled> {
  const { flow, verify, clock, deadline, log } = settler;
  const { id } = done.ref;
  const firstSeen = done.state ? { state: done.state } : readSeen(flow, id);
  const verifyNow = () => check(flow, id, settler.verifiedBy);
  const early = verify && done.state !== INITIALIZING ? verifyNow() : undefined;
  const [first, earlyResult] = await Promise.all([firstSeen, early]);
  const observed = first.state;
  const seen = await settledState(flow, id, first, { clock, deadline, log });
  const { state } = seen;
  const read = seen.connection ? { connection: seen.connection } : {};
  if (observed === INITIALIZING && state !== 'enabled') {
    return {
      state,
      ...read,
      unusable: `Connection ${id} left ${INITIALIZING} as ${state ?? 'an unknown state'}, not enabled`,
    };
  }
  if (state !== 'enabled') {
    log.warning(
      `Connection ${id} is ${state ?? 'in an unknown state'}: it was ${done.outcome} as it is; enable it in Experience Platform before dataflows use it.`,
    );
  }
  if (!verify) return { state, ...read };
  const verification = observed === INITIALIZING ? await verifyNow() : earlyResult;
  return verification ? { state, ...read, verification } : { state, ...read };
}
