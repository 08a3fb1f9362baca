import { z } from 'zod/mini';
import {
  adobeCredentialProblems,
  boolean,
  checkInputs,
  emptyAsUndefined,
  got as gotIn,
  InputError,
  isLoopback,
  isSafeProtocol,
  optional,
  parseUrl,
  plainUrl,
  platformConfig,
  platformFields,
  PLATFORM_DEFAULTS,
  PLATFORM_SECRET_INPUTS,
  readInputs,
  resourceName,
  required,
  secretWarning,
  secretWarnings as platformSecretWarnings,
  type Printed,
  wholeNumber,
  YAML_BOOLEANS,
  type InputSpec,
} from '../platform/inputs.js';
import { stringMatching } from '../platform/zod.js';
import { jwtCredential, pemBodyLines } from './jwt-credential.js';
import { jwtSecrets } from './jwt.js';
import { SALESFORCE_CONNECTION_SPEC_ID } from '../platform/flow-service/specs.js';
import { OUTCOMES } from './outcome.js';
import { parseAuthParams, stringEntries } from './source-auth.js';
import {
  SALESFORCE_AUTH_TYPES,
  type SalesforceAuth,
  type SalesforceAuthType,
} from './salesforce.js';

export { InputError } from '../platform/inputs.js';

/**
 * For an input the workflow leaves out. The runner fills these in itself from action.yml (a test
 * keeps the two equal); they matter when dist/index.js runs outside the runner.
 */
export const DEFAULTS = {
  ...PLATFORM_DEFAULTS,
  'salesforce-include-deleted-objects': 'false',
  'salesforce-login-url': 'https://login.salesforce.com',
  'salesforce-jwt-lifetime-days': '90',
  'salesforce-jwt-warn-days': '30',
  'salesforce-preflight': 'true',
  'connection-spec-id': SALESFORCE_CONNECTION_SPEC_ID,
  'connection-spec-version': '1.0',
  'if-exists': 'reuse',
  verify: 'true',
  'timeout-seconds': '300',
} as const;

export type InputName = keyof typeof fields.shape;
export type RawInputs = Record<InputName, string>;

const SECRET_INPUTS = [
  ...PLATFORM_SECRET_INPUTS,
  'salesforce-client-secret',
  'salesforce-password',
  'salesforce-security-token',
  'salesforce-jwt-token',
  'salesforce-private-key',
  'auth-params',
] as const satisfies readonly InputName[];

const OAUTH_INPUTS = ['salesforce-client-id', 'salesforce-client-secret'] as const;
const BASIC_INPUTS = [
  'salesforce-username',
  'salesforce-password',
  'salesforce-security-token',
] as const;

/** Either one makes the JWT credential; the client id and secret go with it. */
const JWT_INPUTS = ['salesforce-jwt-token', 'salesforce-private-key'] as const;
/** What the JWT credential has no use for: it names its user inside the token or with the key. */
const NOT_FOR_JWT = ['salesforce-password', 'salesforce-security-token'] as const;

const IF_EXISTS = ['reuse', 'update', 'fail', 'create'] as const;

/**
 * GitHub's workflow parser reads an unquoted `60.0` as the number 60 and hands the action `60`:
 * a whole number is the version the user wrote, `60.0`.
 */
const version = (pattern: RegExp, message: string) =>
  z.pipe(
    stringMatching(pattern, message),
    z.transform((v: string) => (/^\d+$/.test(v) ? `${v}.0` : v)),
  );

const salesforceUrl = z.pipe(
  plainUrl.check(
    z.refine((value) => {
      const url = parseUrl(value);
      return url !== undefined && url.pathname === '/' && isSafeProtocol(url);
    }, 'must be an https URL with no path, such as https://<domain>.my.salesforce.com'),
  ),
  z.transform((value: string) => new URL(value).origin),
);

/** Where Salesforce serves orgs (commercial, government, China); Adobe sends the secrets there. */
const SALESFORCE_DOMAINS = [
  'salesforce.com',
  'force.com',
  'salesforce.mil',
  'cloudforce.com',
  'sfcrmproducts.cn',
  'sfcrmapps.cn',
];

