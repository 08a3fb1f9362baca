import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO, type Fault, type FaultMatch } from '../../simulator/index.js';
import { sharedSimulator, sim } from '../support/simulator.js';
import type { FakeCore } from '../support/fake-runtime.js';
import { hostileText } from '../support/hostile-text.js';
import { runnerCommands } from '../support/runner-commands.js';
import { runStep } from '../support/scenario.js';

sharedSimulator();

const LIST = { method: 'GET', path: '/connections' } as const;
const NAME = 'Salesforce CRM';

/** The list answer, with its first item's fields replaced. */
function listedAs(fields: Record<string, unknown>): Fault {
  return {
    rewrite: (reply) => {
      const body = reply.body as { items: Array<Record<string, unknown>> };
      const [first, ...rest] = body.items;
      return { ...reply, body: { ...body, items: [{ ...first, ...fields }, ...rest] } };
    },
  };
}

/** The commands the action asked `core` to issue, in the order `FakeCore.stdout` prints them. */
function issuedCommands(core: FakeCore): string[] {
  return [
    ...core.secrets.map(() => 'add-mask'),
    ...core.lines.filter((l) => l.level !== 'info').map((l) => l.level),
    ...(core.failed === undefined ? [] : ['error']),
  ];
}

/** What the runner reads out of stdout is exactly what the action issued, nothing more. */
function expectOnlyIssuedCommands(core: FakeCore): void {
  const found = runnerCommands(core.stdout());
  expect(found.filter((c) => c.format === 'v1')).toEqual([]);
  expect(found.map((c) => c.command)).toEqual(issuedCommands(core));
}

describe('fields of an answer that break their rule make it unexpected, never a log line', () => {
  it('fails on a reused connection whose state carries workflow commands', async () => {
    const seeded = sim.seedConnection({ name: NAME });
    const hostile = `enabled\n::add-mask::${seeded.id}\n::stop-commands::x`;
    sim.inject(LIST, listedAs({ state: hostile }));
    const { core } = await runStep(sim);
    expect(core.failed).toBe(
      'GET /connections answered HTTP 200 with an unexpected body: items.0.state: not a short lowercase word',
    );
    expect(core.outputs).toEqual({});
    expectOnlyIssuedCommands(core);
  });

  it.each([
    ['id', 'not-a-uuid', 'items.0.id: not a UUID'],
    ['id', `${'a'.repeat(35)}\n`, 'items.0.id: not a UUID'],
    ['id', '../../../../ims/token/v3#xxxxxxxxxxxxxxx', 'items.0.id: not a UUID'],
    ['etag', '"a"\n::add-mask::x', 'items.0.etag: not one line of printable ASCII (1 to 256)'],
    ['etag', '', 'items.0.etag: not one line of printable ASCII (1 to 256)'],
    ['etag', '"é"', 'items.0.etag: not one line of printable ASCII (1 to 256)'],
    ['etag', `"${'a'.repeat(255)}"`, 'items.0.etag: not one line of printable ASCII (1 to 256)'],
    ['state', 'Enabled', 'items.0.state: not a short lowercase word'],
    ['state', 'a'.repeat(33), 'items.0.state: not a short lowercase word'],
    ['state', '', 'items.0.state: not a short lowercase word'],
  ])('fails when the listed %s is %j', async (field, value, problem) => {
    sim.seedConnection({ name: NAME });
    sim.inject(LIST, listedAs({ [field]: value }));
    const { core } = await runStep(sim);
    expect(core.failed).toBe(
      `GET /connections answered HTTP 200 with an unexpected body: ${problem}`,
    );
    expect(core.outputs).toEqual({});
    expectOnlyIssuedCommands(core);
  });

  it("accepts Flow Service's own shapes: quoted etags, upper-case ids, states with _ or -", async () => {
    const seeded = sim.seedConnection({ name: NAME });
    const etag = `"${'f'.repeat(8)}-0000-0200-0000-${'0'.repeat(12)}"`;
    sim.inject(LIST, listedAs({ etag, state: 'pending_enable-x' }));
    const { core } = await runStep(sim, { verify: 'false' });
    expect(core.failed).toBeUndefined();
    expect(core.outputs).toMatchObject({
      'connection-id': seeded.id,
      etag,
      state: 'pending_enable-x',
      outcome: 'reused',
    });

    sim.inject(LIST, listedAs({ id: seeded.id.toUpperCase() }));
    const upper = await runStep(sim, { verify: 'false', 'dry-run': 'true' });
    expect(upper.core.failed).toBeUndefined();
    expect(upper.core.outputs['connection-id']).toBe(seeded.id.toUpperCase());
  });
});

