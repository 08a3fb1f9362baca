import { applyPlan } from './apply.js';
import { Deadline } from './deadline.js';
import { dryRun } from './dry-run.js';
import { flowServiceClient } from './flow-service/client.js';
import { findByName } from './flow-service/lookup.js';
import type { Connection } from './flow-service/schemas.js';
import { createHttp } from './http.js';
import { tokenSource } from './ims.js';
import { parseInputs, readRawInputs, SECRET_INPUTS, secretWarnings } from './inputs.js';
import { createLog, type Log } from './log.js';
import { planConnection, type Desired, type Plan } from './plan.js';
import { Redactor } from './redact.js';
import { setOutputs, type Report } from './report.js';
import type { Runtime } from './runtime.js';
import { salesforceAuth } from './salesforce.js';
import { startPreflight } from './salesforce-preflight.js';
import { writeSummary, type Step } from './step.js';
import { settleAndVerify } from './verify.js';

const BASIC_DEPRECATED =
  'salesforce-auth-type basic (Basic Authentication) was deprecated by Adobe in January 2026: ' +
  'move to oauth2-client-credential (salesforce-client-id and salesforce-client-secret).';

/** Nothing is written with credentials that Salesforce itself refuses. */
async function checkBeforeWriting(
  step: Step,
  preflight: (() => Promise<string>) | undefined,
): Promise<void> {
  const { log, report } = step;
  await log.group('Salesforce credentials', async () => {
    if (!preflight) {
      log.info('Salesforce credentials not checked before writing (salesforce-preflight: false)');
      report.salesforceCredentials = 'not checked (salesforce-preflight: false)';
      return;
    }
    log.info(await preflight());
    report.salesforceCredentials = 'accepted by Salesforce';
  });
}

function describeMatches(matches: Connection[], name: string): string {
  if (matches.length === 0) return `No connection named "${name}" exists yet`;
  const list = matches.map((c) => `${c.id} (${c.state ?? 'state unknown'})`).join(', ');
  return `Found ${matches.length} connection(s) named "${name}": ${list}`;
}

function mayBeOutdated(id: string): string {
  return `Connection ${id} was reused as it is: the credentials stored in it may be outdated. if-exists: update writes the current ones.`;
}

/** Outputs go out as soon as the connection exists, so a cleanup step has the id if verify fails. */
async function applyAndVerify(
  step: Step,
  plan: Exclude<Plan, { action: 'fail' }>,
  existing: Connection[],
): Promise<void> {
  const { log, rt, config, report } = step;
  const done = await log.group('Connection', () => applyPlan(step, plan, existing));
  setOutputs(rt.core, {
    'connection-id': done.ref.id,
    etag: done.ref.etag,
    outcome: done.outcome,
    'connection-spec-id': config.connection.specId,
  });
  Object.assign(report, { outcome: done.outcome, connectionId: done.ref.id });
  const result = await log.group('Verification', async () => {
    const verified = await settleAndVerify(step, done, existing);
    if (verified?.ok)
      log.info(`Flow Service reached Salesforce: ${verified.objects} objects at the root`);
    return verified;
  });
  report.verification = !result
    ? 'skipped'
    : result.ok
      ? `passed (${result.objects} objects)`
      : `failed: ${result.error.message}`;
  if (result && !result.ok) {
    const why = done.outcome === 'reused' ? `\n${mayBeOutdated(done.ref.id)}` : '';
    throw new Error(`Verification failed: ${result.error.message}${why}`);
  }
}

async function connect(rt: Runtime, redactor: Redactor, log: Log): Promise<void> {
  const raw = readRawInputs((name) => rt.core.getInput(name));
  for (const name of SECRET_INPUTS) redactor.register(raw[name]);
  const config = parseInputs(raw);
  for (const warning of secretWarnings(raw)) log.warning(warning);
  if (config.salesforce.auth.type === 'basic') log.warning(BASIC_DEPRECATED);
  const deadline = new Deadline(rt.clock.now, config.timeoutSeconds);
  const { transport, clock } = rt;
  const { maxAttempts } = config;
  const http = createHttp({ transport, clock, log, deadline, maxAttempts, redactor });
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
  const preflight = config.salesforcePreflight
    ? startPreflight(config, { http, redactor })
    : undefined;
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
  if (plan.action !== 'reuse') await checkBeforeWriting(step, preflight);
  try {
    await (config.dryRun ? dryRun(step, plan) : applyAndVerify(step, plan, existing));
  } finally {
    if (report.outcome) await writeSummary(step);
  }
}

/** The whole step. Never throws: every failure ends as one scrubbed, neutralised `log.fail`. */
export async function run(rt: Runtime): Promise<void> {
  const redactor = new Redactor((secret) => rt.core.setSecret(secret));
  const log = createLog(rt.core, redactor);
  try {
    await connect(rt, redactor, log);
  } catch (error) {
    log.fail(error instanceof Error ? error.message : String(error));
  }
}
