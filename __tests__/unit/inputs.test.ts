import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  DEFAULTS,
  INPUT_NAMES,
  InputError,
  parseInputs,
  readRawInputs,
  type Config,
} from '../../src/inputs.js';

const BASE: Record<string, string> = {
  'client-id': 'adobe-client',
  'client-secret': 'adobe-secret',
  'org-id': '0123456789ABCDEF01234567@AdobeOrg',
  name: 'Salesforce CRM',
  'salesforce-environment-url': 'https://acme.my.salesforce.com',
  'salesforce-client-id': 'sf-client',
  'salesforce-client-secret': 'sf-secret',
};

function parseWith(overrides: Record<string, string>): Config {
  const inputs = { ...BASE, ...overrides };
  return parseInputs(readRawInputs((name) => inputs[name] ?? ''));
}

function problemsWith(overrides: Record<string, string>): string[] {
  try {
    parseWith(overrides);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseInputs', () => {
  it('applies the defaults and builds the config', () => {
    expect(parseWith({})).toEqual({
      adobe: {
        clientId: 'adobe-client',
        orgId: '0123456789ABCDEF01234567@AdobeOrg',
        sandboxName: 'prod',
        credential: {
          kind: 'client-secret',
          clientSecret: 'adobe-secret',
          scopes:
            'openid,session,AdobeID,read_organizations,additional_info.projectedProductContext',
        },
      },
      connection: {
        name: 'Salesforce CRM',
        description: undefined,
        specId: 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5',
        specVersion: '1.0',
      },
      salesforce: {
        environmentUrl: 'https://acme.my.salesforce.com',
        apiVersion: undefined,
        auth: {
          type: 'oauth2-client-credential',
          clientId: 'sf-client',
          clientSecret: 'sf-secret',
          includeDeletedObjects: false,
        },
      },
      ifExists: 'reuse',
      salesforcePreflight: true,
      verify: true,
      dryRun: false,
      timeoutSeconds: 300,
      maxAttempts: 5,
      platformUrl: 'https://platform.adobe.io',
      imsUrl: 'https://ims-na1.adobelogin.com',
    });
  });

  it('keeps the defaults in step with action.yml', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name, spec]) => [name, spec.default]),
    );
    expect(declared).toEqual(DEFAULTS);
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('infers basic auth from the basic credentials', () => {
    const config = parseWith({
      'salesforce-client-id': '',
      'salesforce-client-secret': '',
      'salesforce-username': 'ops@acme.com',
      'salesforce-password': 'pw',
      'salesforce-security-token': 'tok',
    });
    expect(config.salesforce.auth).toEqual({
      type: 'basic',
      username: 'ops@acme.com',
      password: 'pw',
      securityToken: 'tok',
    });
  });

  it('takes an access token instead of a client secret', () => {
    const config = parseWith({ 'client-secret': '', 'access-token': 'eyJ.token' });
    expect(config.adobe.credential).toEqual({ kind: 'access-token', accessToken: 'eyJ.token' });
  });

  it('reads YAML booleans, numbers and a trailing slash on URLs', () => {
    const config = parseWith({
      verify: 'False',
      'dry-run': 'TRUE',
      'salesforce-include-deleted-objects': 'True',
      'timeout-seconds': '3600',
      'max-attempts': '1',
      'platform-url': 'http://127.0.0.1:8080/',
      'ims-url': 'http://localhost:9',
      'salesforce-environment-url': 'https://acme.my.salesforce.com/',
      'salesforce-api-version': '60.0',
      'if-exists': 'update',
    });
    expect(config).toMatchObject({
      verify: false,
      dryRun: true,
      timeoutSeconds: 3600,
      maxAttempts: 1,
      platformUrl: 'http://127.0.0.1:8080',
      imsUrl: 'http://localhost:9',
      ifExists: 'update',
      salesforce: {
        environmentUrl: 'https://acme.my.salesforce.com',
        apiVersion: '60.0',
        auth: { includeDeletedObjects: true },
      },
    });
  });

  it.each([
    'http://localhost:8080',
    'http://127.0.0.1',
    'http://[::1]:9000',
    'https://platform-stage.adobe.io',
  ])('accepts %s as a service URL', (url) => {
    expect(parseWith({ 'platform-url': url, 'ims-url': url })).toMatchObject({
      platformUrl: url,
      imsUrl: url,
    });
  });

  it.each(['http://127.0.0.1:8080', 'http://localhost:9', 'http://[::1]:9000'])(
    'accepts %s as the Salesforce URL: the simulator serves its login endpoints on loopback',
    (url) => {
      expect(parseWith({ 'salesforce-environment-url': url }).salesforce.environmentUrl).toBe(url);
    },
  );

  it('reads salesforce-preflight', () => {
    expect(parseWith({ 'salesforce-preflight': 'false' }).salesforcePreflight).toBe(false);
    expect(problemsWith({ 'salesforce-preflight': 'no' })).toEqual([
      'salesforce-preflight must be true or false',
    ]);
  });

  it.each([
    [{ 'client-id': '' }, 'client-id is required'],
    [{ 'client-id': 'a b' }, 'client-id must not contain spaces'],
    [{ 'org-id': '0123@adobe.com' }, 'org-id must end with @AdobeOrg'],
    [{ 'org-id': '' }, 'org-id must end with @AdobeOrg'],
    [
      { 'sandbox-name': 'My Sandbox' },
      'sandbox-name must be a sandbox name: letters, digits, - or _, no spaces',
    ],
    [{ scopes: 'openid, bad scope' }, 'scopes must be a comma-separated list of scope names'],
    [{ name: '' }, 'name is required'],
    [{ name: 'CRM\nprod' }, 'name must be a single line'],
    [{ 'salesforce-environment-url': '' }, 'salesforce-environment-url is required'],
    [
      { 'salesforce-environment-url': 'http://acme.my.salesforce.com' },
      'salesforce-environment-url must be an https URL with no path, such as https://<domain>.my.salesforce.com',
    ],
    [
      { 'salesforce-environment-url': 'https://acme.my.salesforce.com/lightning' },
      'salesforce-environment-url must be an https URL with no path, such as https://<domain>.my.salesforce.com',
    ],
    [
      { 'salesforce-auth-type': 'jwt' },
      'salesforce-auth-type must be one of oauth2-client-credential, basic (or empty)',
    ],
    [
      { 'salesforce-include-deleted-objects': 'yes' },
      'salesforce-include-deleted-objects must be true or false',
    ],
    [
      { 'salesforce-api-version': 'v60' },
      'salesforce-api-version must be a Salesforce API version such as 60.0',
    ],
    [
      { 'connection-spec-id': 'salesforce' },
      'connection-spec-id must be a connection spec id (a UUID)',
    ],
    [{ 'connection-spec-version': '1' }, 'connection-spec-version must be a version such as 1.0'],
    [{ 'if-exists': 'replace' }, 'if-exists must be one of reuse, update, fail, create'],
    [{ verify: 'yes' }, 'verify must be true or false'],
    [{ 'dry-run': '1' }, 'dry-run must be true or false'],
    [{ 'timeout-seconds': '0' }, 'timeout-seconds must be a whole number from 1 to 3600'],
    [{ 'timeout-seconds': '1.5' }, 'timeout-seconds must be a whole number from 1 to 3600'],
    [{ 'max-attempts': '11' }, 'max-attempts must be a whole number from 1 to 10'],
    [
      { 'platform-url': 'http://platform.adobe.io' },
      'platform-url must be an https:// URL (http:// only for localhost, 127.0.0.1 or [::1])',
    ],
    [
      { 'ims-url': 'ims-na1.adobelogin.com' },
      'ims-url must be an https:// URL (http:// only for localhost, 127.0.0.1 or [::1])',
    ],
    [{ 'client-secret': '' }, 'client-secret or access-token is required (exactly one of the two)'],
    [
      { 'access-token': 'tok' },
      'client-secret and access-token are both set: give exactly one of the two',
    ],
    [
      { 'client-secret': '', 'access-token': 'Bearer tok' },
      'access-token must be the bare access token without spaces',
    ],
    [
      { 'client-secret': '', 'access-token': 'Bearer' },
      'access-token must be the bare token, without "Bearer"',
    ],
    [
      { 'salesforce-client-secret': '' },
      'salesforce-client-secret is required for salesforce-auth-type oauth2-client-credential',
    ],
    [
      { 'salesforce-username': 'ops@acme.com' },
      'salesforce-auth-type is empty and both credential sets are given: set it, or keep only salesforce-client-id, salesforce-client-secret (oauth2-client-credential) or salesforce-username, salesforce-password, salesforce-security-token (basic)',
    ],
    [
      { 'salesforce-client-id': '', 'salesforce-client-secret': '' },
      'Salesforce credentials are required: salesforce-client-id, salesforce-client-secret (oauth2-client-credential) or salesforce-username, salesforce-password, salesforce-security-token (basic)',
    ],
    [
      {
        'salesforce-auth-type': 'basic',
        'salesforce-username': 'u',
        'salesforce-password': 'p',
        'salesforce-security-token': 't',
      },
      'salesforce-client-id, salesforce-client-secret cannot be used with salesforce-auth-type basic',
    ],
  ])('rejects %j with "%s"', (overrides, problem) => {
    expect(problemsWith(overrides)).toEqual([problem]);
  });

  it('says what is missing for an explicit basic auth type', () => {
    expect(
      problemsWith({
        'salesforce-auth-type': 'basic',
        'salesforce-client-id': '',
        'salesforce-client-secret': '',
        'salesforce-username': 'ops@acme.com',
        'salesforce-include-deleted-objects': 'true',
      }),
    ).toEqual([
      'salesforce-password is required for salesforce-auth-type basic',
      'salesforce-security-token is required for salesforce-auth-type basic',
      'salesforce-include-deleted-objects is only for oauth2-client-credential',
    ]);
  });

  it('collects every problem into one message', () => {
    const run = () => parseWith({ 'org-id': 'x', name: '', 'if-exists': 'maybe' });
    expect(run).toThrow(
      'Invalid inputs:\n- org-id must end with @AdobeOrg\n- name is required\n- if-exists must be one of reuse, update, fail, create',
    );
  });
});
