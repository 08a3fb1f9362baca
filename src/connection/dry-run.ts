import type { ConnectionAuth, Connection } from '../platform/flow-service/schemas.js';
import { FLOW_SERVICE_PATH } from '../platform/flow-service/client.js';
import type { Outcome } from './outcome.js';
import type { ActionablePlan } from './plan.js';
import { createConnectionBody, type ConnectionIdentity } from './salesforce.js';

/** What describing the write takes: where it would go, what it would send, and the scrubber. */
export interface DryRunContext {
  platformUrl: string;
  identity: ConnectionIdentity;
  auth: ConnectionAuth;
  scrub(text: string): string;
}

export interface DryRunResult {
  outcome: Extract<Outcome, `would-${string}`>;
  /** The connection a real run would reuse or update; none for a create. */
  connection: Connection | undefined;
  /** The write a real run would send, secrets masked. */
  plannedRequest: string;
}

function plannedRequest(context: DryRunContext, plan: ActionablePlan): string {
  const url = `${context.platformUrl}${FLOW_SERVICE_PATH}`;
  const json = (body: unknown) => context.scrub(JSON.stringify(body, null, 2));
  if (plan.action === 'create') {
    return `POST ${url}/connections\nContent-Type: application/json\n\n${json(createConnectionBody(context.identity, context.auth))}`;
  }
  if (plan.action === 'update') {
    const { id, etag } = plan.connection;
    return `PATCH ${url}/connections/${id}\nIf-Match: ${etag}\nContent-Type: application/json\n\n${json(plan.patch)}`;
  }
  return 'none: the connection would be reused as it is';
}

/** Plan only: what a real run would do; nothing is written (the result line says so). */
export function dryRun(context: DryRunContext, plan: ActionablePlan): DryRunResult {
  const connection = plan.action === 'create' ? undefined : plan.connection;
  return {
    outcome: `would-${plan.action}`,
    connection,
    plannedRequest: plannedRequest(context, plan),
  };
}
