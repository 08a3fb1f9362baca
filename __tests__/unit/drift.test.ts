import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectionDrift, driftWarning } from '../../src/connection/drift.js';
import type { Connection } from '../../src/platform/flow-service/schemas.js';
import type { Desired } from '../../src/connection/plan.js';

const URL_A = 'https://a.my.salesforce.com';
const URL_B = 'https://b.my.salesforce.com';

const oauth: Desired = {
  name: 'CRM',
  description: undefined,
  sandboxName: 'prod',
  auth: {
    specName: 'OAuth2 Client Credential',
    params: {
      environmentUrl: URL_A,
      clientId: 'id',
      clientSecret: 'new',
      includeDeletedObjects: false,
    },
  },
};

const basic: Desired = {
  ...oauth,
  auth: {
    specName: 'Basic Authentication',
    params: { environmentUrl: URL_A, username: 'u', password: 'p', securityToken: 't' },
  },
};

/** As Flow Service lists it: secret params masked. */
function found(auth: Connection['auth'], extra: Partial<Connection> = {}): Connection {
  return {
    id: '0e5f2a1c-0000-4000-8000-000000000001',
    name: 'CRM',
    etag: '"1"',
    state: 'enabled',
    connectionSpec: { id: 'spec' },
    ...(auth ? { auth } : {}),
    ...extra,
  };
}

const storedOauth = (params: Record<string, unknown> = {}) =>
  found({
    specName: 'OAuth2 Client Credential',
    params: { environmentUrl: URL_A, clientId: 'id', clientSecret: '***', ...params },
  });

