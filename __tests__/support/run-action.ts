import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { actionDefaults } from '../unit/support/repo.js';

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Each action's bundle and metadata, as the runner finds them from `uses:`. */
const ACTIONS = {
  root: { bundle: resolve(import.meta.dirname, '../../dist/index.js'), metadata: 'action.yml' },
  dataflow: {
    bundle: resolve(import.meta.dirname, '../../dist/dataflow/index.js'),
    metadata: 'dataflow/action.yml',
  },
  teardown: {
    bundle: resolve(import.meta.dirname, '../../dist/teardown/index.js'),
    metadata: 'teardown/action.yml',
  },
} as const;

/** `name<<delimiter\nvalue\ndelimiter` entries, as `core.setOutput` writes them to GITHUB_OUTPUT. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const entry = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const [, name, , value] of text.matchAll(entry)) outputs[name!] = value!;
  return outputs;
}

/**
 * Runs the bundled action the way the runner does: inputs as INPUT_* variables (action.yml's
 * default for each input left out), file commands.
 */
export async function runAction(
  inputs: Record<string, string>,
  options: {
    node?: string;
    nodeArgs?: string[];
    timeoutMs?: number;
    /** More environment, e.g. the runner's proxy variables. */
    env?: Record<string, string>;
    /** Which action of the repository; the root one by default. */
    action?: keyof typeof ACTIONS;
    /** Files of the workspace (GITHUB_WORKSPACE), by path relative to it. */
    files?: Record<string, string>;
  } = {},
): Promise<ActionRun> {
  const action = ACTIONS[options.action ?? 'root'];
  const dir = await mkdtemp(join(tmpdir(), 'aep-sf-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  await Promise.all([
    writeFile(outputFile, ''),
    writeFile(summaryFile, ''),
    ...Object.entries(options.files ?? {}).map(([path, text]) => writeFile(join(dir, path), text)),
  ]);
  const inputEnv = Object.fromEntries(
    Object.entries({ ...actionDefaults(action.metadata), ...inputs }).map(([name, value]) => [
      `INPUT_${name.toUpperCase()}`,
      value,
    ]),
  );
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: dir,
    ...options.env,
    ...inputEnv,
  };
  try {
    const command = [options.node ?? process.execPath, ...(options.nodeArgs ?? [])];
    const { exitCode, stdout, stderr } = await spawnNode(
      command,
      action.bundle,
      env,
      options.timeoutMs,
    );
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function spawnNode(
  [node, ...args]: readonly string[],
  bundle: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
) {
  return new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(node!, [...args, bundle], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', fail);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      done({ exitCode, stdout, stderr });
    });
  });
}
