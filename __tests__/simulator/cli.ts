import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { DEMO, startSimulator } from './index.js';

function portFrom(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string', default: '0' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be 0-65535, got ${values.port}`);
  }
  return port;
}

const DEMO_LINES = {
  CLIENT_ID: DEMO.clientId,
  CLIENT_SECRET: DEMO.clientSecret,
  ORG_ID: DEMO.orgId,
  SANDBOX: DEMO.sandbox,
  SALESFORCE_ENVIRONMENT_URL: DEMO.salesforce.environmentUrl,
  SALESFORCE_CLIENT_ID: DEMO.salesforce.oauth.clientId,
  SALESFORCE_CLIENT_SECRET: DEMO.salesforce.oauth.clientSecret,
  SALESFORCE_USERNAME: DEMO.salesforce.basic.username,
  SALESFORCE_PASSWORD: DEMO.salesforce.basic.password,
  SALESFORCE_SECURITY_TOKEN: DEMO.salesforce.basic.securityToken,
};

const simulator = await startSimulator({ port: portFrom(process.argv.slice(2)) });
console.log(`simulator listening on ${simulator.url}`);
for (const [key, value] of Object.entries(DEMO_LINES)) console.log(`${key}=${value}`);

await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
await simulator.close();