/** A domain name of two labels or more, ending in a name: an IP address or a bare label is not one. */
const HOST_NAME = /^([a-z0-9-]+\.)+[a-z][a-z0-9-]*$/;

/** Each listed host allows itself and its subdomains: `sf.example.com` allows `crm.sf.example.com`. */
const allowedHosts = z
  .pipe(
    z.string(),
    z.transform((v: string) =>
      v
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    ),
  )
  .check(
    z.refine(
      (hosts) => hosts.every((host) => HOST_NAME.test(host)),
      'must be a comma-separated list of host names such as sf.example.com (each also allows its subdomains)',
    ),
  );

const isSubdomain = (host: string, domain: string) => host.endsWith(`.${domain}`);

function isAllowedSalesforceHost(host: string, allowed: string[]): boolean {
  return (
    isLoopback(host) ||
    SALESFORCE_DOMAINS.some((domain) => isSubdomain(host, domain)) ||
    allowed.some((domain) => host === domain || isSubdomain(host, domain))
  );
}

const SALESFORCE_URL_INPUTS = ['salesforce-environment-url', 'salesforce-login-url'] as const;

function salesforceHostProblems(raw: RawInputs): string[] {
  const allowed = allowedHosts.safeParse(raw['salesforce-allowed-hosts']);
  if (!allowed.success) return [];
  const domains = SALESFORCE_DOMAINS.map((domain) => `*.${domain}`).join(', ');
  return SALESFORCE_URL_INPUTS.flatMap((name) => {
    const url = salesforceUrl.safeParse(raw[name]);
    if (!url.success || isAllowedSalesforceHost(new URL(url.data).hostname, allowed.data))
      return [];
    return [
      `${name} must be on a Salesforce host (${domains}) or a loopback host; add any other host to salesforce-allowed-hosts${got(raw, name)}`,
    ];
  });
}

const fields = z.object({
  ...platformFields,
  name: resourceName.check(z.minLength(1, { error: 'is required', abort: true })),
  description: optional,
  'salesforce-environment-url': z.pipe(required, salesforceUrl),
  'salesforce-allowed-hosts': allowedHosts,
  'salesforce-auth-type': z.pipe(
    z.enum(['', ...SALESFORCE_AUTH_TYPES], {
      error: `must be one of ${SALESFORCE_AUTH_TYPES.join(', ')} (or empty)`,
    }),
    z.transform((v) => v || undefined),
  ),
  'salesforce-client-id': optional,
  'salesforce-client-secret': optional,
  'salesforce-include-deleted-objects': boolean,
  'salesforce-username': optional,
  'salesforce-password': optional,
  'salesforce-security-token': optional,
  'salesforce-jwt-token': optional,
  'salesforce-private-key': optional,
  'salesforce-login-url': z.pipe(required, salesforceUrl),
  'salesforce-jwt-lifetime-days': wholeNumber(1, 3650),
  'salesforce-jwt-warn-days': z.pipe(
    stringMatching(/^\d+$/, 'must be a whole number of days (0 or more)'),
    z.transform(Number),
  ),
  'salesforce-api-version': emptyAsUndefined(
    version(/^(\d{1,3}(\.\d)?)?$/, 'must be a Salesforce API version such as 60.0'),
  ),
  'salesforce-preflight': boolean,
  'auth-spec-name': optional,
  'auth-params': optional,
  'connection-spec-id': stringMatching(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    'must be a connection spec id (a UUID)',
  ),
  'connection-spec-version': version(/^\d+(\.\d+)?$/, 'must be a version such as 1.0'),
  'if-exists': z.enum(IF_EXISTS, { error: `must be one of ${IF_EXISTS.join(', ')}` }),
  verify: boolean,
});

type Fields = z.infer<typeof fields>;

/** Every input the action reads, as action.yml declares them (a test keeps the two equal). */
export const INPUT_NAMES = z.keyof(fields).options;

