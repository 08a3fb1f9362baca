import { describe, expect, it } from 'vitest';
import {
  authProblems,
  connectionSpecAnswer,
  secretParams,
  verifiedBy,
  type ConnectionSpec,
} from '../../src/platform/flow-service/connection-spec.js';
import { judgeAuth } from '../../src/connection/live-spec.js';
import { Redactor } from '../../src/github/redact.js';
import { checkedSubset } from '../../src/platform/flow-service/schema-subset.js';

const SECRET = 'hunter2-secret-value';

const spec: ConnectionSpec = connectionSpecAnswer.parse({
  items: [
    {
      id: 'a11ce5ed-f11e-4000-8000-000000000001',
      name: 'Demo source',
      sourceSpec: { attributes: {} },
      exploreSpec: { name: 'FileSystem', type: 'FileSystem' },
      authSpec: [
        {
          name: 'Key',
          spec: {
            $schema: 'http://json-schema.org/draft-07/schema#',
            type: 'object',
            properties: {
              host: { type: 'string', uiAttributes: { placeholder: 'x' } },
              key: { type: 'string', format: 'password', restAttributes: { headerParamName: 'K' } },
              port: { type: 'integer', minimum: 1 },
            },
            required: ['host', 'key'],
            additionalProperties: false,
          },
        },
      ],
    },
  ],
}).items[0];

const inputs = { specName: 'auth-spec-name', param: (p: string) => `auth-params key "${p}"` };

describe('the live auth spec as JSON Schema (draft-07, with Adobe keywords)', () => {
  it('accepts params that satisfy it, uiAttributes and restAttributes notwithstanding', () => {
    expect(
      authProblems(spec, { specName: 'Key', params: { host: 'h', key: SECRET } }, inputs),
    ).toEqual([]);
  });

  it('names the input and the expectation of each failing param, never its value', () => {
    const problems = authProblems(
      spec,
      { specName: 'Key', params: { key: 42, port: 0, extra: SECRET } },
      inputs,
    );
    expect(problems).toEqual([
      'auth-params key "host" is required (param "host")',
      'auth-params key "key" must be of type string (param "key")',
      `auth-params key "port" does not satisfy the auth spec's "minimum" rule (param "port")`,
      'auth-params key "extra" is not a parameter of this auth spec (param "extra")',
    ]);
    expect(problems.join('\n')).not.toContain(SECRET);
  });

  it('reads secrets from format: password, and verification from exploreSpec', () => {
    expect(secretParams(spec.authSpec[0]!)).toEqual(['key']);
    expect(verifiedBy(spec)).toBe('test');
    expect(verifiedBy({ ...spec, exploreSpec: { type: 'Tabular' } })).toBe('explore');
  });

  it('applies the keywords whose cost grows with the params; leaves pattern, $ref and combinators to Adobe', () => {
    const schema = {
      type: 'object',
      properties: {
        host: { type: 'string', pattern: '^([a-z]+)+$', allOf: [{ $ref: '#' }], maxLength: 3 },
      },
    };
    const guarded = { ...spec, authSpec: [{ name: 'Key', spec: schema }] };
    const auth = (host: string) => ({ specName: 'Key', params: { host } });
    expect(authProblems(guarded, auth('a.b'), inputs)).toEqual([]);
    expect(authProblems(guarded, auth('abcd'), inputs)).toEqual([
      `auth-params key "host" does not satisfy the auth spec's "maxLength" rule (param "host")`,
    ]);
  });

  it('lists the first 20 problems of a schema that requires thousands of params', () => {
    const required = Array.from({ length: 5000 }, (_, i) => `p${i}`);
    const many = { ...spec, authSpec: [{ name: 'Key', spec: { type: 'object', required } }] };
    const problems = authProblems(many, { specName: 'Key', params: {} }, inputs);
    expect(problems).toHaveLength(21);
    expect(problems[0]).toBe('auth-params key "p0" is required (param "p0")');
    expect(problems[20]).toBe('and 4980 more');
  });

  it('says which rule the params break when no single param is to blame', () => {
    const rooted = { ...spec, authSpec: [{ name: 'Key', spec: { type: 'array' } }] };
    expect(authProblems(rooted, { specName: 'Key', params: {} }, inputs)).toEqual([
      'the params do not satisfy auth spec "Key" (rule "type")',
    ]);
  });

  it('calls a schema it cannot apply an unexpected answer', () => {
    const broken = { properties: { host: { enum: 5 } } };
    const bad = { ...spec, authSpec: [{ name: 'Key', spec: broken }] };
    expect(() => authProblems(bad, { specName: 'Key', params: { host: 'h' } }, inputs)).toThrow(
      'The JSON Schema of auth spec "Key" cannot be applied: an unexpected answer from Flow Service.',
    );
  });
});

describe('the part of a served schema that is applied', () => {
  it('keeps boolean schemas, and stops at a depth no auth params reach', () => {
    let deep: unknown = { type: 'string', pattern: '^x$' };
    for (let i = 0; i < 10; i++) deep = { type: 'object', properties: { a: deep } };
    let kept = checkedSubset(deep) as { properties?: { a: unknown } } | true;
    let depth = 0;
    while (kept !== true && kept.properties) {
      kept = kept.properties.a as typeof kept;
      depth++;
    }
    expect(depth).toBe(8);
    expect(checkedSubset({ additionalProperties: false, allOf: [{ $ref: '#' }] })).toEqual({
      additionalProperties: false,
    });
  });
});

describe('judgeAuth', () => {
  it('registers the values of the params the spec calls secret, and only those given', () => {
    const masked: string[] = [];
    const redactor = new Redactor((secret) => masked.push(secret));
    const given = judgeAuth(
      spec,
      { specName: 'Key', params: { host: 'h', key: SECRET } },
      inputs,
      redactor,
    );
    expect([...given.secrets]).toEqual(['key']);
    const missing = judgeAuth(spec, { specName: 'Key', params: { host: 'h' } }, inputs, redactor);
    expect(missing.problems).toEqual(['auth-params key "key" is required (param "key")']);
    expect(masked).toEqual([SECRET]);
  });
});
