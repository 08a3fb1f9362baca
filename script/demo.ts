/**
 * `npm start`: starts the local simulator (Adobe IMS, Flow Service, Salesforce logins) and
 * runs the bundled action against it twice, as the GitHub runner would show it.
 */
import { startSimulator } from '../simulator/index.js';
import { runDemo } from './demo-run.js';

const simulator = await startSimulator();
try {
  process.exitCode = await runDemo(simulator, (text) => process.stdout.write(text));
} finally {
  await simulator.close();
}
