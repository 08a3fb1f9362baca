import { SECRET_PARAM_NAMES } from './connection-specs.js';
import type { StoredAuth, SalesforceCredentials } from './types.js';

const MASK = '***';

/** Flow Service masks every param an auth spec marks `format: "password"`. */
export function maskSecrets(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, SECRET_PARAM_NAMES.has(k) ? MASK : v]),
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
