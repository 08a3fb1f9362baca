import { ApiError } from '../platform/api-error.js';
import type { FlowService } from '../platform/flow-service/client.js';
import { findByName } from '../platform/flow-service/lookup.js';
import type {
  Connection,
  WriteRef,
  CreateConnectionBody,
} from '../platform/flow-service/schemas.js';
import { UnconfirmedWriteError } from '../platform/http.js';
import type { Log } from '../github/log.js';
import type { Outcome } from './outcome.js';
import { updatePatch, type ActionablePlan, type Desired, type Plan } from './plan.js';
import { createConnectionBody, type ConnectionIdentity } from './salesforce.js';

/** What a write needs: the client, the log, the connection's identity and what the inputs ask. */
export interface Writer {
  flow: FlowService;
  log: Log;
  identity: ConnectionIdentity;
  desired: Desired;
}

/** A connection that exists now, and how it came to. */
export interface Done {
  outcome: Extract<Outcome, 'created' | 'reused' | 'updated'>;
  ref: WriteRef;
  /** Known from the lookup for a reused connection; read afterwards otherwise. */
  state?: string;
}

/** A write Flow Service may have carried out unseen: say what to check by hand. */
async function orCheckByHand<T>(write: Promise<T>, check: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (!(error instanceof UnconfirmedWriteError)) throw error;
    throw new Error(`${error.message}: ${check} before running again.`, { cause: error });
  }
}

/**
 * POST is not idempotent: before re-sending after a failure that may have reached Flow Service,
 * or when its success cannot be read, look again, and take a connection that was not there before.
 */
function createConnection(
  flow: FlowService,
  body: CreateConnectionBody,
  target: Pick<ConnectionIdentity, 'name' | 'specId'>,
  sandbox: string,
  existingIds: ReadonlySet<string>,
  log: Log,
): Promise<WriteRef> {
  const created = flow.create('connections', body, async () => {
    log.info(`Looking "${target.name}" up again: the POST may have created it`);
    const fresh = (await findByName(flow, target.name, target.specId)).filter(
      (c) => !existingIds.has(c.id),
    );
    if (fresh.length > 1) {
      const ids = fresh.map((c) => c.id).join(', ');
      throw new Error(
        `While POST /connections was retried, ${fresh.length} new connections named "${target.name}" appeared (${ids}): another run may be creating it too. Keep one and delete the others.`,
      );
    }
    const [made] = fresh;
    if (made) log.info(`The POST did create connection ${made.id}; taking it`);
    return made && { id: made.id, etag: made.etag };
  });
  return orCheckByHand(created, `look for connection "${target.name}" in sandbox ${sandbox}`);
}

function patchOnce(
  flow: FlowService,
  id: string,
  etag: string,
  plan: Extract<Plan, { action: 'update' }>,
  sandbox: string,
  log: Log,
): Promise<WriteRef> {
  const patched = flow.patch('connections', id, etag, plan.patch, async () => {
    const current = await flow.get('connections', id);
    if (current.etag === etag) return undefined;
    log.info(`Connection ${id} has a new etag after the PATCH: the update took effect`);
    return { id, etag: current.etag };
  });
  return orCheckByHand(patched, `check connection ${id} in sandbox ${sandbox}`);
}

/** PATCH with If-Match; a 412 (changed meanwhile) re-reads the etag and tries once more. */
async function updateConnection(
  flow: FlowService,
  plan: Extract<Plan, { action: 'update' }>,
  desired: Desired,
  log: Log,
): Promise<WriteRef> {
  const { id, etag } = plan.connection;
  const sandbox = desired.sandboxName;
  try {
    return await patchOnce(flow, id, etag, plan, sandbox, log);
  } catch (error) {
    if (!(error instanceof ApiError && error.code === '1404-412')) throw error;
    log.info(
      `PATCH answered 412: connection ${id} changed meanwhile; re-reading it and trying once more`,
    );
    const current = await flow.get('connections', id);
    const retry = { ...plan, connection: current, patch: updatePatch(current, desired) };
    return patchOnce(flow, id, current.etag, retry, sandbox, log);
  }
}

/** Carries out the plan: the only place that writes to Flow Service. */
export async function applyPlan(
  writer: Writer,
  plan: ActionablePlan,
  existing: Connection[],
): Promise<Done> {
  const { flow, log, identity, desired } = writer;
  if (plan.action === 'reuse') {
    const { id, etag, state } = plan.connection;
    log.info(`Reusing connection ${id}`);
    return { outcome: 'reused', ref: { id, etag }, ...(state ? { state } : {}) } satisfies Done;
  }
  if (plan.action === 'update') {
    if (plan.authTypeChanged) {
      log.info(
        `Auth type changes from "${plan.connection.auth?.specName}" to "${desired.auth.specName}": replacing /auth as a whole`,
      );
    }
    const ref = await updateConnection(flow, plan, desired, log);
    log.info(`Updated connection ${ref.id}: credentials replaced, new etag ${ref.etag}`);
    return { outcome: 'updated', ref } satisfies Done;
  }
  const ids = new Set(existing.map((c) => c.id));
  const body = createConnectionBody(identity, desired.auth);
  const ref = await createConnection(flow, body, identity, desired.sandboxName, ids, log);
  log.info(`Created connection ${ref.id}`);
  return { outcome: 'created', ref } satisfies Done;
}