const SPEC: InputSpec<InputName> = {
  names: INPUT_NAMES,
  defaults: DEFAULTS,
  secrets: SECRET_INPUTS,
};

/** ` (got "value")` for a non-secret input given a value: JSON-quoted, so escaped, and cut. */
const got = (raw: RawInputs, name: InputName) => gotIn(SPEC, raw, name);

/** `getInput` answers undefined for an input left out: only an absent input takes its default. */
export const readRawInputs = (getInput: (name: string) => string | undefined): RawInputs =>
  readInputs(SPEC, getInput);

const isSet = (raw: RawInputs, names: readonly InputName[]) => names.filter((n) => raw[n] !== '');
const list = (names: readonly string[]) => names.join(', ');

const isAuthType = (value: string): value is SalesforceAuthType =>
  (SALESFORCE_AUTH_TYPES as readonly string[]).includes(value);

/** The explicit auth type, or the one implied by which credential set is given. */
function resolveAuthType(raw: RawInputs): { type?: SalesforceAuthType; problem?: string } {
  const given = raw['salesforce-auth-type'];
  if (given) return isAuthType(given) ? { type: given } : {};
  if (isSet(raw, JWT_INPUTS).length > 0) return { type: 'oauth2-jwt-token' };
  const oauth = isSet(raw, OAUTH_INPUTS).length > 0;
  const basic = isSet(raw, BASIC_INPUTS).length > 0;
  if (oauth && basic) {
    return {
      problem: `salesforce-auth-type is empty and both credential sets are given: set it, or keep only ${list(OAUTH_INPUTS)} (oauth2-client-credential) or ${list(BASIC_INPUTS)} (basic)`,
    };
  }
  if (!oauth && !basic) {
    return {
      problem: `Salesforce credentials are required: ${list(OAUTH_INPUTS)} (oauth2-client-credential), ${list(BASIC_INPUTS)} (basic), or ${list(OAUTH_INPUTS)} with salesforce-jwt-token or salesforce-private-key (oauth2-jwt-token)`,
    };
  }
  return { type: oauth ? 'oauth2-client-credential' : 'basic' };
}

const CREDENTIAL_SETS: Record<
  SalesforceAuthType,
  { own: readonly InputName[]; stray: readonly InputName[] }
> = {
  'oauth2-client-credential': { own: OAUTH_INPUTS, stray: [...BASIC_INPUTS, ...JWT_INPUTS] },
  basic: { own: BASIC_INPUTS, stray: [...OAUTH_INPUTS, ...JWT_INPUTS] },
  'oauth2-jwt-token': { own: OAUTH_INPUTS, stray: NOT_FOR_JWT },
};

/** Exactly one of a ready token and a key; the key needs the user, whom a ready token names. */
function jwtProblems(raw: RawInputs): string[] {
  const given = isSet(raw, JWT_INPUTS);
  if (given.length === 0)
    return [`${list(JWT_INPUTS)}: one is required for salesforce-auth-type oauth2-jwt-token`];
  if (given.length > 1) return [`${list(JWT_INPUTS)} are both set: give exactly one of the two`];
  const withKey = given[0] === 'salesforce-private-key';
  if (withKey && raw['salesforce-username'] === '')
    return ["salesforce-username is required with salesforce-private-key (the JWT's sub)"];
  if (!withKey && raw['salesforce-username'] !== '')
    return [
      'salesforce-username cannot be used with salesforce-jwt-token (the token names its user)',
    ];
  return [];
}

/** The JWT auth spec has four params: no API version, no deleted objects. */
function notJwtParams(raw: RawInputs): string[] {
  return raw['salesforce-api-version'] === ''
    ? []
    : [
        `salesforce-api-version cannot be used with salesforce-auth-type oauth2-jwt-token (OAuth2 JWT Token Credential has no apiVersion)${got(raw, 'salesforce-api-version')}`,
      ];
}

