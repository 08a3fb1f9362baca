import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  DEFAULTS,
  INPUT_NAMES,
  parseInputs,
  readRawInputs,
  secretWarnings,
  type Config,
  type RawInputs,
} from '../../src/connection/inputs.js';
import { actionsCore } from '../../src/github/actions-core.js';
import { actionDefaults } from './support/repo.js';
import { inputProblems, OAUTH_INPUTS } from './support/connection-inputs.js';

const BASE = OAUTH_INPUTS;

const NOW = Date.parse('2026-11-28T12:00:00Z');

function parseWith(overrides: Record<string, string>): Config {
  const inputs = { ...BASE, ...overrides };
  return parseInputs(
    readRawInputs((name) => inputs[name]),
    NOW,
  );
}

const problemsWith = (overrides: Record<string, string>) =>
  inputProblems(() => parseWith(overrides));

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
      'salesforce-preflight must be true or false (got "no")',
    ]);
  });

  it.each([
    [{ 'client-id': '' }, 'client-id is required'],
    [{ 'client-id': 'a b' }, 'client-id must not contain spaces (got "a b")'],
    [{ 'org-id': '0123@adobe.com' }, 'org-id must end with @AdobeOrg (got "0123@adobe.com")'],
    [{ 'org-id': '' }, 'org-id is required'],
    [
      { 'sandbox-name': 'My Sandbox' },
      'sandbox-name must be a sandbox name: letters, digits, - or _, no spaces (got "My Sandbox")',
    ],
    [
      { scopes: 'openid, bad scope' },
      'scopes must be a comma-separated list of scope names (got "openid, bad scope")',
    ],
    [{ name: '' }, 'name is required'],
    [{ name: 'CRM\nprod' }, 'name must be a single line (got "CRM\\nprod")'],
    [{ 'salesforce-environment-url': '' }, 'salesforce-environment-url is required'],
    [
      { 'salesforce-environment-url': 'http://acme.my.salesforce.com' },
      'salesforce-environment-url must be an https URL with no path, such as https://<domain>.my.salesforce.com (got "http://acme.my.salesforce.com")',
    ],
    [
      { 'salesforce-environment-url': 'https://acme.my.salesforce.com/lightning' },
      'salesforce-environment-url must be an https URL with no path, such as https://<domain>.my.salesforce.com (got "https://acme.my.salesforce.com/lightning")',
    ],
    [
      { 'salesforce-auth-type': 'jwt' },
      'salesforce-auth-type must be one of oauth2-client-credential, basic, oauth2-jwt-token (or empty) (got "jwt")',
    ],
    [
      { 'salesforce-include-deleted-objects': 'yes' },
      'salesforce-include-deleted-objects must be true or false (got "yes")',
    ],
    [
      { 'salesforce-api-version': 'v60' },
      'salesforce-api-version must be a Salesforce API version such as 60.0 (got "v60")',
    ],
    [
      { 'connection-spec-id': 'salesforce' },
      'connection-spec-id must be a connection spec id (a UUID) (got "salesforce")',
    ],
    [
      { 'connection-spec-version': 'v1' },
      'connection-spec-version must be a version such as 1.0 (got "v1")',
    ],
    [
      { 'if-exists': 'replace' },
      'if-exists must be one of reuse, update, fail, create (got "replace")',
    ],
    [{ verify: 'yes' }, 'verify must be true or false (got "yes")'],
    [{ 'dry-run': '1' }, 'dry-run must be true or false (got "1")'],
    [{ 'timeout-seconds': '0' }, 'timeout-seconds must be a whole number from 1 to 3600 (got "0")'],
    [
      { 'timeout-seconds': '1.5' },
      'timeout-seconds must be a whole number from 1 to 3600 (got "1.5")',
    ],
    [{ 'max-attempts': '11' }, 'max-attempts must be a whole number from 1 to 10 (got "11")'],
    [
      { 'platform-url': 'http://platform.adobe.io' },
      'platform-url must be an https:// URL (http:// only for localhost, 127.0.0.1 or [::1]) (got "http://platform.adobe.io")',
    ],
    [
      { 'ims-url': 'ims-na1.adobelogin.com' },
      'ims-url must be an https:// URL (http:// only for localhost, 127.0.0.1 or [::1]) (got "ims-na1.adobelogin.com")',
    ],
    [{ 'client-secret': '' }, 'client-secret or access-token is required (exactly one of the two)'],
    [
      { 'access-token': 'tok' },
      'client-secret and access-token are both set: give exactly one of the two',
    ],
    [
      { 'client-secret': '', 'access-token': 'Bearer tok' },
      'access-token must be the bare token: drop the "Bearer " prefix',
    ],
    [
      { 'client-secret': '', 'access-token': 'Bearer' },
      'access-token must be the bare token: drop the "Bearer " prefix',
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
      'Salesforce credentials are required: salesforce-client-id, salesforce-client-secret (oauth2-client-credential), salesforce-username, salesforce-password, salesforce-security-token (basic), or salesforce-client-id, salesforce-client-secret with salesforce-jwt-token or salesforce-private-key (oauth2-jwt-token)',
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

  it('refuses a name longer than 512 characters, which no lookup URL should carry', () => {
    expect(problemsWith({ name: 'x'.repeat(513) })).toEqual([
      `name must be at most 512 characters (got "${'x'.repeat(80)}…")`,
    ]);
    expect(parseWith({ name: 'x'.repeat(512) }).connection.name).toHaveLength(512);
  });

  it('collects every problem into one message', () => {
    const run = () => parseWith({ 'org-id': 'x', name: '', 'if-exists': 'maybe' });
    expect(run).toThrow(
      'Invalid inputs:\n- org-id must end with @AdobeOrg (got "x")\n- name is required\n- if-exists must be one of reuse, update, fail, create (got "maybe")',
    );
  });
});

const SALESFORCE_HOSTS =
  '*.salesforce.com, *.force.com, *.salesforce.mil, *.cloudforce.com, *.sfcrmproducts.cn, *.sfcrmapps.cn';
const NOT_A_SALESFORCE_HOST = `salesforce-environment-url must be on a Salesforce host (${SALESFORCE_HOSTS}) or a loopback host; add any other host to salesforce-allowed-hosts`;

describe('service URLs', () => {
  it.each([
    'https://:secret-pass@platform.adobe.io',
    'https://user@platform.adobe.io',
    'https://user:pass@platform.adobe.io',
    'https://@platform.adobe.io',
    'https://platform.adobe.io?',
    'https://platform.adobe.io/?',
    'https://platform.adobe.io#',
    'https://platform.adobe.io/?a=1',
    'http://127.0.0.1:8080#x',
  ])('refuses %s, userinfo or a query or fragment even when empty', (url) => {
    expect(problemsWith({ 'platform-url': url, 'ims-url': url })).toEqual([
      'platform-url must not hold a user name, password, query (?) or fragment (#)',
      'ims-url must not hold a user name, password, query (?) or fragment (#)',
    ]);
  });
});

describe('salesforce-environment-url', () => {
  it.each([
    'https://acme.my.salesforce.com',
    'https://acme--dev.sandbox.my.salesforce.com',
    'https://ACME.My.Salesforce.com',
    'https://acme.lightning.force.com',
    'https://acme.my.salesforce.mil',
    'https://acme.cloudforce.com',
    'https://acme.my.sfcrmproducts.cn',
    'https://acme.my.sfcrmapps.cn',
    'http://127.0.0.1:8080',
    'http://localhost:9',
    'http://[::1]:9000',
  ])('accepts %s', (url) => {
    expect(parseWith({ 'salesforce-environment-url': url }).salesforce.environmentUrl).toBe(
      new URL(url).origin,
    );
  });

  it.each([
    'https://169.254.169.254',
    'https://acme.my.salesforce.com.evil.example',
    'https://evilsalesforce.com',
    'https://salesforce.com',
    'https://acme.my.salesforce.com.',
    'https://10.0.0.5',
  ])('refuses %s, naming the allowed domains', (url) => {
    expect(problemsWith({ 'salesforce-environment-url': url })).toEqual([
      `${NOT_A_SALESFORCE_HOST} (got "${url}")`,
    ]);
  });

  it.each([
    'https://:pw@acme.my.salesforce.com',
    'https://acme.my.salesforce.com?',
    'https://acme.my.salesforce.com/#',
  ])('refuses %s like a service URL', (url) => {
    expect(problemsWith({ 'salesforce-environment-url': url })).toEqual([
      'salesforce-environment-url must not hold a user name, password, query (?) or fragment (#)',
    ]);
  });

  it('takes a host listed in salesforce-allowed-hosts, and its subdomains, on a label boundary', () => {
    const allowed = { 'salesforce-allowed-hosts': ' sf.example.com , other.example,' };
    for (const url of [
      'https://sf.example.com',
      'https://crm.sf.example.com',
      'https://other.example',
    ]) {
      expect(
        parseWith({ ...allowed, 'salesforce-environment-url': url }).salesforce.environmentUrl,
      ).toBe(url);
    }
    for (const url of ['https://evilsf.example.com', 'https://sf.example.com.evil']) {
      expect(problemsWith({ ...allowed, 'salesforce-environment-url': url })).toEqual([
        `${NOT_A_SALESFORCE_HOST} (got "${url}")`,
      ]);
    }
    expect(
      problemsWith({ ...allowed, 'salesforce-environment-url': 'http://sf.example.com' }),
    ).toEqual([
      'salesforce-environment-url must be an https URL with no path, such as https://<domain>.my.salesforce.com (got "http://sf.example.com")',
    ]);
  });

  it.each([
    'https://sf.example.com',
    '*.example.com',
    '.example.com',
    'sf.example.com:443',
    'a b',
    // An address or a bare label would allow every host ending in it: 254 allows 169.254.169.254.
    '254',
    '169.254.169.254',
    'com',
  ])('refuses %j in salesforce-allowed-hosts', (hosts) => {
    expect(problemsWith({ 'salesforce-allowed-hosts': hosts })).toEqual([
      `salesforce-allowed-hosts must be a comma-separated list of host names such as sf.example.com (each also allows its subdomains) (got ${JSON.stringify(hosts)})`,
    ]);
  });
});

describe('empty is not absent', () => {
  const defaults = Object.entries(actionDefaults());

  it.each(defaults)('refuses an explicitly empty %s, naming it', (name, value) => {
    expect(problemsWith({ [name]: '' })).toEqual([
      `${name} is empty: give it a value, or leave it out for the default "${value}" (an expression that evaluated to empty?)`,
    ]);
  });

  it('reads an input the workflow left out as its action.yml default', () => {
    const given = readRawInputs((name) => BASE[name]);
    expect(
      Object.fromEntries(defaults.map(([name]) => [name, given[name as keyof RawInputs]])),
    ).toEqual(actionDefaults());
  });

  it('tells a left-out input from an empty one, as the runner sets them', () => {
    const core = actionsCore();
    const variable = 'INPUT_SANDBOX-NAME';
    const saved = process.env[variable];
    try {
      delete process.env[variable];
      expect(core.getInput('sandbox-name')).toBeUndefined();
      process.env[variable] = '';
      expect(core.getInput('sandbox-name')).toBe('');
      process.env[variable] = ' dev ';
      expect(core.getInput('sandbox-name')).toBe('dev');
    } finally {
      if (saved === undefined) delete process.env[variable];
      else process.env[variable] = saved;
    }
  });
});

describe('secretWarnings', () => {
  const raw = (overrides: Record<string, string>) =>
    readRawInputs((name) => ({ ...BASE, 'client-secret': '', ...overrides })[name]);

  it.each([
    ['client-secret', 'abc1234'],
    ['access-token', 'x'],
    ['salesforce-client-secret', 'true'],
    ['salesforce-password', 'created'],
    ['salesforce-security-token', 'disabled'],
    ['client-secret', 'initializing'],
    ['salesforce-client-secret', 'would-update'],
  ])('warns once about %s = %j, naming the input and never the value', (name, value) => {
    const warnings = secretWarnings(
      raw({ 'salesforce-client-secret': 'long-enough-secret', [name]: value }),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^${name} is `));
    expect(warnings[0]).toContain('connection-id');
    expect(warnings[0]).not.toContain(value);
  });

  it('says nothing about secrets of 8 characters or more that the action never prints', () => {
    expect(
      secretWarnings(raw({ 'client-secret': 'k9#Lm2pQ', 'salesforce-client-secret': 'enabled-x' })),
    ).toEqual([]);
  });
});

describe('versions written as YAML numbers', () => {
  it.each([
    ['60', '60.0'],
    ['60.0', '60.0'],
    ['59.5', '59.5'],
  ])('reads salesforce-api-version %j as %j', (given, sent) => {
    expect(parseWith({ 'salesforce-api-version': given }).salesforce.apiVersion).toBe(sent);
  });

  it.each([
    ['1', '1.0'],
    ['1.0', '1.0'],
    ['2.5', '2.5'],
    ['10', '10.0'],
  ])('reads connection-spec-version %j as %j', (given, sent) => {
    expect(parseWith({ 'connection-spec-version': given }).connection.specVersion).toBe(sent);
  });

  it.each(['60.', '.5', '1e2', '-1', '60.0.1'])('still refuses %j as a version', (version) => {
    expect(
      problemsWith({ 'salesforce-api-version': version, 'connection-spec-version': version }),
    ).toEqual([
      `salesforce-api-version must be a Salesforce API version such as 60.0 (got "${version}")`,
      `connection-spec-version must be a version such as 1.0 (got "${version}")`,
    ]);
  });
});

describe('service URLs with a path', () => {
  it.each([
    [
      'platform-url',
      'https://platform.adobe.io/data/foundation/flowservice',
      'https://platform.adobe.io',
    ],
    ['platform-url', 'http://127.0.0.1:8080/api', 'https://platform.adobe.io'],
    ['ims-url', 'https://ims-na1.adobelogin.com/ims/token/v3', 'https://ims-na1.adobelogin.com'],
  ])('refuses %s %s, saying the base URL is expected', (input, url, example) => {
    expect(problemsWith({ [input]: url })).toEqual([
      `${input} must be the base URL without a path, such as ${example} (got "${url}")`,
    ]);
  });

  it('takes a trailing slash alone', () => {
    expect(
      parseWith({ 'platform-url': 'https://platform.adobe.io/', 'ims-url': 'http://[::1]:9/' }),
    ).toMatchObject({ platformUrl: 'https://platform.adobe.io', imsUrl: 'http://[::1]:9' });
  });
});

describe('the value quoted in an input error', () => {
  it('is cut after 80 characters and shows control characters escaped', () => {
    const long = `${'x'.repeat(100)}@adobe.com`;
    expect(problemsWith({ 'org-id': long })).toEqual([
      `org-id must end with @AdobeOrg (got "${'x'.repeat(80)}…")`,
    ]);
    expect(problemsWith({ 'sandbox-name': 'dev\u0007\u001b[31m' })).toEqual([
      'sandbox-name must be a sandbox name: letters, digits, - or _, no spaces (got "dev\\u0007\\u001b[31m")',
    ]);
  });

  it('is never that of a secret input', () => {
    expect(problemsWith({ 'client-secret': 'two words' })).toEqual([
      'client-secret must be the client secret without spaces',
    ]);
    expect(problemsWith({ 'client-secret': '', 'access-token': 'Bearer eyJ.my.token' })).toEqual([
      'access-token must be the bare token: drop the "Bearer " prefix',
    ]);
    expect(problemsWith({ 'client-secret': '', 'access-token': 'eyJ my token' })).toEqual([
      'access-token must be the bare access token without spaces',
    ]);
  });

  it('is left out for a URL that holds a user name or password', () => {
    expect(problemsWith({ 'platform-url': 'https://admin:hunter2@platform.adobe.io' })).toEqual([
      'platform-url must not hold a user name, password, query (?) or fragment (#)',
    ]);
  });
});

describe('an empty required input', () => {
  it.each(['client-id', 'org-id', 'name', 'salesforce-environment-url'])(
    '%s says it is required, and only that',
    (name) => {
      expect(problemsWith({ [name]: '' })).toEqual([`${name} is required`]);
    },
  );
});