describe('every printed line is neutralised', () => {
  it('echoes a name input holding a v1 command harmlessly', async () => {
    const { core } = await runStep(sim, { name: 'a ##[stop-commands]x', verify: 'false' });
    expect(core.failed).toBeUndefined();
    expect(core.messages('info')).toContain(
      'No connection named "a ##\\[stop-commands]x" exists yet',
    );
    expectOnlyIssuedCommands(core);
  });

  it('prints the auth spec name of a listed connection neutralised', async () => {
    sim.seedConnection({ name: NAME });
    sim.inject(
      LIST,
      listedAs({ auth: { specName: 'Basic\n::stop-commands::x ##[debug]y', params: {} } }),
    );
    const { core } = await runStep(sim, { 'if-exists': 'update', verify: 'false' });
    expect(core.failed).toBeUndefined();
    expect(core.messages('info')).toContain(
      'Auth type changes from "Basic\\n::stop-commands::x ##\\[debug]y" to "OAuth2 Client Credential": replacing /auth as a whole',
    );
    expectOnlyIssuedCommands(core);
  });

  it("keeps the action's hint on its own line, and no line from Adobe's error starts a command", async () => {
    sim.inject(
      { method: 'POST', path: '/connections' },
      {
        status: 403,
        headers: { 'x-request-id': '::set-output name=x::##[add-mask]y' },
        body: {
          type: 'https://ns.adobe.com/aep/errors/FLOW-2121-403',
          title: 'Forbidden\n::stop-commands::x',
          report: { 'detailed-message': '##[add-mask]z\r::warning::w' },
        },
      },
    );
    const { core } = await runStep(sim);
    expect(core.failed).toBe(
      'POST /connections failed with HTTP 403 FLOW-2121-403: Forbidden\n' +
        ':\\:stop-commands::x: ##\\[add-mask]z\\r::warning::w (request id ::set-output name=x::##\\[add-mask]y)\n' +
        'The API credential\'s role needs the "Manage Sources" permission for this sandbox (Experience Platform → Permissions → Roles).',
    );
    expectOnlyIssuedCommands(core);
  });
});

describe('outputs', () => {
  it('are one line each, even when a field tried to carry more', async () => {
    const seeded = sim.seedConnection({ name: NAME });
    sim.inject(LIST, listedAs({ etag: `"${seeded.etag}"\nstate=x` }));
    const rejected = await runStep(sim);
    expect(rejected.core.failed).toMatch(/unexpected body: items\.0\.etag/);
    expect(rejected.core.outputs).toEqual({});

    const { core } = await runStep(sim);
    expect(core.failed).toBeUndefined();
    expect(Object.keys(core.outputs)).toHaveLength(5);
    for (const value of Object.values(core.outputs)) expect(value).toMatch(/^[^\r\n]+$/);
  });
});

describe('job summary', () => {
  it("keeps Adobe's error text inside the Verification cell", async () => {
    sim.seedConnection({ name: NAME });
    sim.inject(
      { method: 'GET', path: /\/explore$/ },
      {
        status: 400,
        body: {
          error_code: '400001',
          message: 'bad | x\r| Outcome | hijacked |\n| Sandbox | evil |',
        },
      },
    );
    const { core } = await runStep(sim);
    const table = core.summary.split('\n\n')[1]!;
    const rows = table.split(/\r\n|\r|\n/).filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(10);
    expect(rows.filter((row) => row.startsWith('| Outcome |'))).toEqual(['| Outcome | reused |']);
    expect(rows.at(-1)).toMatch(
      /^\| Verification \| failed: .*: bad \\\| x \\\| Outcome \\\| hijacked \\\| \\\| Sandbox \\\| evil \\\| .*\|$/,
    );
  });

  it('fences a planned request holding backticks so that nothing in it closes the block', async () => {
    const description = 'notes ```\n```` end';
    const { core } = await runStep(sim, { 'dry-run': 'true', description });
    expect(core.failed).toBeUndefined();
    const lines = core.summary.split('\n');
    const open = lines.indexOf('`````http');
    expect(open).toBeGreaterThan(0);
    expect(lines.slice(open + 1).indexOf('`````')).toBe(lines.slice(open + 1).length - 2);
    expect(core.summary).toContain('"description": "notes ```\\n```` end"');
  });
});

