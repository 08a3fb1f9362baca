/**
 * `npm start`: starts the local simulator (Adobe IMS, Flow Service, Salesforce logins) and
 * runs the bundled action against it twice, as the GitHub runner would show it.
 * `npm start -- --teardown` then removes what it made with the teardown action.
 */
import { startSimulator } from '../simulator/index.js';
import { DEMO_CONNECTION_NAME, runDemo } from './demo-run.js';
import { runTeardownDemo } from './demo-teardown.js';

const write = (text: string) => process.stdout.write(text);
const simulator = await startSimulator();
try {
  process.exitCode = await runDemo(simulator, write);
  if (process.argv.includes('--teardown') && process.exitCode === 0) {
    process.exitCode = await runTeardownDemo(simulator, DEMO_CONNECTION_NAME, write);
  }
} finally {
  await simulator.close();
}
