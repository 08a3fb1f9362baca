import { createConnection, updateConnection } from './apply.js';
import { Deadline } from './deadline.js';
import { FLOW_SERVICE_PATH, flowServiceClient, type FlowService } from './flow-service/client.js';
import { findByName } from './flow-service/lookup.js';
import type { Connection, ConnectionRef, CreateConnectionBody } from './flow-service/schemas.js';
import { createHttp } from './http.js';
import { tokenSource } from './ims.js';
import { parseInputs, readRawInputs, SECRET_INPUTS, type Config } from './inputs.js';
import { createLog, type Log } from './log.js';
import { planConnection, type Desired, type Plan } from './plan.js';
import { Redactor } from './redact.js';
import { setOutputs, summaryMarkdown, type Outcome, type Report } from './report.js';
import type { Runtime } from './runtime.js';
import { salesforceAuth } from './salesforce.js';
import { INITIALIZING, settledState } from './state.js';

interface Step {
  rt: Runtime;
  config: Config;
  log: Log;
  redactor: Redactor;
  deadline: Deadline;
  flow: FlowService;
  desired: Desired;
  report: Report;
}

interface Done {
  outcome: Extract<Outcome, 'created' | 'reused' | 'updated'>;
  ref: ConnectionRef;
  /** Known from the lookup for a reused connection; read afterwards otherwise. */
  state?: string;
}

type VerifyResult = { ok: true; objects: number } | { ok: false; error: Error };

const BASIC_DEPRECATED =
  'salesforce-auth-type basic (Basic Authentication) was deprecated by Adobe in January 2026: ' +
  'move to oauth2-client-credential (salesforce-client-id and salesforce-client-secret).';

function createBody(step: Step): CreateConnectionBody {
  const { connection } = step.config;
  return {
    name: connection.name,
    ...(connection.description !== undefined ? { description: connection.description } : {}),
    auth: step.desired.auth,
    connectionSpec: { id: connection.specId, version: connection.specVersion },
  };
}

function describeMatches(matches: Connection[], name: string): string {
  if (matches.length === 0) return `No connection named "${name}" exists yet`;
  const list = matches.map((c) => `${c.id} (${c.state ?? 'state unknown'})`).join(', ');
  return `Found ${matches.length} connection(s) named "${name}": ${list}`;
}

async function execute(
  step: Step,
  plan: Exclude<Plan, { action: 'fail' }>,
  existing: Connection[],
) {
  const { flow, log, config } = step;
  if (plan.action === 'reuse') {
    const { id, etag, state } = plan.connection;
    log.info(`Reusing connection ${id}`);
    return { outcome: 'reused', ref: { id, etag }, ...(state ? { state } : {}) } satisfies Done;
  }
  if (plan.action === 'update') {
    if (plan.authTypeChanged) {
      log.info(
        `Auth type changes from "${plan.connection.auth?.specName}" to "${step.desired.auth.specName}": replacing /auth as a whole`,
      );
    }
    const ref = await updateConnection(flow, plan, step.desired, log);
    log.info(`Updated connection ${ref.id}: credentials replaced, new etag ${ref.etag}`);
    return { outcome: 'updated', ref } satisfies Done;
  }
  const target = { name: config.connection.name, specId: config.connection.specId };
  const ids = new Set(existing.map((c) => c.id));
  const ref = await createConnection(flow, createBody(step), target, ids, log);
  log.info(`Created connection ${ref.id}`);
  return { outcome: 'created', ref } satisfies Done;
}

