import { describe, expect, it } from 'vitest';
import { sharedSimulator, sim } from '../support/simulator.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { runnerCommands } from '../support/runner-commands.js';
import { demoInputs } from '../support/scenario.js';

/** CI runs this file again under Node 24 (what action.yml declares) through E2E_NODE. */
const node = process.env['E2E_NODE'];

sharedSimulator();

const run = (extra: Record<string, string> = {}) =>
  runAction(demoInputs(sim, { name: 'CRM e2e', ...extra }), node ? { node } : {});

const HEADING = '## Salesforce base connection "CRM e2e" in sandbox prod\n';

/** Plain lines printed outside every group, as the runner shows them without expanding any. */
function topLevelLines(result: ActionRun): string[] {
  let depth = 0;
  return result.stdout.split('\n').flatMap((line) => {
    const [command] = runnerCommands(line);
    if (command?.command === 'group') depth++;
    if (command?.command === 'endgroup') depth--;
    return command === undefined && depth === 0 && line !== '' ? [line] : [];
  });
}

/** The result line is the last plain line, after every group, and the error (if any) follows it. */
function expectResultLine(result: ActionRun, line: string): void {
  expect(topLevelLines(result).at(-1)).toBe(line);
  const afterLine = result.stdout.slice(result.stdout.lastIndexOf(`${line}\n`) + line.length + 1);
  expect(runnerCommands(afterLine).map((c) => c.command)).toEqual(
    result.exitCode === 0 ? [] : ['error'],
  );
}

describe(`job summary of every run, as the runner runs dist/index.js (${node ?? process.version})`, () => {
  it('invalid inputs: the summary lists the problems, before any request', async () => {
    const result = await run({ 'org-id': 'acme' });
    expect(result.exitCode).toBe(1);
    expect(sim.requests).toEqual([]);
    expect(result.summary).toContain(HEADING);
    expect(result.summary).toContain(
      '### Invalid inputs\n\n- org-id must end with @AdobeOrg (got "acme")\n',
    );
    expectResultLine(result, 'Salesforce base connection "CRM e2e" in sandbox prod: failed');
  });

  it('IMS 401: the summary holds the failure', async () => {
    const result = await run({ 'client-secret': 'not-the-secret' });
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain(HEADING);
    expect(result.summary).toContain(
      '### Failed\n\n```text\nPOST /ims/token/v3 failed with HTTP 401 invalid_client',
    );
    expect(result.summary).not.toContain('not-the-secret');
    expectResultLine(result, 'Salesforce base connection "CRM e2e" in sandbox prod: failed');
  });

  it('twins: the summary lists their ids', async () => {
    const a = sim.seedConnection({ name: 'CRM e2e' });
    const b = sim.seedConnection({ name: 'CRM e2e' });
    const result = await run();
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain(`- ${a.id} (created `);
    expect(result.summary).toContain(`- ${b.id} (created `);
    expect(result.outputs).toEqual({});
    expectResultLine(result, 'Salesforce base connection "CRM e2e" in sandbox prod: failed');
  });

  it('timeout: the summary names what the run was waiting for', async () => {
    sim.injectAlways({ method: 'GET', path: '/connections' }, { hang: true });
    const result = await run({ 'timeout-seconds': '1' });
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain(
      '```text\nTimed out after 1 s (timeout-seconds) waiting for GET /connections',
    );
    expectResultLine(result, 'Salesforce base connection "CRM e2e" in sandbox prod: failed');
  });

  it('verify: false prints no Verification group; the result line says it was not verified', async () => {
    const result = await run({ verify: 'false' });
    expect(result.exitCode).toBe(0);
    const groups = runnerCommands(result.stdout).filter((c) => c.command === 'group');
    expect(groups.map((c) => c.line)).toEqual([
      '::group::Adobe access token',
      '::group::Lookup in sandbox prod',
      '::group::Salesforce credentials',
      '::group::Connection',
    ]);
    const id = result.outputs['connection-id'];
    expect(result.summary).toContain(`| Connection id | ${id} |`);
    expectResultLine(
      result,
      `Salesforce base connection ${id} in sandbox prod: created, enabled, not verified (verify: false)`,
    );
  });
});
