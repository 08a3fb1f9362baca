import { FLOW_SERVICE_PATH } from './flow-service/client.js';
import type { Plan } from './plan.js';
import { setOutputs } from './report.js';
import { createConnectionBody } from './salesforce.js';
import type { Step } from './step.js';

function plannedRequest(step: Step, plan: Exclude<Plan, { action: 'fail' }>): string | undefined {
  const url = `${step.config.platformUrl}${FLOW_SERVICE_PATH}`;
  const json = (body: unknown) => step.redactor.scrub(JSON.stringify(body, null, 2));
  if (plan.action === 'create') {
    return `POST ${url}/connections\nContent-Type: application/json\n\n${json(createConnectionBody(step.config.connection, step.desired.auth))}`;
  }
  if (plan.action === 'update') {
    const { id, etag } = plan.connection;
    return `PATCH ${url}/connections/${id}\nIf-Match: ${etag}\nContent-Type: application/json\n\n${json(plan.patch)}`;
  }
  return undefined;
}

/** Plan only: outputs and summary say what a real run would do; nothing is written. */
export function dryRun(step: Step, plan: Exclude<Plan, { action: 'fail' }>): void {
  const outcome = `would-${plan.action}` as const;
  const existing = plan.action === 'create' ? undefined : plan.connection;
  step.log.info(`Dry run: ${outcome}${existing ? ` ${existing.id}` : ''}; nothing was changed`);
  setOutputs(step.rt.core, {
    'connection-id': existing?.id,
    etag: existing?.etag,
    outcome,
    state: existing?.state,
    'connection-spec-id': step.config.connection.specId,
  });
  Object.assign(step.report, {
    outcome,
    connectionId: existing?.id,
    state: existing?.state,
    verification: 'skipped (dry run)',
    plannedRequest: plannedRequest(step, plan) ?? 'none: the connection would be reused as it is',
  });
}
