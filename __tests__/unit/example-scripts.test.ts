import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import { sharedSimulator, sim } from '../support/simulator.js';
import { runnerCommands } from '../support/runner-commands.js';
import { isYamlMap, parseYamlMap, readRepoFile } from './support/repo.js';

/** How GitHub runs `shell: bash`. */
const BASH = ['bash', '--noprofile', '--norc', '-eo', 'pipefail'];
const BASE_ID = '0f6d3c1e-6a4b-4d8e-9b2a-1c3e5f7a9b0d';
const SOURCE_ID = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

interface Answer {
  status: number;
  body: string;
}

interface StubCall {
  method: string;
  url: string;
  body: string;
}

interface ScriptRun {
  exitCode: number | null;
  log: string;
  outputs: string;
  env: string;
}

function stepScript(name: string): string {
  const workflow = parseYamlMap(readRepoFile('examples/chained-dataflow.yml'));
  const jobs = isYamlMap(workflow['jobs']) ? workflow['jobs'] : {};
  const dataflow = jobs['dataflow'];
  const steps = isYamlMap(dataflow) && Array.isArray(dataflow['steps']) ? dataflow['steps'] : [];
  const step: unknown = steps.find((s: unknown) => isYamlMap(s) && s['name'] === name);
  if (!isYamlMap(step) || typeof step['run'] !== 'string') throw new Error(`no step "${name}"`);
  return step['run'];
}

