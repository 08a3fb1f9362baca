import { z } from 'zod';
import type { AdobeCredential } from '../platform/ims.js';
import { clip } from '../github/log.js';
import { SALESFORCE_CONNECTION_SPEC_ID } from '../platform/flow-service/specs.js';
import { OUTCOMES } from './outcome.js';
import {
  SALESFORCE_AUTH_TYPES,
  type SalesforceAuth,
  type SalesforceAuthType,
} from './salesforce.js';

/**
 * For an input the workflow leaves out. The runner fills these in itself from action.yml (a test
 * keeps the two equal); they matter when dist/index.js runs outside the runner.
 */
export const DEFAULTS = {
  'sandbox-name': 'prod',
  scopes: 'openid,session,AdobeID,read_organizations,additional_info.projectedProductContext',
  'salesforce-include-deleted-objects': 'false',
  'salesforce-preflight': 'true',
  'connection-spec-id': SALESFORCE_CONNECTION_SPEC_ID,
  'connection-spec-version': '1.0',
  'if-exists': 'reuse',
  verify: 'true',
  'dry-run': 'false',
  'timeout-seconds': '300',
  'max-attempts': '5',
  'platform-url': 'https://platform.adobe.io',
  'ims-url': 'https://ims-na1.adobelogin.com',
} as const;

export type InputName = keyof typeof fields.shape;
export type RawInputs = Record<InputName, string>;

export const SECRET_INPUTS = [
  'client-secret',
  'access-token',
  'salesforce-client-secret',
  'salesforce-password',
  'salesforce-security-token',
] as const satisfies readonly InputName[];

const OAUTH_INPUTS = ['salesforce-client-id', 'salesforce-client-secret'] as const;
const BASIC_INPUTS = [
  'salesforce-username',
  'salesforce-password',
  'salesforce-security-token',
] as const;

const IF_EXISTS = ['reuse', 'update', 'fail', 'create'] as const;

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid inputs:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'InputError';
  }
}

const defaultOf = (name: InputName): string | undefined =>
  name in DEFAULTS ? DEFAULTS[name as keyof typeof DEFAULTS] : undefined;

/** `getInput` answers undefined for an input left out: only an absent input takes its default. */
export function readRawInputs(getInput: (name: string) => string | undefined): RawInputs {
  const entries = INPUT_NAMES.map((name) => [name, getInput(name) ?? defaultOf(name) ?? '']);
  return Object.fromEntries(entries) as RawInputs;
}

const MAX_QUOTED = 80;

const isSecret = (name: InputName) => (SECRET_INPUTS as readonly InputName[]).includes(name);

/** ` (got "value")` for a non-secret input given a value: JSON-quoted, so escaped, and cut. */
function got(raw: RawInputs, name: InputName): string {
  const value = raw[name];
  if (!value || isSecret(name)) return '';
  return ` (got ${JSON.stringify(clip(value, MAX_QUOTED))})`;
}

function issueProblem(raw: RawInputs, issue: z.core.$ZodIssue): string {
  const name = issue.path[0] as InputName;
  const quote = !(issue.code === 'custom' && issue.params?.['quote'] === false);
  return `${name} ${issue.message}${quote ? got(raw, name) : ''}`;
}

/** The runner applies a default only to a missing key: an empty value came from an expression. */
function emptyProblems(raw: RawInputs): { names: Set<string>; problems: string[] } {
  const empty = Object.entries(DEFAULTS).filter(([name]) => raw[name as InputName] === '');
  return {
    names: new Set(empty.map(([name]) => name)),
    problems: empty.map(
      ([name, value]) =>
        `${name} is empty: give it a value, or leave it out for the default "${value}" (an expression that evaluated to empty?)`,
    ),
  };
}

const optional = z.string().transform((v) => v || undefined);
const required = z.string().min(1, { error: 'is required', abort: true });
const token = (what: string) =>
  z
    .string()
    .regex(/^\S*$/, `must be ${what} without spaces`)
    .transform((v) => v || undefined);

