import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import { repoRoot } from './support/repo.js';

const TSX = join(repoRoot, 'node_modules/.bin/tsx');
const CLI = join(repoRoot, 'simulator/cli.ts');

type Child = ChildProcessByStdio<null, Readable, Readable>;

interface Cli {
  child: Child;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const started: Child[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function cli(args: string[]): Cli {
  const child = spawn(TSX, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'close').then(([code]) => code as number | null);
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function listening(run: Cli): Promise<string> {
  for (let waited = 0; waited < 15_000; waited += 50) {
    const url = /listening on (http:\/\/\S+)/.exec(run.stdout())?.[1];
    if (url !== undefined) return url;
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the simulator did not start: ${run.stdout()}${run.stderr()}`);
}

async function stop(run: Cli): Promise<number | null> {
  run.child.kill('SIGTERM');
  return run.exited;
}

async function token(url: string): Promise<string> {
  const response = await fetch(`${url}/ims/token/v3`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: DEMO.clientId,
      client_secret: DEMO.clientSecret,
      scope: 'openid,AdobeID,read_organizations',
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function listIn(url: string, accessToken: string, sandbox: string): Promise<number> {
  const response = await fetch(`${url}/data/foundation/flowservice/connections?property=name==x`, {
    headers: {
      authorization: `Bearer ${accessToken}`,
      'x-api-key': DEMO.clientId,
      'x-gw-ims-org-id': DEMO.orgId,
      'x-sandbox-name': sandbox,
    },
  });
  await response.arrayBuffer();
  return response.status;
}

describe('npm run simulator', { timeout: 60_000 }, () => {
  it('--help explains every option and starts nothing', async () => {
    const run = cli(['--help']);
    expect(await run.exited).toBe(0);
    for (const option of ['--port', '--sandboxes', '--verbose', '--help']) {
      expect(run.stdout()).toContain(option);
    }
    expect(run.stdout()).toContain('prod,dev,stage');
    expect(run.stdout()).not.toContain('listening');
  });

  it('names a taken port and how to choose another, in one line, and exits 1', async () => {
    const blocker = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const { port } = blocker.address() as AddressInfo;
    try {
      const run = cli(['--port', String(port)]);
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toBe(
        `Port ${port} on 127.0.0.1 is already in use: choose another with --port <number>, or --port 0 for any free port.\n`,
      );
    } finally {
      blocker.close();
    }
  });

  it('refuses an unknown option, pointing at --help', async () => {
    const run = cli(['--sandbox', 'dev']);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/--sandbox.*\n?.*--help/);
  });

  it('serves prod, dev and stage by default, and the sandboxes --sandboxes names otherwise', async () => {
    const byDefault = cli([]);
    const defaultUrl = await listening(byDefault);
    const defaultToken = await token(defaultUrl);
    for (const sandbox of ['prod', 'dev', 'stage']) {
      expect(await listIn(defaultUrl, defaultToken, sandbox)).toBe(200);
    }
    expect(await listIn(defaultUrl, defaultToken, 'qa')).toBe(404);

    const named = cli(['--sandboxes', 'qa,uat']);
    const namedUrl = await listening(named);
    const namedToken = await token(namedUrl);
    expect(await listIn(namedUrl, namedToken, 'qa')).toBe(200);
    expect(await listIn(namedUrl, namedToken, 'uat')).toBe(200);
    expect(await listIn(namedUrl, namedToken, 'prod')).toBe(404);
    await Promise.all([stop(byDefault), stop(named)]);
  });

  it('--verbose logs method, path and status of each request, never a secret or token', async () => {
    const run = cli(['--verbose']);
    const url = await listening(run);
    const accessToken = await token(url);
    await listIn(url, accessToken, 'prod');
    await listIn(url, accessToken, 'nowhere');
    await stop(run);
    const log = run.stdout().slice(run.stdout().indexOf('POST /ims'));
    expect(log.split('\n').filter(Boolean)).toEqual([
      'POST /ims/token/v3 200',
      'GET /data/foundation/flowservice/connections 200',
      'GET /data/foundation/flowservice/connections 404',
    ]);
    expect(run.stdout() + run.stderr()).not.toContain(accessToken);
  });

  it('logs no request without --verbose', async () => {
    const run = cli([]);
    const url = await listening(run);
    await token(url);
    await stop(run);
    expect(run.stdout()).not.toContain('/ims/token/v3');
  });
});
