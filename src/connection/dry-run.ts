import { FLOW_SERVICE_PATH } from '../platform/flow-service/client.js';
import type { Connection } from '../platform/flow-service/schemas.js';
import type { Plan } from './plan.js';
import type { Outcome } from './report.js';
import { createConnectionBody } from './salesforce.js';
import type { Step } from './step.js';

export interface DryRunResult {
  outcome: Extract<Outcome, `would-${string}`>;
  /** The connection a real run would reuse or update; none for a create. */
  connection: Connection | undefined;
  /** The write a real run would send, secrets masked. */
  plannedRequest: string;
}

function plannedRequest(step: Step, plan: Exclude<Plan, { action: 'fail' }>): string {
  const url = `${step.config.platformUrl}${FLOW_SERVICE_PATH}`;
  const json = (body: unknown) => step.redactor.scrub(JSON.stringify(body, null, 2));
  if (plan.action === 'create') {
    return `POST ${url}/connections\nContent-Type: application/json\n\n${json(createConnectionBody(step.config.connection, step.desired.auth))}`;
  }
  if (plan.action === 'update') {
    const { id, etag } = plan.connection;
    return `PATCH ${url}/connections/${id}\nIf-Match: ${etag}\nContent-Type: application/json\n\n${json(plan.patch)}`;
  }
  return 'none: the connection would be reused as it is';
}

/** Plan only: what a real run would do; nothing is written (the result line says so). */
export function dryRun(step: Step, plan: Exclude<Plan, { action: 'fail' }>): DryRunResult {
  const connection = plan.action === 'create' ? undefined : plan.connection;
  return {
    outcome: `would-${plan.action}`,
    connection,
    plannedRequest: plannedRequest(step, plan),
  };
}
