import { type SimulatedError, flowError, invalidRequest } from './errors.js';
import { isNonEmptyString, isRecord } from './json.js';
import type { StoredAuth, SalesforceCredentials } from './types.js';

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
};

const SECRET_PARAMS = new Set(['clientSecret', 'password', 'securityToken']);
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

function credentialsMatch(auth: StoredAuth, creds: SalesforceCredentials): boolean {
  const p = auth.params;
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
  if (!isReachableUrl(auth.params.environmentUrl)) return 'environmentUrl is not an https URL';
  return credentialsMatch(auth, creds) ? undefined : 'invalid_client: authentication failure';
}
