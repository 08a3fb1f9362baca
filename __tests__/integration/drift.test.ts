import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO, type Simulator } from '../../simulator/index.js';
import { sim, simulator } from '../support/simulator.js';
import { demoOauthParams, flowCalls, runStep, SPEC_ID } from '../support/scenario.js';

beforeEach(async () => {
  await simulator();
});

const OLD_ORG = 'https://old-org.my.salesforce.com';

async function seeded(fields: Parameters<Simulator['seedConnection']>[0]) {
  return sim.seedConnection(fields);
}

describe('drift of a reused connection', () => {
  it('is one warning naming each field with both values, the drift output and a summary table; nothing is written', async () => {
    const existing = await seeded({
      name: 'Salesforce CRM',
      description: 'old words',
      auth: {
        specName: 'OAuth2 Client Credential',
        params: { ...demoOauthParams(sim), environmentUrl: OLD_ORG, clientSecret: 'stale-secret' },
      },
    });
    const { core } = await runStep(sim, { description: 'Sales data', verify: 'false' });
    expect(core.failed).toBeUndefined();
    expect(flowCalls(sim)).toEqual(['GET /connections', `GET /connectionSpecs/${SPEC_ID}`]);
    expect(core.messages('warning')).toEqual([
      `Connection ${existing.id} differs from the inputs, and reuse leaves it as it is:\n` +
        `- environmentUrl: stored "${OLD_ORG}", requested "${sim.url}"\n` +
        '- description: stored "old words", requested "Sales data"\n' +
        'Run with if-exists: update to write the inputs into it (same id), or change the inputs to match.',
    ]);
    expect(core.outputs).toMatchObject({ outcome: 'reused', drift: 'environmentUrl,description' });
    expect(core.summary).toContain(
      '\n### Drift from the inputs\n\n| Field | Stored | Requested |\n|---|---|---|\n' +
        `| environmentUrl | "${OLD_ORG}" | "${sim.url}" |\n` +
        '| description | "old words" | "Sales data" |\n',
    );
    expect(core.visibleText()).not.toContain('stale-secret');
  });

  it('shows the stored auth type, not the requested one, and reports the change of type', async () => {
    const { basic } = DEMO.salesforce;
    await seeded({
      name: 'Salesforce CRM',
      auth: {
        specName: 'Basic Authentication',
        params: { environmentUrl: sim.url, ...basic },
      },
    });
    const { core } = await runStep(sim, { verify: 'false' });
    expect(core.outputs['drift']).toBe('auth.specName');
    expect(core.summary).toContain('| Auth type | Basic Authentication |');
    expect(core.messages('warning')[0]).toContain(
      '- auth.specName: stored "Basic Authentication", requested "OAuth2 Client Credential"\n',
    );
    expect(core.visibleText()).not.toContain(basic.password);
  });

  it('is not reported when the connection shows what the inputs ask for, whatever its secret', async () => {
    await seeded({
      name: 'Salesforce CRM',
      auth: {
        specName: 'OAuth2 Client Credential',
        params: { ...demoOauthParams(sim), clientSecret: 'another-secret' },
      },
    });
    const { core } = await runStep(sim, { verify: 'false' });
    expect(core.messages('warning')).toEqual([]);
    expect(core.outputs['drift']).toBeUndefined();
    expect(core.summary).not.toContain('Drift');
  });

  it('is reported the same way by a dry run that would reuse', async () => {
    await seeded({
      name: 'Salesforce CRM',
      auth: {
        specName: 'OAuth2 Client Credential',
        params: { ...demoOauthParams(sim), apiVersion: '58.0' },
      },
    });
    const { core } = await runStep(sim, { 'dry-run': 'true', 'salesforce-api-version': '60.0' });
    expect(core.outputs).toMatchObject({ outcome: 'would-reuse', drift: 'apiVersion' });
    expect(core.messages('warning')).toEqual([
      expect.stringContaining('- apiVersion: stored "58.0", requested "60.0"\n'),
    ]);
    expect(core.summary).toContain('| apiVersion | "58.0" | "60.0" |');
  });

  it('is not looked for by an update, which writes the inputs anyway', async () => {
    await seeded({
      name: 'Salesforce CRM',
      auth: {
        specName: 'OAuth2 Client Credential',
        params: { ...demoOauthParams(sim), environmentUrl: OLD_ORG },
      },
    });
    const { core } = await runStep(sim, { 'if-exists': 'update' });
    expect(core.failed).toBeUndefined();
    expect(core.messages('warning')).toEqual([]);
    expect(core.outputs['drift']).toBeUndefined();
  });
});