async function runScript(script: string, env: Record<string, string>): Promise<ScriptRun> {
  const dir = await mkdtemp(join(tmpdir(), 'example-script-'));
  const files = {
    script: join(dir, 'step.sh'),
    output: join(dir, 'output'),
    env: join(dir, 'env'),
  };
  try {
    await Promise.all([
      writeFile(files.script, script),
      writeFile(files.output, ''),
      writeFile(files.env, ''),
    ]);
    const [shell = 'bash', ...args] = BASH;
    const child = spawn(shell, [...args, files.script], {
      env: {
        PATH: process.env['PATH'] ?? '',
        GITHUB_OUTPUT: files.output,
        GITHUB_ENV: files.env,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const [exitCode] = (await once(child, 'close')) as [number | null];
    return {
      exitCode,
      log,
      outputs: await readFile(files.output, 'utf8'),
      env: await readFile(files.env, 'utf8'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Flow Service's /sourceConnections, answering what each test queues. */
class FlowServiceStub {
  readonly calls: StubCall[] = [];
  readonly #answers: Answer[] = [];
  readonly #server: Server = createServer((req, res) => {
    void this.#answer(req).then((answer) => {
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body);
    });
  });

  async start(): Promise<string> {
    this.#server.listen(0, '127.0.0.1');
    await once(this.#server, 'listening');
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  answer(...answers: Answer[]): void {
    this.#answers.push(...answers);
  }

  reset(): void {
    this.calls.length = 0;
    this.#answers.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  async #answer(req: IncomingMessage): Promise<Answer> {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    this.calls.push({ method: req.method ?? '', url: req.url ?? '', body });
    return this.#answers.shift() ?? { status: 500, body: '{"title":"nothing queued"}' };
  }
}

const json = (status: number, body: unknown): Answer => ({ status, body: JSON.stringify(body) });
const HOSTILE = 'boom\n::add-mask::x\n::set-output name=source-connection-id::evil %0A';

function onlyOneError(log: string): void {
  expect(runnerCommands(log).map((c) => c.command)).toEqual(['error']);
}

describe('examples/chained-dataflow.yml: Find or create the source connection', () => {
  const script = stepScript('Find or create the source connection');
  const stub = new FlowServiceStub();
  let env: Record<string, string>;

  beforeAll(async () => {
    env = {
      FLOW_SERVICE: await stub.start(),
      ACCESS_TOKEN: 'token',
      API_KEY: DEMO.clientId,
      ORG_ID: DEMO.orgId,
      SANDBOX: 'prod',
      SALESFORCE_SPEC_ID: 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5',
      BASE_CONNECTION_ID: BASE_ID,
      SOURCE_NAME: 'Salesforce Contact',
    };
  });
  afterAll(() => stub.close());
  beforeEach(() => stub.reset());

  it('creates the source connection when the lookup finds none', async () => {
    stub.answer(json(200, { items: [] }), json(201, { id: SOURCE_ID, etag: '"1"' }));
    const run = await runScript(script, env);
    expect(run.exitCode).toBe(0);
    expect(stub.calls.map((c) => c.method)).toEqual(['GET', 'POST']);
    expect(JSON.parse(stub.calls[1]!.body)).toMatchObject({ baseConnectionId: BASE_ID });
    expect(run.outputs).toBe(`source-connection-id=${SOURCE_ID}\n`);
  });

  it('reuses the one it finds', async () => {
    stub.answer(json(200, { items: [{ id: SOURCE_ID, name: 'Salesforce Contact' }] }));
    const run = await runScript(script, env);
    expect(run.exitCode).toBe(0);
    expect(stub.calls.map((c) => c.method)).toEqual(['GET']);
    expect(run.outputs).toBe(`source-connection-id=${SOURCE_ID}\n`);
  });

  it.each([
    ['an HTTP 500', { status: 500, body: HOSTILE }],
    ['an HTML page with status 200', { status: 200, body: `<html>\n${HOSTILE}\n</html>` }],
    ['JSON without items', json(200, { title: 'odd' })],
  ])('fails, creating nothing, when the lookup answers %s', async (_case, answer) => {
    stub.answer(answer);
    const run = await runScript(script, env);
    expect(run.exitCode).not.toBe(0);
    expect(stub.calls.map((c) => c.method)).toEqual(['GET']);
    expect(run.outputs).toBe('');
    onlyOneError(run.log);
  });

  it('fails when two source connections have the name', async () => {
    const twin = { id: SOURCE_ID, name: 'Salesforce Contact' };
    stub.answer(json(200, { items: [twin, { ...twin, id: BASE_ID }] }));
    const run = await runScript(script, env);
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs).toBe('');
    onlyOneError(run.log);
  });

  it.each([
    [
      'the lookup',
      [json(200, { items: [{ id: `${SOURCE_ID}\nx=y`, name: 'Salesforce Contact' }] })],
    ],
    ['the create', [json(200, { items: [] }), json(201, { id: 'not-an-id' })]],
    ['the create, with no id', [json(200, { items: [] }), json(201, {})]],
  ])('writes no output when %s answers an id that is not a UUID', async (_case, answers) => {
    stub.answer(...answers);
    const run = await runScript(script, env);
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs).toBe('');
    onlyOneError(run.log);
  });

  it('fails when the create answers an error, quoting it escaped', async () => {
    stub.answer(json(200, { items: [] }), { status: 400, body: HOSTILE });
    const run = await runScript(script, env);
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs).toBe('');
    onlyOneError(run.log);
    expect(run.log).toContain('HTTP 400');
  });

  it('fails when the base connection id from the other job is missing', async () => {
    const run = await runScript(script, { ...env, BASE_CONNECTION_ID: '' });
    expect(run.exitCode).not.toBe(0);
    expect(stub.calls).toEqual([]);
    onlyOneError(run.log);
  });
});

describe('examples/chained-dataflow.yml: Fetch an IMS access token for this job', () => {
  const script = stepScript('Fetch an IMS access token for this job');
  let env: Record<string, string>;

  sharedSimulator();
  beforeAll(() => {
    env = {
      IMS_TOKEN_URL: `${sim.url}/ims/token/v3`,
      CLIENT_ID: DEMO.clientId,
      CLIENT_SECRET: DEMO.clientSecret,
    };
  });

  it('masks the token and hands it to later steps', async () => {
    const run = await runScript(script, env);
    expect(run.exitCode).toBe(0);
    const token = /^ACCESS_TOKEN=(\S+)\n$/.exec(run.env)?.[1];
    expect(token).toBeDefined();
    expect(runnerCommands(run.log).map((c) => c.line)).toEqual([`::add-mask::${token}`]);
  });

  it('fails on a refused secret, quoting IMS escaped, and hands on nothing', async () => {
    sim.inject(
      { method: 'POST', path: '/ims/token/v3' },
      { status: 401, body: { error: 'invalid_client', error_description: HOSTILE } },
    );
    const run = await runScript(script, env);
    expect(run.exitCode).not.toBe(0);
    expect(run.env).toBe('');
    onlyOneError(run.log);
    expect(run.log).toContain('invalid_client');
  });

  it('fails when a 200 carries no usable token', async () => {
    sim.inject(
      { method: 'POST', path: '/ims/token/v3' },
      { status: 200, body: { access_token: 'abc\nEVIL=1' } },
    );
    const run = await runScript(script, env);
    expect(run.exitCode).not.toBe(0);
    expect(run.env).toBe('');
    onlyOneError(run.log);
  });
});
