import { sign, type KeyObject } from 'node:crypto';
import { isJsonObject } from '../platform/json-answer.js';

/**
 * The JWT of Salesforce's OAuth 2.0 JWT bearer flow, as AEP on AWS stores it: RS256, with the
 * connected app (iss), the user (sub), the login URL (aud) and the expiry (exp). Pure functions:
 * the time is always given.
 */

export interface JwtClaims {
  iss: string;
  sub: string;
  aud: string;
  /** Seconds since the epoch (RFC 7519). */
  exp: number;
}

/** When a token expires, and whether its exp had to be read as milliseconds. */
export interface JwtExpiry {
  expiresAt: number;
  milliseconds: boolean;
}

const HEADER = { alg: 'RS256', typ: 'JWT' };
/** An exp in seconds stays below this until the year 5138; milliseconds passed it in 1973. */
const MILLISECONDS_ABOVE = 1e11;
const DAY_MS = 86_400_000;
/** The last instant a JavaScript Date holds; an exp past it (even read as milliseconds) is no date. */
const LAST_DATE_MS = 8.64e15;
const SEGMENT = /^[\w-]+$/;

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signJwt(claims: JwtClaims, privateKey: KeyObject): string {
  const signed = `${encode(HEADER)}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(signed), privateKey);
  return `${signed}.${signature.toString('base64url')}`;
}

function decodeSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The raw exp of an RS256 JWT (three base64url segments, JSON header and payload), else undefined. */
export function readJwtExp(token: string): number | undefined {
  const segments = token.split('.');
  if (segments.length !== 3 || !segments.every((s) => SEGMENT.test(s))) return undefined;
  const [header, payload] = segments.map(decodeSegment);
  if (!isJsonObject(header) || header['alg'] !== HEADER.alg || !isJsonObject(payload))
    return undefined;
  const exp = payload['exp'];
  return typeof exp === 'number' && exp > 0 && exp <= LAST_DATE_MS ? exp : undefined;
}

/** Adobe's pages disagree on the unit of exp: a value only milliseconds can explain is read so. */
export function jwtExpiry(exp: number): JwtExpiry {
  const milliseconds = exp > MILLISECONDS_ABOVE;
  return { expiresAt: milliseconds ? exp : exp * 1000, milliseconds };
}

/**
 * What to register as secrets for a JWT: the token, and its signature alone, which with the
 * constant header and the known claims rebuilds it.
 */
export const jwtSecrets = (token: string): string[] => [token, token.split('.')[2] ?? ''];

export const isoDate = (ms: number) => new Date(ms).toISOString();

/** The exp of a token the action signs: `days` from now, in whole seconds. */
export const expInDays = (now: number, days: number) => Math.floor((now + days * DAY_MS) / 1000);

/** Why the token cannot be used any more, naming the input and the date, never the token. */
export function expiredProblem(expiry: JwtExpiry, now: number): string | undefined {
  if (expiry.expiresAt > now) return undefined;
  return `salesforce-jwt-token expired on ${isoDate(expiry.expiresAt)}: sign a new one (or give salesforce-private-key and salesforce-username to have the action sign it)`;
}

export function expiryWarnings(expiry: JwtExpiry, warnDays: number, now: number): string[] {
  const at = isoDate(expiry.expiresAt);
  const warnings: string[] = [];
  if (expiry.milliseconds) {
    warnings.push(
      `salesforce-jwt-token has an exp above 10^11, read as milliseconds (expiry ${at}); RFC 7519 says exp is in seconds, so Salesforce and Adobe may read it otherwise.`,
    );
  }
  const left = expiry.expiresAt - now;
  if (left > 0 && left <= warnDays * DAY_MS) {
    warnings.push(
      `salesforce-jwt-token expires on ${at}, in ${Math.floor(left / DAY_MS)} days (within salesforce-jwt-warn-days, ${warnDays}): sign a new one and run with if-exists: update.`,
    );
  }
  return warnings;
}

/** What the action signs with: the private key and the claims every assertion of it carries. */
export interface JwtSigner {
  privateKey: KeyObject;
  claims: Omit<JwtClaims, 'exp'>;
}
