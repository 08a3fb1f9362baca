import { clip } from '../github/log.js';
import { z } from 'zod/mini';
import { safeParseInEnglish, stringMatching } from './zod.js';
import type { AdobeCredential } from './ims.js';

/**
 * The inputs every action of the family reads the same way (Adobe credentials, where Platform and
 * IMS are, the bounds of the step, dry run), and the machinery that turns an action's inputs into
 * a config or a list of problems, each naming its input.
 */

/** Defaults of the shared inputs; `timeout-seconds` is each action's own. */
export const PLATFORM_DEFAULTS = {
  'sandbox-name': 'prod',
  scopes: 'openid,session,AdobeID,read_organizations,additional_info.projectedProductContext',
  'dry-run': 'false',
  'max-attempts': '5',
  'platform-url': 'https://platform.adobe.io',
  'ims-url': 'https://ims-na1.adobelogin.com',
} as const;

export const PLATFORM_SECRET_INPUTS = ['client-secret', 'access-token'] as const;

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid inputs:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'InputError';
  }
}

/** An empty input is one left unset: undefined in the config. */
export const emptyAsUndefined = (schema: z.core.$ZodType<string, string>) =>
  z.pipe(
    schema,
    z.transform((v: string) => v || undefined),
  );

export const optional = emptyAsUndefined(z.string());
export const required = z.string().check(z.minLength(1, { error: 'is required', abort: true }));
const token = (what: string) =>
  emptyAsUndefined(stringMatching(/^\S*$/, `must be ${what} without spaces`));

/** Names go into URL filters: past this length a name is a mistake, not a connection's name. */
const MAX_NAME = 512;

/** A resource's name, which is also how it is found again: one line, of a usable length. */
export const resourceName = z
  .string()
  .check(
    z.maxLength(MAX_NAME, `must be at most ${MAX_NAME} characters`),
    z.regex(/^[^\r\n]*$/, 'must be a single line'),
  );

export const YAML_BOOLEANS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'] as const;
export const boolean = z.pipe(
  z.enum(YAML_BOOLEANS, { error: 'must be true or false' }),
  z.transform((v) => v.toLowerCase() === 'true'),
);

export const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z
    .pipe(stringMatching(/^\d+$/, message), z.transform(Number))
    .check(z.refine((n) => n >= min && n <= max, message));
};

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

export const isLoopback = (hostname: string) => LOOPBACK.test(hostname);

/** https, or plain http on a loopback host only (tests, the demo, the simulator). */
export const isSafeProtocol = (url: URL) =>
  url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));

export function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** An input error shows the value given, unless the error is that the value may hold a password. */
const UNQUOTED = { quote: false };

/** Judged on the text as given: `new URL` drops an empty `?` or `#` and splits userinfo off. */
export const plainUrl = z.string().check(
  z.refine((value) => !/[@?#]/.test(value), {
    message: 'must not hold a user name, password, query (?) or fragment (#)',
    abort: true,
    params: UNQUOTED,
  }),
);

/** The client adds the API paths itself: a path given here would come before them. */
const serviceUrl = (example: string) =>
  z.pipe(
    plainUrl.check(
      z.refine((value) => {
        const url = parseUrl(value);
        return url !== undefined && isSafeProtocol(url);
      }, 'must be an https:// URL (http:// only for localhost, 127.0.0.1 or [::1])'),
      z.refine((value) => {
        const path = parseUrl(value)?.pathname;
        return path === undefined || /^\/+$/.test(path);
      }, `must be the base URL without a path, such as ${example}`),
    ),
    z.transform((value) => new URL(value).origin),
  );

/** The shared inputs' rules; an action adds its own fields beside them. */
export const platformFields = {
  'client-id': required.check(z.regex(/^\S*$/, 'must not contain spaces')),
  'client-secret': token('the client secret'),
  'access-token': z.pipe(
    z.string().check(
      z.refine((v) => !v.toLowerCase().startsWith('bearer'), {
        message: 'must be the bare token: drop the "Bearer " prefix',
        abort: true,
      }),
    ),
    token('the bare access token'),
  ),
  'org-id': required.check(z.regex(/^[A-Za-z0-9]+@AdobeOrg$/, 'must end with @AdobeOrg')),
  'sandbox-name': stringMatching(
    /^[A-Za-z0-9][\w-]*$/,
    'must be a sandbox name: letters, digits, - or _, no spaces',
  ),
  scopes: z.pipe(
    z
      .pipe(
        z.string(),
        z.transform((v) => v.split(',').map((s) => s.trim())),
      )
      .check(
        z.refine(
          (list) => list.every((s) => /^[\w.:-]+$/.test(s)),
          'must be a comma-separated list of scope names',
        ),
      ),
    z.transform((list) => list.join(',')),
  ),
  'dry-run': boolean,
  'timeout-seconds': wholeNumber(1, 3600),
  'max-attempts': wholeNumber(1, 10),
  'platform-url': serviceUrl(PLATFORM_DEFAULTS['platform-url']),
  'ims-url': serviceUrl(PLATFORM_DEFAULTS['ims-url']),
};

type PlatformFields = z.infer<z.ZodMiniObject<typeof platformFields>>;

function adobeCredential(f: PlatformFields): AdobeCredential {
  return f['access-token']
    ? { kind: 'access-token', accessToken: f['access-token'] }
    : { kind: 'client-secret', clientSecret: f['client-secret'] ?? '', scopes: f.scopes };
}