function salesforceProblems(raw: RawInputs, type: SalesforceAuthType): string[] {
  const { own, stray: other } = CREDENTIAL_SETS[type];
  const problems = own
    .filter((n) => raw[n] === '')
    .map((n) => `${n} is required for salesforce-auth-type ${type}`);
  const stray = isSet(raw, other);
  if (stray.length)
    problems.push(`${list(stray)} cannot be used with salesforce-auth-type ${type}`);
  if (
    type !== 'oauth2-client-credential' &&
    raw['salesforce-include-deleted-objects'].toLowerCase() === 'true'
  ) {
    problems.push('salesforce-include-deleted-objects is only for oauth2-client-credential');
  }
  if (type === 'oauth2-jwt-token') problems.push(...jwtProblems(raw), ...notJwtParams(raw));
  return problems;
}

type Credential = { auth?: SalesforceAuth | undefined; problems: string[] };

function salesforceCredential(f: Fields, type: SalesforceAuthType, now: number): Credential {
  const clientId = f['salesforce-client-id'] ?? '';
  const clientSecret = f['salesforce-client-secret'] ?? '';
  switch (type) {
    case 'basic': {
      const username = f['salesforce-username'] ?? '';
      const password = f['salesforce-password'] ?? '';
      const securityToken = f['salesforce-security-token'] ?? '';
      return { auth: { type, username, password, securityToken }, problems: [] };
    }
    case 'oauth2-client-credential': {
      const includeDeletedObjects = f['salesforce-include-deleted-objects'];
      return { auth: { type, clientId, clientSecret, includeDeletedObjects }, problems: [] };
    }
    case 'oauth2-jwt-token':
      return jwtCredential(
        {
          clientId,
          clientSecret,
          jwtToken: f['salesforce-jwt-token'],
          privateKey: f['salesforce-private-key'],
          username: f['salesforce-username'],
          loginUrl: f['salesforce-login-url'],
          lifetimeDays: f['salesforce-jwt-lifetime-days'],
        },
        now,
      );
  }
}

const connectionIdentity = (
  f: Pick<Fields, 'name' | 'description' | 'connection-spec-id' | 'connection-spec-version'>,
) => ({
  name: f.name,
  description: f.description,
  specId: f['connection-spec-id'],
  specVersion: f['connection-spec-version'],
});

function toConfig(f: Fields, auth: SalesforceAuth) {
  return {
    ...platformConfig(f),
    connection: connectionIdentity(f),
    salesforce: {
      environmentUrl: f['salesforce-environment-url'],
      apiVersion: f['salesforce-api-version'],
      auth,
    },
    ifExists: f['if-exists'],
    salesforcePreflight: f['salesforce-preflight'],
    verify: f.verify,
    ...(auth.type === 'oauth2-jwt-token' ? { jwtWarnDays: f['salesforce-jwt-warn-days'] } : {}),
  };
}

/** The inputs that make `auth` for Salesforce; with auth-params none of them may be set. */
const SALESFORCE_AUTH_INPUTS = [
  'salesforce-environment-url',
  'salesforce-auth-type',
  ...OAUTH_INPUTS,
  ...BASIC_INPUTS,
  ...JWT_INPUTS,
  'salesforce-api-version',
] as const satisfies readonly InputName[];

const GENERIC_INPUTS = ['auth-spec-name', 'auth-params'] as const;

const usesAuthParams = (raw: RawInputs) => isSet(raw, GENERIC_INPUTS).length > 0;

/** With auth-params the connection's `auth` is given whole: the Salesforce inputs have no part. */
const genericFields = z.extend(fields, { 'salesforce-environment-url': optional });

function genericProblems(raw: RawInputs): string[] {
  const missing = GENERIC_INPUTS.filter((n) => raw[n] === '');
  const problems = missing.map((n) => `${n} is required with ${list(GENERIC_INPUTS)}`);
  const stray = isSet(raw, SALESFORCE_AUTH_INPUTS);
  if (raw['salesforce-include-deleted-objects'].toLowerCase() === 'true') {
    stray.push('salesforce-include-deleted-objects');
  }
  if (stray.length > 0) {
    problems.push(
      `${list(stray)} cannot be used with auth-spec-name and auth-params: give the Salesforce inputs, or auth-spec-name and auth-params (the whole auth of any source), not both`,
    );
  }
  const parsed = raw['auth-params'] === '' ? undefined : parseAuthParams(raw['auth-params']);
  if (parsed && 'problem' in parsed) problems.push(parsed.problem);
  return problems;
}

