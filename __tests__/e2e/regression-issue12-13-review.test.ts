import { describe, expect, it } from 'vitest';
import { sharedSimulator, sim } from '../support/simulator.js';
import { runAction } from '../support/run-action.js';
import { demoInputs } from '../support/scenario.js';

/** CI runs this file again under Node 24 (what action.yml declares) through E2E_NODE. */
const node = process.env['E2E_NODE'];

sharedSimulator();

const TIMEOUT_SECONDS = 1;
/** Start-up and the exit grace included, as the timeout tests allow. */
const GRACE_MS = 2_000;
/** Past this the test kills the process: it would otherwise run until the job's own limit. */
const KILL_AFTER_MS = TIMEOUT_SECONDS * 1_000 + GRACE_MS + 1_000;

type SpecBody = { items: [{ authSpec: { name: string; spec: Record<string, unknown> }[] }] };

/** Serves the Salesforce spec with `change` applied to the schema of OAuth2 Client Credential. */
function serveHostileSchema(change: (schema: Record<string, unknown>) => void) {
  sim.inject(
    { method: 'GET', path: /\/connectionSpecs\// },
    {
      rewrite: (reply) => {
        const body = structuredClone(reply.body) as SpecBody;
        const oauth = body.items[0].authSpec.find((a) => a.name === 'OAuth2 Client Credential')!;
        change(oauth.spec);
        return { ...reply, body };
      },
    },
  );
}

async function runTimed(extra: Record<string, string> = {}) {
  const started = Date.now();
  const result = await runAction(
    demoInputs(sim, { 'timeout-seconds': String(TIMEOUT_SECONDS), ...extra }),
    { timeoutMs: KILL_AFTER_MS, ...(node ? { node } : {}) },
  );
  return { result, elapsed: Date.now() - started };
}

/**
 * Whether the action then refuses the spec or goes on without it is its choice; what it may not do
 * is spin past timeout-seconds, where the deadline cannot reach it (the work is synchronous).
 */
function expectEndedWithinTimeout({ result, elapsed }: Awaited<ReturnType<typeof runTimed>>) {
  // null: the test had to kill the process; the runner would have let it spin for hours.
  expect(result.exitCode).not.toBeNull();
  expect(elapsed).toBeLessThanOrEqual(TIMEOUT_SECONDS * 1_000 + GRACE_MS);
}

/** 2^40 evaluations of an empty schema, in 3 KiB of JSON: well under the 64 KiB bound. */
function doublingDefinitions(levels: number): Record<string, unknown> {
  const definitions: Record<string, unknown> = { [`d${levels}`]: {} };
  for (let i = 0; i < levels; i++) {
    const next = { $ref: `#/definitions/d${i + 1}` };
    definitions[`d${i}`] = { allOf: [next, next] };
  }
  return definitions;
}

describe(`a connection spec whose JSON Schema takes forever to apply (${node ?? process.version})`, () => {
  it('regression: a schema that doubles through $ref at each level does not hold the step past timeout-seconds', async () => {
    serveHostileSchema((schema) => {
      schema['definitions'] = doublingDefinitions(40);
      schema['allOf'] = [{ $ref: '#/definitions/d0' }];
    });
    expectEndedWithinTimeout(await runTimed());
  });

  it('regression: a catastrophic pattern on a param does not hold the step past timeout-seconds', async () => {
    // A Salesforce consumer key: a long run of letters and digits, then a dot.
    const clientId = `3MVG9${'pRzvMkjMb6lZlt3YjDQwe'.repeat(4)}.KQ3a7`;
    serveHostileSchema((schema) => {
      const properties = schema['properties'] as Record<string, Record<string, unknown>>;
      properties['clientId'] = { ...properties['clientId'], pattern: '^([A-Za-z0-9]+)+$' };
    });
    expectEndedWithinTimeout(await runTimed({ 'salesforce-client-id': clientId }));
  });
});
