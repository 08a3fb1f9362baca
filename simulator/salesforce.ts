import { SECRET_PARAM_NAMES } from './connection-specs.js';
import { isRecord } from './json.js';
import { nowSeconds, verifiedClaims } from './jwt.js';
import type { StoredAuth, SalesforceCredentials } from './types.js';

/** Experience Platform on AWS: Adobe trades the JWT for access tokens itself. */
export const JWT_SPEC = 'OAuth2 JWT Token Credential';

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
