import type { Simulator } from '../simulator/index.js';
import { runAction } from '../__tests__/support/run-action.js';
import { RunnerLog } from '../__tests__/support/runner-log.js';
import { teardownInputs } from '../__tests__/support/teardown.js';

type Write = (text: string) => void;

/**
 * `npm start -- --teardown`: after the demo, the bundled teardown action removes what it made,
 * found by the demo connection's name, shown as the runner would show it.
 */
export async function runTeardownDemo(
  simulator: Simulator,
  name: string,
  write: Write,
): Promise<number> {
  const inputs = teardownInputs(simulator, { name, cascade: 'true' });
  const log = new RunnerLog([inputs['client-secret'] ?? '']);
  const run = await runAction(inputs, { action: 'teardown' });
  write('=== Teardown: the teardown action removes what the demo made ===\n');
  write(`--- the step's log, as the runner shows it ---\n${log.render(run.stdout + run.stderr)}`);
  write(`--- exit code ${run.exitCode}; outputs ---\n`);
  for (const [output, value] of Object.entries(run.outputs))
    write(log.mask(`${output}=${value}\n`));
  write(`--- job summary ---\n${log.mask(run.summary)}\n`);
  return run.exitCode === 0 ? 0 : 1;
}