/** A server-controlled field and where the simulator puts the hostile text. */
interface Target {
  match: FaultMatch;
  fault: (text: string) => Fault;
  inputs?: Record<string, string>;
  /** Whether a connection of that name exists beforehand (reuse or update), or is created. */
  existing: boolean;
}

const flowError = (fields: Record<string, unknown>): Fault => ({
  status: 400,
  body: { type: 'https://ns.adobe.com/aep/errors/FLOW-1415-400', ...fields },
});

/** Header values can only hold tab, printable ASCII and bytes 0x80–0xFF on the wire. */
const headerSafe = (text: string) => text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');

/** The live connection spec read, with one of its fields replaced by the hostile text. */
function specAs(edit: (spec: { name: string; authSpec: { name: string }[] }) => void): Fault {
  return {
    rewrite: (reply) => {
      const body = structuredClone(reply.body) as {
        items: [{ name: string; authSpec: { name: string }[] }];
      };
      edit(body.items[0]);
      return { ...reply, body };
    },
  };
}

const SPEC_READ: FaultMatch = { method: 'GET', path: /^\/connectionSpecs\// };

const TARGETS: Record<string, Target> = {
  'connection spec name': {
    match: SPEC_READ,
    existing: false,
    fault: (text) => specAs((spec) => (spec.name = text)),
  },
  'auth spec name (live spec)': {
    match: SPEC_READ,
    existing: false,
    fault: (text) => specAs((spec) => spec.authSpec.forEach((a) => (a.name = text))),
  },
  'listed name': { match: LIST, existing: true, fault: (text) => listedAs({ name: text }) },
  state: { match: LIST, existing: true, fault: (text) => listedAs({ state: text }) },
  etag: { match: LIST, existing: true, fault: (text) => listedAs({ etag: text }) },
  id: { match: LIST, existing: true, fault: (text) => listedAs({ id: text }) },
  'auth specName': {
    match: LIST,
    existing: true,
    fault: (text) => listedAs({ auth: { specName: text, params: {} } }),
    inputs: { 'if-exists': 'update' },
  },
  'auth param (drift)': {
    match: LIST,
    existing: true,
    fault: (text) =>
      listedAs({
        auth: { specName: 'OAuth2 Client Credential', params: { environmentUrl: text } },
      }),
  },
  'description (drift)': {
    match: LIST,
    existing: true,
    fault: (text) => listedAs({ description: text }),
    inputs: { description: 'Sales data' },
  },
  'error title': {
    match: { method: 'POST', path: '/connections' },
    existing: false,
    fault: (text) => flowError({ title: text }),
  },
  'error detail': {
    match: { method: 'GET', path: /\/explore$/ },
    existing: true,
    fault: (text) => flowError({ report: { 'detailed-message': text } }),
  },
  'IMS error_description': {
    match: { method: 'POST', path: '/ims/token/v3' },
    existing: false,
    fault: (text) => ({ status: 400, body: { error: 'invalid_request', error_description: text } }),
  },
  'x-request-id header': {
    match: { method: 'GET', path: /\/explore$/ },
    existing: true,
    fault: (text) => ({ status: 403, headers: { 'x-request-id': headerSafe(text) }, body: {} }),
  },
};

describe('property: no server-controlled field makes the runner read a command', () => {
  it('stdout holds only the commands the action issued; the run ends once, with one error at most', async () => {
    const secrets = [DEMO.clientSecret, DEMO.salesforce.oauth.clientSecret];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(TARGETS)),
        hostileText,
        async (field, text) => {
          sim.reset();
          const target = TARGETS[field]!;
          if (target.existing) sim.seedConnection({ name: NAME });
          sim.inject(target.match, target.fault(text));
          const { core } = await runStep(sim, target.inputs);
          expectOnlyIssuedCommands(core);
          const errors = runnerCommands(core.stdout()).filter((c) => c.command === 'error');
          expect(errors).toHaveLength(core.failed === undefined ? 0 : 1);
          const issued = sim.requests
            .map((r) => r.headers['authorization']?.replace('Bearer ', ''))
            .filter((token) => token !== undefined);
          const handedOut = [...secrets, ...issued, ...sim.salesforceSessions()];
          for (const secret of core.secrets) expect(handedOut).toContain(secret);
          for (const value of Object.values(core.outputs)) expect(value).toMatch(/^[^\r\n]*$/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
