import { applyPlan, type Writer } from './apply.js';
import { connectionDrift, driftWarning } from './drift.js';
import { dryRun } from './dry-run.js';
import { findByName } from '../platform/flow-service/lookup.js';
import type { Connection } from '../platform/flow-service/schemas.js';
import { openSession } from '../platform/session.js';
import {
  parseRunInputs,
  readRawInputs,
  secretValues,
  secretWarnings,
  type Config,
  type GenericConfig,
} from './inputs.js';
import { expiryWarnings, jwtSecrets } from './jwt.js';
import { judgeAuth, refusedBeforeWriting, refusedOnReuse, type SpecVerdict } from './live-spec.js';
import { verifiedBy, type AuthInputs } from '../platform/flow-service/connection-spec.js';
import type { ConnectionAuth } from '../platform/flow-service/schemas.js';
import { authParamsInput, salesforceParamInput, stringEntries } from './source-auth.js';
import type { Log } from '../github/log.js';
import { planConnection, type ActionablePlan, type Desired } from './plan.js';
import { Publisher } from './publish.js';
import type { Redactor } from '../github/redact.js';
import { runStep } from '../github/step.js';
import type { Runtime } from '../github/runtime.js';
import { salesforceAuth } from './salesforce.js';
import { preflightBase, preflightSkipped, startPreflight } from './salesforce-preflight.js';
import { settleAndVerify, sideBySide, sideBySideSurely, type Settler } from './verify.js';

const BASIC_DEPRECATED =
  'salesforce-auth-type basic (Basic Authentication) was deprecated by Adobe in January 2026: ' +
  'move to oauth2-client-credential (salesforce-client-id and salesforce-client-secret).';

const JWT_KEPT =
  'reuse keeps the JWT stored in it, whose expiry Adobe does not show (it is a secret): ' +
  'if-exists: update writes the one from the inputs (a scheduled workflow can re-sign it before it expires).';