async function verify(step: Step, id: string): Promise<VerifyResult> {
  try {
    const objects = await step.flow.explore(id);
    return { ok: true, objects: objects.length };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** State read and verification depend only on the id, so they run side by side. */
async function settleAndVerify(step: Step, done: Done): Promise<VerifyResult | undefined> {
  const { flow, config, rt, deadline, log } = step;
  const { id } = done.ref;
  const firstState = done.state ?? flow.getConnection(id).then((c) => c.state);
  const early = config.verify && done.state !== INITIALIZING ? verify(step, id) : undefined;
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
  return observed === INITIALIZING ? verify(step, id) : earlyResult;
}

function plannedRequest(step: Step, plan: Exclude<Plan, { action: 'fail' }>): string | undefined {
  const url = `${step.config.platformUrl}${FLOW_SERVICE_PATH}`;
  const json = (body: unknown) => step.redactor.scrub(JSON.stringify(body, null, 2));
  if (plan.action === 'create') {
    return `POST ${url}/connections\nContent-Type: application/json\n\n${json(createBody(step))}`;
  }
  if (plan.action === 'update') {
    const { id, etag } = plan.connection;
    return `PATCH ${url}/connections/${id}\nIf-Match: ${etag}\nContent-Type: application/json\n\n${json(plan.patch)}`;
  }
  return undefined;
}

async function dryRun(step: Step, plan: Exclude<Plan, { action: 'fail' }>): Promise<void> {
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

async function apply(step: Step, plan: Exclude<Plan, { action: 'fail' }>, existing: Connection[]) {
  const { log, rt, config, report } = step;
  const done = await log.group('Connection', () => execute(step, plan, existing));
  setOutputs(rt.core, {
    'connection-id': done.ref.id,
    etag: done.ref.etag,
    outcome: done.outcome,
    'connection-spec-id': config.connection.specId,
  });
  Object.assign(report, { outcome: done.outcome, connectionId: done.ref.id });
  const result = await log.group('Verification', async () => {
    const verified = await settleAndVerify(step, done);
    if (verified?.ok)
      log.info(`Flow Service reached Salesforce: ${verified.objects} objects at the root`);
    return verified;
  });
  report.verification = !result
    ? 'skipped'
    : result.ok
      ? `passed (${result.objects} objects)`
      : 'failed';
  if (result && !result.ok) {
    await writeSummary(step);
    throw new Error(`Verification failed: ${result.error.message}`);
  }
}

async function writeSummary(step: Step): Promise<void> {
  await step.rt.core.writeSummary(step.redactor.scrub(summaryMarkdown(step.report)));
}

async function connect(rt: Runtime, redactor: Redactor, log: Log): Promise<void> {
  const raw = readRawInputs((name) => rt.core.getInput(name));
  for (const name of SECRET_INPUTS) redactor.register(raw[name]);
  const config = parseInputs(raw);
  if (config.salesforce.auth.type === 'basic') log.warning(BASIC_DEPRECATED);
  const deadline = new Deadline(rt.clock.now, config.timeoutSeconds);
  const { transport, clock } = rt;
  const http = createHttp({ transport, clock, log, deadline, maxAttempts: config.maxAttempts });
  const { adobe, connection } = config;
  const source = tokenSource(adobe.credential, {
    http,
    redactor,
    imsUrl: config.imsUrl,
    clientId: adobe.clientId,
  });
  const accessToken = await log.group('Adobe access token', () => {
    log.info(`Access token from ${source.description}`);
    return source.token();
  });
  const { clientId, orgId, sandboxName } = adobe;
  const flow = flowServiceClient({
    http,
    platformUrl: config.platformUrl,
    accessToken,
    clientId,
    orgId,
    sandboxName,
  });
  const desired: Desired = {
    name: connection.name,
    description: connection.description,
    sandboxName: adobe.sandboxName,
    auth: salesforceAuth(config.salesforce),
  };
  const report: Report = {
    name: connection.name,
    sandbox: adobe.sandboxName,
    specId: connection.specId,
    authType: desired.auth.specName,
    verification: config.verify ? 'not run' : 'skipped',
  };
  const step: Step = { rt, config, log, redactor, deadline, flow, desired, report };
  const existing = await log.group(`Lookup in sandbox ${adobe.sandboxName}`, async () => {
    const found = await findByName(flow, connection.name, connection.specId);
    log.info(describeMatches(found, connection.name));
    return found;
  });
  const plan = planConnection(config.ifExists, existing, desired);
  if (plan.action === 'fail') throw new Error(plan.reason);
  await (config.dryRun ? dryRun(step, plan) : apply(step, plan, existing));
  await writeSummary(step);
}

/** The whole step. Never throws: every failure ends as one scrubbed `setFailed` message. */
export async function run(rt: Runtime): Promise<void> {
  const redactor = new Redactor((secret) => rt.core.setSecret(secret));
  const log = createLog(rt.core, redactor);
  try {
    await connect(rt, redactor, log);
  } catch (error) {
    rt.core.setFailed(redactor.scrub(error instanceof Error ? error.message : String(error)));
  }
}
