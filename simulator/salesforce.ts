import { type SimulatedError, flowError, invalidRequest } from './errors.js';
import { isNonEmptyString, isRecord } from './json.js';
import { nowSeconds, verifiedClaims } from './jwt.js';
import type { StoredAuth, SalesforceCredentials } from './types.js';

/** Experience Platform on AWS: Adobe trades the JWT for access tokens itself. */
export const JWT_SPEC = 'OAuth2 JWT Token Credential';

type ParamRule = 'required string' | 'optional string' | 'optional boolean';

const AUTH_SPECS: Record<string, Record<string, ParamRule>> = {
  'OAuth2 Client Credential': {
    environmentUrl: 'required string',
    clientId: 'required string',
    clientSecret: 'required string',
    apiVersion: 'optional string',
    includeDeletedObjects: 'optional boolean',
  },
  'Basic Authentication': {
    environmentUrl: 'required string',
    username: 'required string',
    password: 'required string',
    securityToken: 'required string',
    apiVersion: 'optional string',
  },
  [JWT_SPEC]: {
    jwtToken: 'required string',
    clientId: 'required string',
    clientSecret: 'required string',
    instanceUrl: 'required string',
  },
};

const SECRET_PARAMS = new Set(['clientSecret', 'password', 'securityToken', 'jwtToken']);
const MASK = '***';

function paramProblem(
  name: string,
  value: unknown,
  rule: ParamRule | undefined,
): string | undefined {
  if (rule === undefined) return `${name} is not a parameter of this auth spec`;
  if (value === undefined) return rule === 'required string' ? `${name} is required` : undefined;
  if (rule === 'optional boolean') {
    return typeof value === 'boolean' ? undefined : `${name} must be a boolean`;
  }
  return isNonEmptyString(value) ? undefined : `${name} must be a non-empty string`;
}

/** Validates params against the auth spec's parameter table; problems answer 1100-400. */
export function validateParams(specName: string, params: unknown): Record<string, unknown> {
  const rules = AUTH_SPECS[specName];
  if (rules === undefined) throw invalidAuthSpec(specName);
  if (!isRecord(params)) throw invalidRequest('auth.params must be an object.');
  const names = new Set([...Object.keys(rules), ...Object.keys(params)]);
  const problems = [...names].flatMap(
    (name) => paramProblem(name, params[name], rules[name]) ?? [],
  );
  if (problems.length > 0) throw invalidRequest(`Invalid auth.params: ${problems.join('; ')}.`);
  return structuredClone(params);
}

function invalidAuthSpec(specName: unknown): SimulatedError {
  const known = Object.keys(AUTH_SPECS).join("', '");
  return flowError(
    '1415-400',
    'Invalid auth specification',
    `The auth spec name '${String(specName)}' is not valid for this connection spec. Valid names: '${known}'.`,
  );
}

export function validateAuth(auth: unknown): StoredAuth {
  if (!isRecord(auth)) throw invalidRequest('auth must be an object with specName and params.');
  if (typeof auth.specName !== 'string' || !(auth.specName in AUTH_SPECS)) {
    throw invalidAuthSpec(auth.specName);
  }
  return { specName: auth.specName, params: validateParams(auth.specName, auth.params) };
}

export function maskSecrets(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, SECRET_PARAMS.has(k) ? MASK : v]),
  );
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** https, or http on loopback: the simulator's own Salesforce endpoints. */
function isReachableUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
}

/** The JWT's signature and claims, as Salesforce's JWT bearer flow would check them for Adobe. */
function jwtValid(token: unknown, creds: SalesforceCredentials): boolean {
  const claims =
    typeof token === 'string' && creds.jwt ? verifiedClaims(token, creds.jwt.publicKey) : undefined;
  return (
    claims !== undefined &&
    claims.iss === creds.oauth.clientId &&
    claims.sub === creds.jwt?.username &&
    !jwtExpired(claims)
  );
}

/** An exp in the past; like Adobe's pages, one above 10^11 is taken as milliseconds. */
function jwtExpired(claims: Record<string, unknown>): boolean {
  const { exp } = claims;
  if (typeof exp !== 'number') return true;
  return (exp > 1e11 ? exp / 1000 : exp) <= nowSeconds();
}

/** A connection Adobe could never log in with: its JWT has already expired. */
export function expiredJwt(auth: StoredAuth): boolean {
  const token = auth.params.jwtToken;
  if (auth.specName !== JWT_SPEC || typeof token !== 'string') return false;
  const payload = token.split('.')[1] ?? '';
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString());
    return isRecord(claims) && jwtExpired(claims);
  } catch {
    return true;
  }
}

function credentialsMatch(auth: StoredAuth, creds: SalesforceCredentials): boolean {
  const p = auth.params;
  if (auth.specName === JWT_SPEC) {
    const { clientId, clientSecret } = creds.oauth;
    return (
      p.clientId === clientId && p.clientSecret === clientSecret && jwtValid(p.jwtToken, creds)
    );
  }
  if (auth.specName === 'OAuth2 Client Credential') {
    return p.clientId === creds.oauth.clientId && p.clientSecret === creds.oauth.clientSecret;
  }
  const { username, password, securityToken } = creds.basic;
  return (
    auth.specName === 'Basic Authentication' &&
    p.username === username &&
    p.password === password &&
    p.securityToken === securityToken
  );
}

/** Why logging in to Salesforce with these stored params fails, or undefined when it succeeds. */
export function loginFailure(auth: StoredAuth, creds: SalesforceCredentials): string | undefined {
  const url = auth.specName === JWT_SPEC ? 'instanceUrl' : 'environmentUrl';
  if (!isReachableUrl(auth.params[url])) return `${url} is not an https URL`;
  return credentialsMatch(auth, creds) ? undefined : 'invalid_client: authentication failure';
}
