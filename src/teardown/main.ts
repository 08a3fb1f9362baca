import type { Log } from '../github/log.js';
import type { Redactor } from '../github/redact.js';
import type { Runtime } from '../github/runtime.js';
import { runStep } from '../github/step.js';
import { openSession } from '../platform/session.js';
import { applyTeardown, deleteRequest } from './apply.js';
import { discover } from './discover.js';
import { parseInputs, readRawInputs, SECRET_INPUTS } from './inputs.js';
import { describeResource, planTeardown } from './plan.js';
import { TeardownPublisher } from './publish.js';

async function teardown(
  rt: Runtime,
  redactor: Redactor,
  log: Log,
  publish: TeardownPublisher,
): Promise<void> {
  const raw = readRawInputs((name) => rt.core.getInput(name));
  for (const name of SECRET_INPUTS) redactor.register(raw[name]);
  publish.identify(raw['sandbox-name']);
  const config = parseInputs(raw);
  const { flow, deadline } = await openSession(rt, config, log, redactor);
  const { target, found } = await log.group(
    `Discovery in sandbox ${config.adobe.sandboxName}`,
    () => discover(flow, config.target),
  );
  publish.target(target.described);
  const plan = planTeardown(target, found, config.missingOk);
  if (plan.action === 'fail') throw new Error(plan.reason);
  if (plan.action === 'absent') {
    log.info(`${target.described} does not exist: nothing to delete`);
    publish.absent();
    return;
  }
  publish.keeping(plan.keptMappingSetIds);
  log.info(`To delete, in order: ${plan.steps.map(describeResource).join(', ')}`);
  if (config.dryRun) {
    const requests = plan.steps.map((step) => deleteRequest(config.platformUrl, step));
    for (const request of requests) log.info(`Would send ${request}`);
    publish.wouldDelete(requests);
    return;
  }
  const waiting = { clock: rt.clock, deadline, log };
  await log.group('Deleting, children first', () =>
    applyTeardown(flow, waiting, plan.steps, (step) => publish.deleted(step)),
  );
  publish.done();
}

/**
 * The whole step. Never throws: every run ends with its job summary and result line, and every
 * failure as one scrubbed, neutralised `log.fail`.
 */
export const run = (rt: Runtime): Promise<void> =>
  runStep(
    rt,
    (core, redactor, log) => new TeardownPublisher(core, redactor, log),
    ({ redactor, log, publish }) => teardown(rt, redactor, log, publish),
  );
