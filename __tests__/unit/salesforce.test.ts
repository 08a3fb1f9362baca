import { describe, expect, it } from 'vitest';
import { salesforceAuth } from '../../src/connection/salesforce.js';

describe('salesforceAuth', () => {
  it('builds OAuth2 Client Credential params from the parameter table', () => {
    const auth = salesforceAuth({
      environmentUrl: 'https://acme.my.salesforce.com',
      apiVersion: '60.0',
      auth: {
        type: 'oauth2-client-credential',
        clientId: 'sf-id',
        clientSecret: 'sf-secret',
        includeDeletedObjects: true,
      },
    });
    expect(auth).toEqual({
      specName: 'OAuth2 Client Credential',
      params: {
        environmentUrl: 'https://acme.my.salesforce.com',
        clientId: 'sf-id',
        clientSecret: 'sf-secret',
        includeDeletedObjects: true,
        apiVersion: '60.0',
      },
    });
  });

  it('builds Basic Authentication params and leaves an empty apiVersion out', () => {
    const auth = salesforceAuth({
      environmentUrl: 'https://acme.my.salesforce.com',
      apiVersion: undefined,
      auth: { type: 'basic', username: 'ops@acme.com', password: 'pw', securityToken: 'tok' },
    });
    expect(auth).toEqual({
      specName: 'Basic Authentication',
      params: {
        environmentUrl: 'https://acme.my.salesforce.com',
        username: 'ops@acme.com',
        password: 'pw',
        securityToken: 'tok',
      },
    });
  });
});
