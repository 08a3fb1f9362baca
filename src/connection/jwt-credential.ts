import { createPrivateKey, type KeyObject } from 'node:crypto';
import { expiredProblem, expInDays, jwtExpiry, readJwtExp, signJwt } from './jwt.js';
import type { JwtAuth } from './salesforce.js';

/** The JWT inputs as validated one by one; the ones not given are undefined. */
export interface JwtInputs {
  clientId: string;
  clientSecret: string;
  jwtToken: string | undefined;
  privateKey: string | undefined;
  username: string | undefined;
  loginUrl: string;
  lifetimeDays: number;
}

const NOT_A_JWT =
  'salesforce-jwt-token must be a JWT signed with RS256: three base64url parts, a JSON header with "alg": "RS256" and a JSON payload with a numeric exp';
const NOT_A_KEY =
  'salesforce-private-key must be an unencrypted RSA private key in PEM form (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)';

/** A PEM line of this length or more is a piece of the key; shorter ones would mask common text. */
const MIN_KEY_LINE = 8;

/** The base64 lines of a PEM key: a log line printing one of them must not show it. */
export const pemBodyLines = (pem: string): string[] =>
  pem
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => !line.startsWith('-----') && line.length >= MIN_KEY_LINE);

function rsaKey(pem: string): KeyObject | undefined {
  try {
    const key = createPrivateKey(pem);
    return key.asymmetricKeyType === 'rsa' ? key : undefined;
  } catch {
    return undefined;
  }
}

type Result = { auth: JwtAuth; problems: [] } | { auth?: undefined; problems: string[] };

/** A token the action signs now, for `lifetimeDays`. */
function signed(inputs: JwtInputs, pem: string, now: number): Result {
  const privateKey = rsaKey(pem);
  if (!privateKey) return { problems: [NOT_A_KEY] };
  const claims = { iss: inputs.clientId, sub: inputs.username ?? '', aud: inputs.loginUrl };
  const exp = expInDays(now, inputs.lifetimeDays);
  const jwtToken = signJwt({ ...claims, exp }, privateKey);
  const { clientId, clientSecret } = inputs;
  const expiry = jwtExpiry(exp);
  return {
    auth: {
      type: 'oauth2-jwt-token',
      clientId,
      clientSecret,
      jwtToken,
      expiry,
      signer: { privateKey, claims },
    },
    problems: [],
  };
}

/** A ready token: only its shape and expiry can be checked here. */
function ready(inputs: JwtInputs, jwtToken: string, now: number): Result {
  const exp = readJwtExp(jwtToken);
  if (exp === undefined) return { problems: [NOT_A_JWT] };
  const expiry = jwtExpiry(exp);
  const expired = expiredProblem(expiry, now);
  if (expired) return { problems: [expired] };
  const { clientId, clientSecret } = inputs;
  return {
    auth: { type: 'oauth2-jwt-token', clientId, clientSecret, jwtToken, expiry, signer: undefined },
    problems: [],
  };
}

/** The JWT credential, signed here from a private key or taken as given; problems name the input. */
export function jwtCredential(inputs: JwtInputs, now: number): Result {
  if (inputs.privateKey) return signed(inputs, inputs.privateKey, now);
  if (inputs.jwtToken) return ready(inputs, inputs.jwtToken, now);
  return { problems: [] };
}