/** Nothing is written with credentials that Salesforce itself refuses; says what was checked. */
function checkBeforeWriting(
  log: Log,
  preflight: { check: () => Promise<string> } | { skipped: string },
): Promise<string> {
  return log.group('Salesforce credentials', async () => {
    if ('skipped' in preflight) {
      log.info(`Salesforce credentials not checked before writing (${preflight.skipped})`);
      return `not checked (${preflight.skipped})`;
    }
    const { check } = preflight;
    log.info(await check());
    return 'accepted by Salesforce';
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

async function applyAndVerify(
  stages: { writer: Writer; settler: Settler; sourceLabel: string },
  plan: ActionablePlan,
  existing: Connection[],
  publish: Publisher,
): Promise<void> {
  const { writer, settler, sourceLabel } = stages;
  const { log } = writer;
  const done = await log.group('Connection', () => applyPlan(writer, plan, existing));
  publish.connected(done);
  const settle = () => settleAndVerify(settler, done, existing);
  const settled = settler.verify
    ? await log.group('Verification', async () => {
        const result = await settle();
        const v = result.verification;
        if (v?.ok && v.objects !== undefined)
          log.info(`Flow Service reached ${sourceLabel}: ${v.objects} objects at the root`);
        else if (v?.ok) log.info(`Flow Service's connection test passed for ${sourceLabel}`);
        return result;
      })
    : await settle();
  publish.settled(settled);
  if (settled.unusable) throw new Error(settled.unusable);
  const { verification } = settled;
  if (verification && !verification.ok) {
    const why = done.outcome === 'reused' ? `\n${mayBeOutdated(done.ref.id)}` : '';
    throw new Error(`Verification failed: ${verification.error.message}${why}`);
  }
}

/** Reuse leaves the connection as it is: say where it differs from what the inputs ask for. */
function checkDrift(
  log: Log,
  connection: Connection,
  desired: Desired,
  publish: Publisher,
  secrets: ReadonlySet<string>,
): void {
  const drift = connectionDrift(connection, desired, secrets);
  if (drift.length > 0) log.warning(driftWarning(connection.id, drift));
  if (desired.auth.specName === connection.auth?.specName && 'jwtToken' in desired.auth.params)
    log.info(`Connection ${connection.id}: ${JWT_KEPT}`);
  publish.reusing(connection, drift);
}

/** The JWT the action signed is a secret from the moment it exists; an old one is worth a warning. */
function checkJwt(config: Config, redactor: Redactor, log: Log, now: number): void {
  const { auth } = config.salesforce;
  if (auth.type !== 'oauth2-jwt-token') return;
  for (const secret of jwtSecrets(auth.jwtToken)) redactor.register(secret);
  for (const warning of expiryWarnings(auth.expiry, config.jwtWarnDays ?? 0, now))
    log.warning(warning);
}

interface SourceAuth {
  auth: ConnectionAuth;
  inputs: AuthInputs;
  /** How messages name the source. */
  label: string;
}

/** `auth` from Salesforce's own inputs, or given whole by auth-spec-name and auth-params. */
function sourceAuth(config: Config | GenericConfig, log: Log, redactor: Redactor): SourceAuth {
  if ('authParams' in config) {
    for (const [, value] of stringEntries(config.authParams.params)) redactor.register(value);
    log.info('Salesforce preflight: not applicable with auth-params');
    const inputs = { specName: 'auth-spec-name', param: authParamsInput };
    return { auth: config.authParams, inputs, label: 'the source' };
  }
  if (config.salesforce.auth.type === 'basic') log.warning(BASIC_DEPRECATED);
  const inputs = { specName: 'salesforce-auth-type', param: salesforceParamInput };
  return { auth: salesforceAuth(config.salesforce), inputs, label: 'Salesforce' };
}

/** The lookup and the spec read go side by side first; after a write that if-exists makes certain, maybe more. */
const platformConnectionsAhead = (config: Config | GenericConfig): number =>
  Math.max(2, config.dryRun ? 0 : sideBySideSurely(config.ifExists, config.verify));

async function connect(
  rt: Runtime,
  redactor: Redactor,
  log: Log,
  publish: Publisher,
): Promise<void> {
  const raw = readRawInputs((name) => rt.core.getInput(name));
  for (const secret of secretValues(raw)) redactor.register(secret);
  publish.identify(raw.name, raw['sandbox-name']);
  const config = parseRunInputs(raw, rt.clock.now());
  const salesforce = 'authParams' in config ? undefined : config;
  if (salesforce) checkJwt(salesforce, redactor, log, rt.clock.now());
  for (const warning of secretWarnings(raw)) log.warning(warning);
  const source = sourceAuth(config, log, redactor);
  const { adobe, connection } = config;
  const desired: Desired = {
    name: connection.name,
    description: connection.description,
    sandboxName: adobe.sandboxName,
    auth: source.auth,
  };
  publish.configured(config, desired.auth.specName);
  // While the token is on its way: connections for the Salesforce check, which may follow the
  // token or the lookup at once, and for what follows a write that if-exists makes certain.
  const skipped = salesforce && preflightSkipped(salesforce);
  if (salesforce && skipped === undefined)
    rt.transport.prepare?.(preflightBase(salesforce.salesforce), 1);
  rt.transport.prepare?.(config.platformUrl, platformConnectionsAhead(config));
  const { flow, http, deadline } = await openSession(rt, config, log, redactor);
  const preflight =
    salesforce &&
    (skipped === undefined
      ? { check: startPreflight(salesforce, { http, redactor, now: rt.clock.now }) }
      : { skipped });
  // The live spec is read beside the lookup: checking against it costs no round trip. The lookup
  // is awaited first, so its failure is the one reported when both fail.
  const lookup = log.group(`Lookup in sandbox ${adobe.sandboxName}`, async () => {
    const found = await findByName(flow, connection.name, connection.specId);
    log.info(describeMatches(found, connection.name));
    return found;
  });
  const specRead = flow.connectionSpec(connection.specId);
  specRead.catch(() => undefined);
  const existing = await lookup;
  const spec = await specRead;
  const verdict: SpecVerdict = judgeAuth(spec, desired.auth, source.inputs, redactor);
  const plan = planConnection(config.ifExists, existing, desired);
  if (plan.action === 'fail') throw new Error(plan.reason);
  if (!config.dryRun)
    rt.transport.prepare?.(config.platformUrl, sideBySide(plan.action, config.verify));
  if (plan.action === 'reuse') {
    if (verdict.problems.length > 0)
      log.warning(refusedOnReuse(connection.specId, plan.connection.id, verdict.problems));
    checkDrift(log, plan.connection, desired, publish, verdict.secrets);
  } else {
    if (verdict.problems.length > 0)
      throw refusedBeforeWriting(connection.specId, verdict.problems);
    if (preflight) publish.salesforceCredentials(await checkBeforeWriting(log, preflight));
  }
  if (config.dryRun) {
    const scrub = (text: string) => redactor.scrub(text);
    const { platformUrl } = config;
    publish.planned(dryRun({ platformUrl, identity: connection, auth: desired.auth, scrub }, plan));
    return;
  }
  const writer = { flow, log, identity: connection, desired };
  const settler = {
    flow,
    log,
    clock: rt.clock,
    deadline,
    identity: connection,
    verify: config.verify,
    verifiedBy: verifiedBy(spec),
  };
  await applyAndVerify({ writer, settler, sourceLabel: source.label }, plan, existing, publish);
}

/**
 * The whole step. Never throws: every run ends with its job summary and result line, and every
 * failure as one scrubbed, neutralised `log.fail`.
 */
export const run = (rt: Runtime): Promise<void> =>
  runStep(
    rt,
    (core, redactor, log) => new Publisher(core, redactor, log),
    ({ redactor, log, publish }) => connect(rt, redactor, log, publish),
  );