const YAML_BOOLEANS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'] as const;
const boolean = z
  .enum(YAML_BOOLEANS, { error: 'must be true or false' })
  .transform((v) => v.toLowerCase() === 'true');

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}`);

/**
 * GitHub's workflow parser reads an unquoted `60.0` as the number 60 and hands the action `60`:
 * a whole number is the version the user wrote, `60.0`.
 */
const version = (pattern: RegExp, message: string) =>
  z
    .string()
    .regex(pattern, message)
    .transform((v) => (/^\d+$/.test(v) ? `${v}.0` : v));

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** https, or plain http on a loopback host only (tests, the demo, the simulator). */
const isSafeProtocol = (url: URL) =>
  url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** An input error shows the value given, unless the error is that the value may hold a password. */
const UNQUOTED = { quote: false };

/** Judged on the text as given: `new URL` drops an empty `?` or `#` and splits userinfo off. */
const plainUrl = z.string().refine((value) => !/[@?#]/.test(value), {
  message: 'must not hold a user name, password, query (?) or fragment (#)',
  abort: true,
  params: UNQUOTED,
});

/** The client adds the API paths itself: a path given here would come before them. */
const serviceUrl = (example: string) =>
  plainUrl
    .refine((value) => {
      const url = parseUrl(value);
      return url !== undefined && isSafeProtocol(url);
    }, 'must be an https:// URL (http:// only for localhost, 127.0.0.1 or [::1])')
    .refine((value) => {
      const path = parseUrl(value)?.pathname;
      return path === undefined || /^\/+$/.test(path);
    }, `must be the base URL without a path, such as ${example}`)
    .transform((value) => new URL(value).origin);

const salesforceUrl = plainUrl
  .refine((value) => {
    const url = parseUrl(value);
    return url !== undefined && url.pathname === '/' && isSafeProtocol(url);
  }, 'must be an https URL with no path, such as https://<domain>.my.salesforce.com')
  .transform((value) => new URL(value).origin);

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
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
  )
  .refine(
    (hosts) => hosts.every((host) => HOST_NAME.test(host)),
    'must be a comma-separated list of host names such as sf.example.com (each also allows its subdomains)',
  );

const isSubdomain = (host: string, domain: string) => host.endsWith(`.${domain}`);

function isAllowedSalesforceHost(host: string, allowed: string[]): boolean {
  return (
    LOOPBACK.test(host) ||
    SALESFORCE_DOMAINS.some((domain) => isSubdomain(host, domain)) ||
    allowed.some((domain) => host === domain || isSubdomain(host, domain))
  );
}

function salesforceHostProblems(raw: RawInputs): string[] {
  const url = salesforceUrl.safeParse(raw['salesforce-environment-url']);
  const allowed = allowedHosts.safeParse(raw['salesforce-allowed-hosts']);
  if (!url.success || !allowed.success) return [];
  if (isAllowedSalesforceHost(new URL(url.data).hostname, allowed.data)) return [];
  const domains = SALESFORCE_DOMAINS.map((domain) => `*.${domain}`).join(', ');
  return [
    `salesforce-environment-url must be on a Salesforce host (${domains}) or a loopback host; add any other host to salesforce-allowed-hosts${got(raw, 'salesforce-environment-url')}`,
  ];
}