/** The part of every action's config the shared inputs make. */
export function platformConfig(f: PlatformFields) {
  return {
    adobe: {
      clientId: f['client-id'],
      orgId: f['org-id'],
      sandboxName: f['sandbox-name'],
      credential: adobeCredential(f),
    },
    dryRun: f['dry-run'],
    timeoutSeconds: f['timeout-seconds'],
    maxAttempts: f['max-attempts'],
    platformUrl: f['platform-url'],
    imsUrl: f['ims-url'],
  };
}

export type PlatformConfig = ReturnType<typeof platformConfig>;

/** An action's inputs as given: its names, defaults and secrets. */
export interface InputSpec<Name extends string> {
  names: readonly Name[];
  defaults: Partial<Record<Name, string>>;
  secrets: readonly Name[];
}

/** `getInput` answers undefined for an input left out: only an absent input takes its default. */
export function readInputs<Name extends string>(
  spec: InputSpec<Name>,
  getInput: (name: string) => string | undefined,
): Record<Name, string> {
  const entries = spec.names.map((name) => [name, getInput(name) ?? spec.defaults[name] ?? '']);
  return Object.fromEntries(entries) as Record<Name, string>;
}

const MAX_QUOTED = 80;

/** ` (got "value")` for a non-secret input given a value: JSON-quoted, so escaped, and cut. */
export function got<Name extends string>(
  spec: InputSpec<Name>,
  raw: Record<Name, string>,
  name: Name,
): string {
  const value = raw[name];
  if (!value || spec.secrets.includes(name)) return '';
  return ` (got ${JSON.stringify(clip(value, MAX_QUOTED))})`;
}

function issueProblem<Name extends string>(
  spec: InputSpec<Name>,
  raw: Record<Name, string>,
  issue: z.core.$ZodIssue,
): string {
  const name = issue.path[0] as Name;
  const quote = !(issue.code === 'custom' && issue.params?.['quote'] === false);
  return `${name} ${issue.message}${quote ? got(spec, raw, name) : ''}`;
}

/** The runner applies a default only to a missing key: an empty value came from an expression. */
function emptyProblems<Name extends string>(
  spec: InputSpec<Name>,
  raw: Record<Name, string>,
): { names: Set<string>; problems: string[] } {
  const defaults = Object.entries(spec.defaults) as [Name, string][];
  const empty = defaults.filter(([name]) => raw[name] === '');
  return {
    names: new Set(empty.map(([name]) => name)),
    problems: empty.map(
      ([name, value]) =>
        `${name} is empty: give it a value, or leave it out for the default "${value}" (an expression that evaluated to empty?)`,
    ),
  };
}

/** Exactly one Adobe credential: a client secret (for IMS) or an access token. */
export function adobeCredentialProblems(raw: Record<'client-secret' | 'access-token', string>) {
  const given = PLATFORM_SECRET_INPUTS.filter((name) => raw[name] !== '');
  if (given.length === 1) return [];
  return given.length === 0
    ? ['client-secret or access-token is required (exactly one of the two)']
    : ['client-secret and access-token are both set: give exactly one of the two'];
}

/**
 * Every problem of the inputs at once, empty ones first, each naming its input; the parsed fields
 * when the schema accepts them. An action adds its cross-input problems after these.
 */
export function checkInputs<Name extends string, S extends z.core.$ZodType>(
  spec: InputSpec<Name>,
  schema: S,
  raw: Record<Name, string>,
): { fields?: z.infer<S>; problems: string[] } {
  const parsed = safeParseInEnglish(schema, raw);
  const empty = emptyProblems(spec, raw);
  const issues = parsed.success ? [] : parsed.error.issues;
  const problems = [
    ...empty.problems,
    ...issues
      .filter((i) => !empty.names.has(String(i.path[0])))
      .map((i) => issueProblem(spec, raw, i)),
  ];
  return parsed.success ? { fields: parsed.data, problems } : { problems };
}

/** Shorter secrets turn up inside ids and words the action prints, where the runner masks them. */
const MIN_SECRET_LENGTH = 8;

/** One warning per secret input the runner's masking will get in the way of; never the value. */
/** What the action prints where a secret may turn up: the words a secret must not equal, the outputs. */
export interface Printed {
  words: ReadonlySet<string>;
  outputs: string;
}

/** Why the runner's masking of this secret will get in the way (never quoting it), if it will. */
export function secretWarning(label: string, secret: string, printed: Printed): string | undefined {
  const masked = `the runner masks it wherever it appears, so a log line shows *** in its place and an output holding it (${printed.outputs}) is dropped from job outputs. Use a longer, random secret.`;
  if (!secret) return undefined;
  if (secret.length < MIN_SECRET_LENGTH)
    return `${label} is shorter than ${MIN_SECRET_LENGTH} characters: ${masked}`;
  if (printed.words.has(secret))
    return `${label} is a word the action prints (an outcome, a state, true or false): ${masked}`;
  return undefined;
}

export function secretWarnings<Name extends string>(
  spec: InputSpec<Name>,
  raw: Record<Name, string>,
  printed: Printed,
): string[] {
  return spec.secrets.flatMap((name) => secretWarning(name, raw[name], printed) ?? []);
}
