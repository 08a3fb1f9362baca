import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { type AnsweredRequest, DEFAULT_SANDBOXES, DEMO, startSimulator } from './index.js';

const USAGE = `Usage: npm run simulator -- [--port <number>] [--sandboxes <names>] [--verbose]

Serves Adobe IMS, Flow Service and Salesforce's login endpoints on 127.0.0.1 in the
foreground, and prints the demo credentials they accept. Ctrl-C stops it.

  --port <number>      port to listen on; 0 (the default) takes any free port
  --sandboxes <names>  comma-separated sandbox names to serve (default: ${DEFAULT_SANDBOXES.join(',')})
  --verbose            log each request: method, path and status (never headers or bodies)
  --help               show this help
`;

interface CliOptions {
  help: boolean;
  port: number;
  sandboxes: string[];
  verbose: boolean;
}

const DEMO_LINES = {
  CLIENT_ID: DEMO.clientId,
  CLIENT_SECRET: DEMO.clientSecret,
  ORG_ID: DEMO.orgId,
  SANDBOX: DEMO.sandbox,
  SALESFORCE_CLIENT_ID: DEMO.salesforce.oauth.clientId,
  SALESFORCE_CLIENT_SECRET: DEMO.salesforce.oauth.clientSecret,
  SALESFORCE_USERNAME: DEMO.salesforce.basic.username,
  SALESFORCE_PASSWORD: DEMO.salesforce.basic.password,
  SALESFORCE_SECURITY_TOKEN: DEMO.salesforce.basic.securityToken,
};

function portFrom(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`--port must be 0-65535, got ${text}`);
  return port;
}

function sandboxesFrom(text: string): string[] {
  const names = text.split(',').map((name) => name.trim());
  if (names.some((name) => !/^[\w-]+$/.test(name))) {
    throw new Error(`--sandboxes must be comma-separated sandbox names, got ${text}`);
  }
  return names;
}

function parse(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean', default: false },
      port: { type: 'string', default: '0' },
      sandboxes: { type: 'string', default: DEFAULT_SANDBOXES.join(',') },
      verbose: { type: 'boolean', default: false },
    },
  });
  return {
    help: values.help,
    port: portFrom(values.port),
    sandboxes: sandboxesFrom(values.sandboxes),
    verbose: values.verbose,
  };
}

function logAnswer({ method, path, status }: AnsweredRequest): void {
  console.log(`${method} ${path} ${status ?? '(no answer)'}`);
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
}

async function serve(options: CliOptions): Promise<number> {
  const simulator = await startSimulator({
    port: options.port,
    sandboxes: options.sandboxes,
    ...(options.verbose ? { onAnswer: logAnswer } : {}),
  }).catch((error: unknown) => {
    if (!isAddressInUse(error)) throw error;
    console.error(
      `Port ${options.port} on 127.0.0.1 is already in use: choose another with --port <number>, or --port 0 for any free port.`,
    );
    return undefined;
  });
  if (simulator === undefined) return 1;
  console.log(
    `simulator listening on ${simulator.url} (sandboxes ${options.sandboxes.join(', ')})`,
  );
  // Its own URL: it serves the Salesforce logins the action's preflight calls.
  const lines = { ...DEMO_LINES, SALESFORCE_ENVIRONMENT_URL: simulator.url };
  for (const [key, value] of Object.entries(lines)) console.log(`${key}=${value}`);
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await simulator.close();
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parse(argv);
  } catch (error) {
    // Node's parseArgs messages go on with advice about positionals that does not apply here.
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    console.error(`${message}. See --help.`);
    return 1;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  return serve(options);
}

process.exitCode = await main(process.argv.slice(2));