const fields = z.object({
  'client-id': required.regex(/^\S*$/, 'must not contain spaces'),
  'client-secret': token('the client secret'),
  'access-token': z
    .string()
    .refine((v) => !v.toLowerCase().startsWith('bearer'), {
      message: 'must be the bare token: drop the "Bearer " prefix',
      abort: true,
    })
    .pipe(token('the bare access token')),
  'org-id': required.regex(/^[A-Za-z0-9]+@AdobeOrg$/, 'must end with @AdobeOrg'),
  'sandbox-name': z
    .string()
    .regex(/^[A-Za-z0-9][\w-]*$/, 'must be a sandbox name: letters, digits, - or _, no spaces'),
  scopes: z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()))
    .refine(
      (list) => list.every((s) => /^[\w.:-]+$/.test(s)),
      'must be a comma-separated list of scope names',
    )
    .transform((list) => list.join(',')),
  name: required.regex(/^[^\r\n]*$/, 'must be a single line'),
  description: optional,
  'salesforce-environment-url': required.pipe(salesforceUrl),
  'salesforce-allowed-hosts': allowedHosts,
  'salesforce-auth-type': z
    .enum(['', ...SALESFORCE_AUTH_TYPES], {
      error: `must be one of ${SALESFORCE_AUTH_TYPES.join(', ')} (or empty)`,
    })
    .transform((v) => v || undefined),
  'salesforce-client-id': optional,
  'salesforce-client-secret': optional,
  'salesforce-include-deleted-objects': boolean,
  'salesforce-username': optional,
  'salesforce-password': optional,
  'salesforce-security-token': optional,
  'salesforce-api-version': version(
    /^(\d{1,3}(\.\d)?)?$/,
    'must be a Salesforce API version such as 60.0',
  ).transform((v) => v || undefined),
  'salesforce-preflight': boolean,
  'connection-spec-id': z
    .string()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      'must be a connection spec id (a UUID)',
    ),
  'connection-spec-version': version(/^\d+(\.\d+)?$/, 'must be a version such as 1.0'),
  'if-exists': z.enum(IF_EXISTS, { error: `must be one of ${IF_EXISTS.join(', ')}` }),
  verify: boolean,
  'dry-run': boolean,
  'timeout-seconds': wholeNumber(1, 3600),
  'max-attempts': wholeNumber(1, 10),
  'platform-url': serviceUrl(DEFAULTS['platform-url']),
  'ims-url': serviceUrl(DEFAULTS['ims-url']),
});

type Fields = z.infer<typeof fields>;

/** Every input the action reads, as action.yml declares them (a test keeps the two equal). */
export const INPUT_NAMES = fields.keyof().options;

const isSet = (raw: RawInputs, names: readonly InputName[]) => names.filter((n) => raw[n] !== '');
const list = (names: readonly string[]) => names.join(', ');

function adobeCredentialProblems(raw: RawInputs): string[] {
  const given = isSet(raw, ['client-secret', 'access-token']);
  if (given.length === 1) return [];
  return given.length === 0
    ? ['client-secret or access-token is required (exactly one of the two)']
    : ['client-secret and access-token are both set: give exactly one of the two'];
}

const isAuthType = (value: string): value is SalesforceAuthType =>
  (SALESFORCE_AUTH_TYPES as readonly string[]).includes(value);

/** The explicit auth type, or the one implied by which credential set is given. */
function resolveAuthType(raw: RawInputs): { type?: SalesforceAuthType; problem?: string } {
  const given = raw['salesforce-auth-type'];
  if (given) return isAuthType(given) ? { type: given } : {};
  const oauth = isSet(raw, OAUTH_INPUTS).length > 0;
  const basic = isSet(raw, BASIC_INPUTS).length > 0;
  if (oauth && basic) {
    return {
      problem: `salesforce-auth-type is empty and both credential sets are given: set it, or keep only ${list(OAUTH_INPUTS)} (oauth2-client-credential) or ${list(BASIC_INPUTS)} (basic)`,
    };
  }
  if (!oauth && !basic) {
    return {
      problem: `Salesforce credentials are required: ${list(OAUTH_INPUTS)} (oauth2-client-credential) or ${list(BASIC_INPUTS)} (basic)`,
    };
  }
  return { type: oauth ? 'oauth2-client-credential' : 'basic' };
}

function salesforceProblems(raw: RawInputs, type: SalesforceAuthType): string[] {
  const [own, other] =
    type === 'basic' ? [BASIC_INPUTS, OAUTH_INPUTS] : [OAUTH_INPUTS, BASIC_INPUTS];
  const problems = own
    .filter((n) => raw[n] === '')
    .map((n) => `${n} is required for salesforce-auth-type ${type}`);
  const stray = isSet(raw, other);
  if (stray.length)
    problems.push(`${list(stray)} cannot be used with salesforce-auth-type ${type}`);
  if (type === 'basic' && raw['salesforce-include-deleted-objects'].toLowerCase() === 'true') {
    problems.push('salesforce-include-deleted-objects is only for oauth2-client-credential');
  }
  return problems;
}

