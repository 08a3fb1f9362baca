/**
 * `npm start`: starts the local IMS + Flow Service simulator and runs the bundled action against
 * it exactly as the GitHub runner would, then prints each output and the job summary.
 */
import { startSimulator } from '../__tests__/simulator/index.js';
import { runAction } from '../__tests__/support/run-action.js';
import { demoInputs } from '../__tests__/support/scenario.js';

const simulator = await startSimulator();
try {
  console.log(`Simulator (Adobe IMS + Flow Service) listening on ${simulator.url}\n`);
  const run = await runAction(
    demoInputs(simulator, {
      name: 'Salesforce CRM (demo)',
      description: 'Created by npm start against the local simulator',
    }),
  );
  console.log('--- what the step logged ---');
  process.stdout.write(run.stdout + run.stderr);
  console.log(`\n--- exit code ${run.exitCode}; outputs ---`);
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}=${value}`);
  console.log('\n--- job summary ---');
  console.log(run.summary);
  process.exitCode = run.exitCode ?? 1;
} finally {
  await simulator.close();
}