describe('connectionDrift', () => {
  it('finds none when the connection shows what the inputs ask for (masked secrets aside)', () => {
    expect(connectionDrift(storedOauth({ includeDeletedObjects: false }), oauth)).toEqual([]);
    expect(
      connectionDrift(
        found({
          specName: 'Basic Authentication',
          params: { environmentUrl: URL_A, username: 'u', password: '***', securityToken: '***' },
        }),
        basic,
      ),
    ).toEqual([]);
  });

  it('names each differing field with the stored and the requested value', () => {
    const stored = storedOauth({
      environmentUrl: URL_B,
      clientId: 'old',
      includeDeletedObjects: true,
      apiVersion: '59.0',
    });
    expect(
      connectionDrift(stored, {
        ...oauth,
        auth: { ...oauth.auth, params: { ...oauth.auth.params, apiVersion: '60.0' } },
      }),
    ).toEqual([
      { field: 'environmentUrl', stored: URL_B, requested: URL_A },
      { field: 'clientId', stored: 'old', requested: 'id' },
      { field: 'includeDeletedObjects', stored: true, requested: false },
      { field: 'apiVersion', stored: '59.0', requested: '60.0' },
    ]);
  });

  it('treats an absent value as its default: no apiVersion is empty, no includeDeletedObjects is false', () => {
    expect(connectionDrift(storedOauth(), oauth)).toEqual([]);
    expect(connectionDrift(storedOauth({ apiVersion: '' }), oauth)).toEqual([]);
    expect(connectionDrift(storedOauth({ apiVersion: '59.0' }), oauth)).toEqual([
      { field: 'apiVersion', stored: '59.0', requested: undefined },
    ]);
    const withVersion = { ...oauth.auth.params, apiVersion: '60.0' };
    expect(
      connectionDrift(storedOauth(), { ...oauth, auth: { ...oauth.auth, params: withVersion } }),
    ).toEqual([{ field: 'apiVersion', stored: undefined, requested: '60.0' }]);
  });

  it('reads a boolean stored as text, and an environment URL up to case and a trailing slash', () => {
    const stored = storedOauth({
      includeDeletedObjects: 'false',
      environmentUrl: 'https://A.my.salesforce.com/',
    });
    expect(connectionDrift(stored, oauth)).toEqual([]);
  });

  it('reports another auth type once, comparing only the params both types have', () => {
    const stored = found({
      specName: 'Basic Authentication',
      params: { environmentUrl: URL_B, username: 'u', password: '***', securityToken: '***' },
    });
    expect(connectionDrift(stored, oauth)).toEqual([
      {
        field: 'auth.specName',
        stored: 'Basic Authentication',
        requested: 'OAuth2 Client Credential',
      },
      { field: 'environmentUrl', stored: URL_B, requested: URL_A },
    ]);
  });

  it('compares the description only when one is given', () => {
    const stored = found(storedOauth().auth, { description: 'old' });
    expect(connectionDrift(stored, oauth)).toEqual([]);
    expect(connectionDrift(stored, { ...oauth, description: 'new' })).toEqual([
      { field: 'description', stored: 'old', requested: 'new' },
    ]);
    expect(connectionDrift(storedOauth(), { ...oauth, description: 'new' })).toEqual([
      { field: 'description', stored: undefined, requested: 'new' },
    ]);
  });

  it('compares instanceUrl (normalised) and clientId of a JWT connection, never its token, secret or orgId', () => {
    const jwt: Desired = {
      ...oauth,
      auth: {
        specName: 'OAuth2 JWT Token Credential',
        params: { jwtToken: 'a.b.c', clientId: 'id', clientSecret: 's', instanceUrl: URL_A },
      },
    };
    const storedJwt = (params: Record<string, unknown>) =>
      found({
        specName: 'OAuth2 JWT Token Credential',
        params: {
          jwtToken: '***',
          clientId: 'id',
          clientSecret: '***',
          instanceUrl: `${URL_A}/`,
          orgId: '00D5g000004Nd4mEAC',
          ...params,
        },
      });
    expect(connectionDrift(storedJwt({}), jwt)).toEqual([]);
    expect(connectionDrift(storedJwt({ instanceUrl: URL_B, clientId: 'other' }), jwt)).toEqual([
      { field: 'clientId', stored: 'other', requested: 'id' },
      { field: 'instanceUrl', stored: URL_B, requested: URL_A },
    ]);
  });

  it('compares nothing the list item does not show', () => {
    expect(connectionDrift(found(undefined), oauth)).toEqual([]);
    expect(connectionDrift(found({ specName: 'OAuth2 Client Credential' }), oauth)).toEqual([]);
  });

  it('never names a secret param, and finds nothing between a connection and itself', () => {
    const secretNames = ['clientSecret', 'password', 'securityToken', 'jwtToken'];
    const value = fc.oneof(fc.string(), fc.boolean(), fc.constant(undefined));
    const params = fc.dictionary(
      fc.constantFrom(
        'environmentUrl',
        'instanceUrl',
        'orgId',
        'clientId',
        'includeDeletedObjects',
        'apiVersion',
        'username',
        ...secretNames,
      ),
      value,
    );
    const specName = fc.constantFrom(
      'OAuth2 Client Credential',
      'Basic Authentication',
      'OAuth2 JWT Token Credential',
    );
    fc.assert(
      fc.property(
        specName,
        params,
        specName,
        params,
        fc.option(fc.string()),
        (sa, pa, sb, pb, description) => {
          const clean = (p: Record<string, unknown>) =>
            Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Record<
              string,
              string | boolean
            >;
          const desired: Desired = {
            ...oauth,
            description: description ?? undefined,
            auth: { specName: sb, params: clean(pb) },
          };
          const drift = connectionDrift(
            found({ specName: sa, params: pa }, description === null ? {} : { description }),
            desired,
          );
          for (const { field } of drift) expect(secretNames).not.toContain(field);
          const itself = found(
            { specName: sb, params: clean(pb) },
            description === null ? {} : { description },
          );
          expect(connectionDrift(itself, desired)).toEqual([]);
        },
      ),
    );
  });
});

describe('driftWarning', () => {
  it('lists each field with both values and suggests if-exists: update', () => {
    expect(
      driftWarning('abc', [
        { field: 'environmentUrl', stored: URL_B, requested: URL_A },
        { field: 'includeDeletedObjects', stored: true, requested: false },
        { field: 'apiVersion', stored: undefined, requested: '60.0' },
      ]),
    ).toBe(
      'Connection abc differs from the inputs, and reuse leaves it as it is:\n' +
        `- environmentUrl: stored "${URL_B}", requested "${URL_A}"\n` +
        '- includeDeletedObjects: stored true, requested false\n' +
        '- apiVersion: stored none, requested "60.0"\n' +
        'Run with if-exists: update to write the inputs into it (same id), or change the inputs to match.',
    );
  });

  it('cuts a long stored value short', () => {
    const warning = driftWarning('abc', [
      { field: 'clientId', stored: 'x'.repeat(500), requested: 'id' },
    ]);
    expect(warning).toContain(`stored "${'x'.repeat(100)}…", requested "id"`);
  });
});
