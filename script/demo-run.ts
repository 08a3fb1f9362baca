import type { Simulator } from '../simulator/index.js';
import { runAction } from '../__tests__/support/run-action.js';
import { RunnerLog } from '../__tests__/support/runner-log.js';
import { CONTACT_MAPPING, dataflowInputs } from '../__tests__/support/dataflow.js';
import { demoInputs } from '../__tests__/support/scenario.js';

type Write = (text: string) => void;

const SECRET_INPUTS = ['client-secret', 'salesforce-client-secret'];

export const DEMO_CONNECTION_NAME = 'Salesforce CRM (demo)';

/** One run of the bundled step, shown as the runner would show it, every secret as ***. */
async function showStep(
  inputs: Record<string, string>,
  title: string,
  write: Write,
  options: Parameters<typeof runAction>[1] = {},
) {
  // The runner masks the secrets.* a step uses before it starts, then each ::add-mask:: value.
  const log = new RunnerLog(SECRET_INPUTS.map((name) => inputs[name] ?? ''));
  const run = await runAction(inputs, options);
  write(`=== ${title} ===\n--- the step's log, as the runner shows it ---\n`);
  write(log.render(run.stdout + run.stderr));
  write(`--- exit code ${run.exitCode}; outputs ---\n`);
  for (const [name, value] of Object.entries(run.outputs)) write(log.mask(`${name}=${value}\n`));
  write(`--- job summary ---\n${log.mask(run.summary)}\n`);
  return run;
}

/**
 * `npm start`: runs the bundled actions against the simulator exactly as the GitHub runner
 * would: the connection action twice with the same inputs (the first run creates the connection,
 * the second finds and reuses it with the same id), then the dataflow action on that connection.
 */
export async function runDemo(simulator: Simulator, write: Write): Promise<number> {
  write(`Simulator (Adobe IMS, Flow Service, Salesforce logins) listening on ${simulator.url}\n\n`);
  const inputs = demoInputs(simulator, {
    name: DEMO_CONNECTION_NAME,
    description: 'Created by npm start against the local simulator',
  });
  const first = await showStep(inputs, 'Run 1: the step as a workflow runs it', write);
  const second = await showStep(inputs, 'Run 2: the same step again (a re-run)', write);
  const id = second.outputs['connection-id'];
  if (second.outputs.outcome === 'reused' && id === first.outputs['connection-id']) {
    write(`The re-run reused connection ${id}: running the step again never makes a twin.\n`);
  }
  const flowInputs = dataflowInputs(simulator, id ?? '', {
    name: 'Salesforce contacts (demo)',
    'start-time': '',
  });
  const dataflow = await showStep(
    flowInputs,
    'Run 3: the dataflow action on that connection',
    write,
    {
      action: 'dataflow',
      files: { 'mapping.json': JSON.stringify(CONTACT_MAPPING, null, 2) },
    },
  );
  const runs = [first, second, dataflow];
  return runs.every((run) => run.exitCode === 0) ? 0 : 1;
}
