import { describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import { sim, simulator } from '../support/simulator.js';
import { run } from '../../src/connection/main.js';
import { fakeRuntime, type FakeCore } from '../support/fake-runtime.js';
import { demoInputs, runStep } from '../support/scenario.js';

const HEADING = '## Salesforce base connection "Salesforce CRM" in sandbox prod';

/** Info lines printed outside every group: what the runner shows without expanding anything. */
function topLevelInfo(core: FakeCore): string[] {
  let depth = 0;
  return core.lines.flatMap((line) => {
    if (line.level === 'group') depth++;
    if (line.level === 'endgroup') depth--;
    return line.level === 'info' && depth === 0 ? [line.message] : [];
  });
}

/** The result line comes after the last group closes. */
function resultLine(core: FakeCore): string | undefined {
  const lastGroupEnd = core.lines.map((l) => l.level).lastIndexOf('endgroup');
  const after = core.lines.slice(lastGroupEnd + 1).filter((l) => l.level === 'info');
  expect(after).toHaveLength(1);
  expect(topLevelInfo(core)).toContain(after[0]!.message);
  return after[0]!.message;
}

const groups = (core: FakeCore) => core.messages('group');

describe('job summary and result line of a run that fails', () => {
  it('lists every input problem under a heading made of the raw name and sandbox', async () => {
    await simulator();
    const { core } = await runStep(sim, {
      name: 'CRM | EMEA\n## owned',
      'org-id': 'acme',
      'if-exists': 'sometimes',
    });
    expect(sim.requests).toEqual([]);
    expect(core.summary.split('\n').slice(0, 2)).toEqual([
      '## Salesforce base connection "CRM \\| EMEA ## owned" in sandbox prod',
      '',
    ]);
    expect(core.summary).toContain(
      '\n### Invalid inputs\n\n' +
        '- org-id must end with @AdobeOrg (got "acme")\n' +
        '- name must be a single line (got "CRM \\| EMEA\\\\n## owned")\n' +
        '- if-exists must be one of reuse, update, fail, create (got "sometimes")\n',
    );
    expect(resultLine(core)).toBe(
      'Salesforce base connection "CRM | EMEA\\n## owned" in sandbox prod: failed',
    );
    expect(core.failed).toMatch(
      /^Invalid inputs:\n- org-id must end with @AdobeOrg \(got "acme"\)\n/,
    );
  });

  it('leaves out of the heading what the inputs do not give', async () => {
    await simulator();
    const { core } = await runStep(sim, { name: '', 'sandbox-name': '' });
    expect(core.summary.split('\n')[0]).toBe('## Salesforce base connection');
    expect(resultLine(core)).toBe('Salesforce base connection: failed');
  });

  it('shows an IMS failure, scrubbed of the secret it echoes', async () => {
    await simulator();
    sim.inject(
      { method: 'POST', path: '/ims/token/v3' },
      {
        status: 401,
        body: { error: 'invalid_client', error_description: `bad secret ${DEMO.clientSecret}` },
      },
    );
    const { core } = await runStep(sim);
    expect(core.summary.split('\n')[0]).toBe(HEADING);
    expect(core.summary).toContain(
      '\n### Failed\n\n```text\nPOST /ims/token/v3 failed with HTTP 401 invalid_client: bad secret ***',
    );
    expect(core.summary).not.toContain(DEMO.clientSecret);
    expect(core.summary).toContain('| Connection id | — |');
    expect(resultLine(core)).toBe(
      'Salesforce base connection "Salesforce CRM" in sandbox prod: failed',
    );
  });

  it('shows a permission failure of the create', async () => {
    await simulator();
    sim.inject(
      { method: 'POST', path: '/connections' },
      {
        status: 403,
        body: {
          type: 'https://ns.adobe.com/aep/errors/FLOW-2121-403',
          title: 'Forbidden',
          report: { 'detailed-message': 'Manage permission denied' },
        },
      },
    );
    const { core } = await runStep(sim);
    expect(core.summary).toContain(
      '```text\nPOST /connections failed with HTTP 403 FLOW-2121-403: Forbidden: Manage permission denied',
    );
    expect(core.summary).toContain('"Manage Sources" permission');
    expect(resultLine(core)).toBe(
      'Salesforce base connection "Salesforce CRM" in sandbox prod: failed',
    );
  });

  it('shows twins with every id', async () => {
    await simulator();
    const a = sim.seedConnection({ name: 'Salesforce CRM' });
    const b = sim.seedConnection({ name: 'Salesforce CRM' });
    const { core } = await runStep(sim);
    expect(core.summary).toContain('### Failed');
    expect(core.summary).toContain(`- ${a.id} (created `);
    expect(core.summary).toContain(`- ${b.id} (created `);
    expect(core.outputs).toEqual({});
  });

  it('shows a timeout after the connection exists, with its id and outcome', async () => {
    await simulator({ initializingReads: 1_000 });
    const { core } = await runStep(sim, { 'timeout-seconds': '6' });
    const id = sim.connections()[0]!.id;
    expect(core.summary).toContain(`| Connection id | ${id} |`);
    expect(core.summary).toContain('| Outcome | created |');
    expect(core.summary).toContain(
      `\`\`\`text\nTimed out after 6 s (timeout-seconds) waiting for connection ${id} to leave state initializing\n\`\`\``,
    );
    expect(resultLine(core)).toBe(
      `Salesforce base connection ${id} in sandbox prod: created, failed`,
    );
  });

  it('shows a failed verification in its row and as the failure, without the secret it echoes', async () => {
    await simulator();
    const secret = 'sf_secret*with_marks|1';
    sim.inject(
      { method: 'GET', path: /\/explore$/ },
      { status: 400, body: { error_code: '400001', message: `login with ${secret} failed` } },
    );
    // Salesforce would refuse this secret before the write; the test is about what verify shows.
    const { core } = await runStep(sim, {
      'salesforce-client-secret': secret,
      'salesforce-preflight': 'false',
    });
    const id = sim.connections()[0]!.id;
    expect(core.summary).toMatch(
      /\| Verification \| failed: GET .*login with \\\*\\\*\\\* failed.* \|/,
    );
    expect(core.summary).toContain('### Failed');
    for (const form of [secret, 'sf\\_secret', 'with\\_marks'])
      expect(core.summary).not.toContain(form);
    expect(resultLine(core)).toBe(
      `Salesforce base connection ${id} in sandbox prod: created, enabled, verification failed`,
    );
  });

  it('still fails the step, and says why, when the summary cannot be written', async () => {
    await simulator();
    const rt = fakeRuntime(demoInputs(sim, { 'org-id': 'acme' }));
    rt.core.writeSummary = () => Promise.reject(new Error('EACCES: summary file'));
    await run(rt);
    expect(rt.core.messages('warning')).toEqual([
      'Could not write the job summary: EACCES: summary file',
    ]);
    expect(rt.core.failed).toMatch(/^Invalid inputs:/);
  });
});

describe('job summary and result line of a run that succeeds', () => {
  it('reuse: the line after the groups gives id, sandbox, outcome, state and verification', async () => {
    await simulator();
    const existing = sim.seedConnection({ name: 'Salesforce CRM' });
    const { core } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(core.summary.split('\n')[0]).toBe(HEADING);
    expect(core.summary).not.toContain('###');
    expect(resultLine(core)).toBe(
      `Salesforce base connection ${existing.id} in sandbox prod: reused, enabled, verified`,
    );
    expect(core.lines.at(-1)).toEqual({ level: 'info', message: resultLine(core) });
  });

  it('verify: false prints no Verification group and says it did not verify', async () => {
    await simulator();
    const { core } = await runStep(sim, { verify: 'false' });
    const id = sim.connections()[0]!.id;
    expect(groups(core)).toEqual([
      'Adobe access token',
      'Lookup in sandbox prod',
      'Salesforce credentials',
      'Connection',
    ]);
    expect(resultLine(core)).toBe(
      `Salesforce base connection ${id} in sandbox prod: created, enabled, not verified (verify: false)`,
    );
  });

  it('dry run: says what would happen and that nothing changed', async () => {
    await simulator();
    const { core } = await runStep(sim, { 'dry-run': 'true' });
    expect(resultLine(core)).toBe(
      'Salesforce base connection "Salesforce CRM" in sandbox prod: would-create, nothing changed (dry run)',
    );
    expect(core.summary).toContain('| Auth type | OAuth2 Client Credential |');
  });

  it('two steps of one job write summaries told apart by their headings', async () => {
    await simulator();
    const prod = await runStep(sim, { name: 'CRM A' });
    const dev = await runStep(sim, { name: 'CRM B', 'sandbox-name': 'dev' });
    expect(prod.core.summary.split('\n')[0]).toBe(
      '## Salesforce base connection "CRM A" in sandbox prod',
    );
    expect(dev.core.summary.split('\n')[0]).toBe(
      '## Salesforce base connection "CRM B" in sandbox dev',
    );
  });
});
