import type { Log } from '../github/log.js';
import type { Redactor } from '../github/redact.js';
import type { Runtime } from '../github/runtime.js';
import { runStep } from '../github/step.js';
import { catalogClient } from '../platform/catalog.js';
import { dataPrepClient, type Mapping } from '../platform/data-prep.js';
import { InputError } from '../platform/inputs.js';
import { openSession } from '../platform/session.js';
import { applyChain } from './apply.js';
import { discover, lookUp, type Services } from './discover.js';
import { plannedRequests } from './dry-run.js';
import { runFailure, runStatus, waitForFirstRun } from './first-run.js';
import {
  parseInputs,
  readRawInputs,
  SECRET_INPUTS,
  secretWarnings,
  type Config,
} from './inputs.js';
import { parseMappingFile, selectionProblems } from './mapping.js';
import { planChain, type Desired } from './plan.js';
import { Publisher } from './publish.js';
import { WorkspaceFileError } from './workspace.js';

/** The dataflow action also reads the mapping file, from the workspace. */
export interface DataflowRuntime extends Runtime {
  readFile(path: string): string;
}

/** The mapping file, read and checked against the selected columns before any request. */
function readMappings(rt: DataflowRuntime, config: Config): Mapping[] {
  let text: string;
  try {
    text = rt.readFile(config.mappingPath);
  } catch (error) {
    if (error instanceof WorkspaceFileError)
      throw new InputError([`mapping: ${config.mappingPath} ${error.message}`]);
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError([`mapping: cannot read ${config.mappingPath} (${code})`]);
  }
  let mappings: Mapping[];
  try {
    mappings = parseMappingFile(config.mappingPath, text);
  } catch (error) {
    throw new InputError([(error as Error).message]);
  }
  const problems = selectionProblems(config.columns, config.deltaColumn, mappings);
  if (problems.length > 0) throw new InputError(problems);
  return mappings;
}

async function validateMappings(
  s: Services,
  desired: Desired,
  schemaRef: { id: string; contentType: string },
) {
  const problems = await s.dataPrep.validate({
    name: `${desired.name} mapping`,
    outputSchema: { schemaRef },
    mappings: desired.mappings,
  });
  if (problems.length === 0) {
    s.log.info(`Data Prep accepts the ${desired.mappings.length} mapping(s)`);
    return;
  }
  throw new Error(
    `Data Prep refused the mapping file:\n${problems.map((p) => `- ${p}`).join('\n')}`,
  );
}

async function chain(rt: DataflowRuntime, redactor: Redactor, log: Log, publish: Publisher) {
  const raw = readRawInputs((name) => rt.core.getInput(name));
  for (const name of SECRET_INPUTS) redactor.register(raw[name]);
  publish.identify(raw.name, raw['sandbox-name']);
  const config = parseInputs(raw, rt.clock.now());
  for (const warning of secretWarnings(raw)) log.warning(warning);
  const mappings = readMappings(rt, config);
  publish.configured(config.schedule);
  const session = await openSession(rt, config, log, redactor);
  const { adobe, platformUrl } = config;
  const { clientId, orgId, sandboxName } = adobe;
  const platform = {
    http: session.http,
    platformUrl,
    accessToken: session.accessToken,
    clientId,
    orgId,
    sandboxName,
  };
  const s: Services = {
    flow: session.flow,
    catalog: catalogClient(platform),
    dataPrep: dataPrepClient(platform),
    log,
  };
  const context = await log.group('Salesforce object, flow spec and dataset', () =>
    discover(s, config, mappings),
  );
  publish.flowSpec(context.flowSpecId);
  const desired: Desired = {
    name: config.name,
    object: config.object,
    columns: context.columns,
    datasetId: config.datasetId,
    deltaColumn: config.deltaColumn,
    schedule: config.schedule,
    mappings,
  };
  await log.group('Mapping validation', () => validateMappings(s, desired, context.schemaRef));
  const found = await log.group(`Lookup in sandbox ${adobe.sandboxName}`, () =>
    lookUp(s, config.name, config.connectionId),
  );
  const plan = planChain(config.ifExists, found, desired);
  if (plan.action === 'fail') throw new Error(plan.reason);
  if (plan.action !== 'build') {
    publish.drift(plan.drift);
    if (plan.action === 'reuse' && plan.drift.length > 0)
      log.warning(
        `Dataflow ${plan.flow.id} was reused as it is, but differs from the inputs in: ${plan.drift.join(', ')}. if-exists: update changes the schedule and mapping; a different object, columns or dataset needs a new name.`,
      );
  }
  const writer = {
    flow: session.flow,
    dataPrep: s.dataPrep,
    log,
    connectionId: config.connectionId,
    context,
    desired,
    reached: publish.reached.bind(publish),
  };
  if (config.dryRun) {
    publish.planned(plan, plannedRequests(platformUrl, plan, found, writer));
    return;
  }
  const done = await log.group('Dataflow', () => applyChain(writer, plan, found));
  publish.done(done);
  if (!config.waitForFirstRun) return;
  const { clock } = rt;
  const run = await log.group('First run', () =>
    waitForFirstRun({ flow: session.flow, log, clock, deadline: session.deadline }, done.ids.flow),
  );
  publish.ran(run);
  if (runStatus(run) !== 'success') throw new Error(runFailure(run));
}

/**
 * The whole step. Never throws: every run ends with its job summary and result line, and every
 * failure as one scrubbed, neutralised `log.fail`.
 */
export const run = (rt: DataflowRuntime): Promise<void> =>
  runStep(
    rt,
    (core, redactor, log) => new Publisher(core, redactor, log),
    ({ redactor, log, publish }) => chain(rt, redactor, log, publish),
  );