function salesforceAuth(f: Fields, type: SalesforceAuthType): SalesforceAuth {
  return type === 'basic'
    ? {
        type,
        username: f['salesforce-username'] ?? '',
        password: f['salesforce-password'] ?? '',
        securityToken: f['salesforce-security-token'] ?? '',
      }
    : {
        type,
        clientId: f['salesforce-client-id'] ?? '',
        clientSecret: f['salesforce-client-secret'] ?? '',
        includeDeletedObjects: f['salesforce-include-deleted-objects'],
      };
}

function adobeCredential(f: Fields): AdobeCredential {
  return f['access-token']
    ? { kind: 'access-token', accessToken: f['access-token'] }
    : { kind: 'client-secret', clientSecret: f['client-secret'] ?? '', scopes: f.scopes };
}

function toConfig(f: Fields, authType: SalesforceAuthType) {
  return {
    adobe: {
      clientId: f['client-id'],
      orgId: f['org-id'],
      sandboxName: f['sandbox-name'],
      credential: adobeCredential(f),
    },
    connection: {
      name: f.name,
      description: f.description,
      specId: f['connection-spec-id'],
      specVersion: f['connection-spec-version'],
    },
    salesforce: {
      environmentUrl: f['salesforce-environment-url'],
      apiVersion: f['salesforce-api-version'],
      auth: salesforceAuth(f, authType),
    },
    ifExists: f['if-exists'],
    salesforcePreflight: f['salesforce-preflight'],
    verify: f.verify,
    dryRun: f['dry-run'],
    timeoutSeconds: f['timeout-seconds'],
    maxAttempts: f['max-attempts'],
    platformUrl: f['platform-url'],
    imsUrl: f['ims-url'],
  };
}

export type Config = ReturnType<typeof toConfig>;
export type IfExists = Config['ifExists'];

/** Validates every input at once; throws an InputError that lists each problem by input name. */
export function parseInputs(raw: RawInputs): Config {
  const parsed = fields.safeParse(raw);
  const auth = resolveAuthType(raw);
  const empty = emptyProblems(raw);
  const issues = parsed.success ? [] : parsed.error.issues;
  const problems = [
    ...empty.problems,
    ...issues.filter((i) => !empty.names.has(String(i.path[0]))).map((i) => issueProblem(raw, i)),
    ...salesforceHostProblems(raw),
    ...adobeCredentialProblems(raw),
    ...(auth.problem ? [auth.problem] : []),
    ...(auth.type ? salesforceProblems(raw, auth.type) : []),
  ];
  if (!parsed.success || !auth.type || problems.length > 0) throw new InputError(problems);
  return toConfig(parsed.data, auth.type);
}

/** Shorter secrets turn up inside ids and words the action prints, where the runner masks them. */
const MIN_SECRET_LENGTH = 8;

/** What the action prints that a secret could equal: outcomes, states, booleans, input choices. */
const PRINTED_WORDS: ReadonlySet<string> = new Set([
  ...OUTCOMES,
  ...['enabled', 'disabled', 'failed', 'initializing'],
  ...YAML_BOOLEANS,
  ...IF_EXISTS,
  ...SALESFORCE_AUTH_TYPES,
]);

const MASKED_EVERYWHERE =
  'the runner masks it wherever it appears, so a log line shows *** in its place and an output holding it (connection-id, etag, outcome, state) is dropped from job outputs. Use a longer, random secret.';

/** One warning per secret input the runner's masking will get in the way of; never the value. */
export function secretWarnings(raw: RawInputs): string[] {
  return SECRET_INPUTS.flatMap((name) => {
    const secret = raw[name];
    if (!secret) return [];
    if (secret.length < MIN_SECRET_LENGTH)
      return [`${name} is shorter than ${MIN_SECRET_LENGTH} characters: ${MASKED_EVERYWHERE}`];
    if (PRINTED_WORDS.has(secret))
      return [
        `${name} is a word the action prints (an outcome, a state, true or false): ${MASKED_EVERYWHERE}`,
      ];
    return [];
  });
}