function genericConfig(raw: RawInputs) {
  const checked = checkInputs(SPEC, genericFields, raw);
  const problems = [...checked.problems, ...adobeCredentialProblems(raw), ...genericProblems(raw)];
  const parsed = parseAuthParams(raw['auth-params']);
  if (!checked.fields || problems.length > 0 || 'problem' in parsed) {
    throw new InputError(problems);
  }
  const f = checked.fields;
  return {
    ...platformConfig(f),
    connection: connectionIdentity(f),
    ifExists: f['if-exists'],
    verify: f.verify,
    authParams: { specName: raw['auth-spec-name'], params: parsed.params },
  };
}

export type Config = ReturnType<typeof toConfig>;
/** The inputs of a run that gives `auth` whole (auth-spec-name, auth-params): any source. */
export type GenericConfig = ReturnType<typeof genericConfig>;
export type IfExists = Config['ifExists'];

/**
 * Validates every input at once; throws an InputError that lists each problem by input name.
 * `now` dates the JWT the action signs and tells whether a ready one has expired.
 */
export function parseInputs(raw: RawInputs, now: number): Config {
  const checked = checkInputs(SPEC, fields, raw);
  const auth = resolveAuthType(raw);
  const inputProblems = [
    ...checked.problems,
    ...salesforceHostProblems(raw),
    ...adobeCredentialProblems(raw),
    ...(auth.problem ? [auth.problem] : []),
    ...(auth.type ? salesforceProblems(raw, auth.type) : []),
  ];
  const credential =
    checked.fields && auth.type ? salesforceCredential(checked.fields, auth.type, now) : undefined;
  const problems = [...inputProblems, ...(credential?.problems ?? [])];
  if (!checked.fields || !credential?.auth || problems.length > 0) throw new InputError(problems);
  return toConfig(checked.fields, credential.auth);
}

/** Every secret the inputs hold, each line of a PEM key on its own: the runner masks line by line. */
export const secretValues = (raw: RawInputs): string[] => [
  ...SECRET_INPUTS.map((name) => raw[name]),
  ...pemBodyLines(raw['salesforce-private-key']),
  ...jwtSecrets(raw['salesforce-jwt-token']),
];

/** The run's inputs, for Salesforce's own inputs or for auth-spec-name and auth-params. */
export const parseRunInputs = (raw: RawInputs, now: number): Config | GenericConfig =>
  usesAuthParams(raw) ? genericConfig(raw) : parseInputs(raw, now);

/** What the action prints that a secret could equal: outcomes, states, booleans, input choices. */
const PRINTED_WORDS: ReadonlySet<string> = new Set([
  ...OUTCOMES,
  ...['enabled', 'disabled', 'failed', 'initializing'],
  ...YAML_BOOLEANS,
  ...IF_EXISTS,
  ...SALESFORCE_AUTH_TYPES,
]);

/** One warning per secret input the runner's masking will get in the way of; never the value. */
const PRINTED: Printed = { words: PRINTED_WORDS, outputs: 'connection-id, etag, outcome, state' };

/** Every value in auth-params is masked job-wide, as the secret it usually is: each is warned of too. */
function authParamsWarnings(text: string): string[] {
  const parsed = text ? parseAuthParams(text) : undefined;
  if (!parsed || 'problem' in parsed) return [];
  return stringEntries(parsed.params).flatMap(
    ([key, value]) => secretWarning(`auth-params key ${JSON.stringify(key)}`, value, PRINTED) ?? [],
  );
}

/** One warning per secret the runner's masking will get in the way of; never the value. */
export const secretWarnings = (raw: RawInputs): string[] => [
  ...platformSecretWarnings(SPEC, raw, PRINTED),
  ...authParamsWarnings(raw['auth-params']),
];
