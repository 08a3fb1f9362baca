import { generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  expiredProblem,
  expiryWarnings,
  jwtExpiry,
  readJwtExp,
  signJwt,
  type JwtClaims,
} from '../../src/connection/jwt.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const NOW = Date.parse('2026-11-28T12:00:00Z');
const DAY = 86_400_000;
const CLAIMS: Omit<JwtClaims, 'exp'> = {
  iss: 'sf-consumer-key',
  sub: 'integration@acme.com',
  aud: 'https://login.salesforce.com',
};

const part = (token: string, i: number) =>
  JSON.parse(Buffer.from(token.split('.')[i]!, 'base64url').toString('utf8')) as unknown;

/** A token with this header and payload, signed or not: only its shape is read. */
const forged = (header: unknown, payload: unknown, signature = 'c2ln') =>
  [header, payload]
    .map((p) => Buffer.from(JSON.stringify(p)).toString('base64url'))
    .concat(signature)
    .join('.');

describe('signJwt', () => {
  it('signs an RS256 JWT with iss, sub, aud and exp in seconds that the public key verifies', () => {
    const exp = Math.floor(NOW / 1000) + 90 * 86_400;
    const token = signJwt({ ...CLAIMS, exp }, privateKey);
    const [header, payload, signature] = token.split('.');
    expect(part(token, 0)).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(part(token, 1)).toEqual({ ...CLAIMS, exp });
    const signed = Buffer.from(`${header}.${payload}`);
    expect(verify('sha256', signed, publicKey, Buffer.from(signature!, 'base64url'))).toBe(true);
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });
});

describe('readJwtExp', () => {
  it('reads exp from a ready RS256 token', () => {
    const exp = Math.floor(NOW / 1000) + 3600;
    expect(readJwtExp(signJwt({ ...CLAIMS, exp }, privateKey))).toBe(exp);
    expect(readJwtExp(forged({ alg: 'RS256' }, { exp: 1.7e12 }))).toBe(1.7e12);
  });

  it.each([
    ['two segments', 'eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjF9'],
    ['four segments', `${forged({ alg: 'RS256' }, { exp: 1 })}.x`],
    ['characters outside base64url', forged({ alg: 'RS256' }, { exp: 1 }).replace('.', '+.')],
    ['a header that is not JSON', `bm90IGpzb24.${forged({}, { exp: 1 }).split('.')[1]}.c2ln`],
    ['another algorithm', forged({ alg: 'HS256' }, { exp: 1 })],
    ['alg none', forged({ alg: 'none' }, { exp: 1 }, '')],
    ['no exp', forged({ alg: 'RS256' }, { sub: 'x' })],
    ['exp as text', forged({ alg: 'RS256' }, { exp: '1790000000' })],
    ['a payload that is an array', forged({ alg: 'RS256' }, [1])],
    ['an empty signature', forged({ alg: 'RS256' }, { exp: 1 }, '')],
  ])('refuses %s', (_, token) => {
    expect(readJwtExp(token)).toBeUndefined();
  });
});

describe('jwtExpiry', () => {
  it('reads exp as seconds, as RFC 7519 says', () => {
    expect(jwtExpiry(1_790_000_000)).toEqual({ expiresAt: 1_790_000_000_000, milliseconds: false });
  });

  it('reads an exp above 10^11 as milliseconds', () => {
    expect(jwtExpiry(1_790_000_000_123)).toEqual({
      expiresAt: 1_790_000_000_123,
      milliseconds: true,
    });
  });
});

describe('expiryWarnings', () => {
  const at = (days: number) => ({ expiresAt: NOW + days * DAY, milliseconds: false });

  it('is silent for a token that lasts beyond the warning window', () => {
    expect(expiryWarnings(at(31), 30, NOW)).toEqual([]);
  });

  it('warns, naming the input and the expiry date, within the window', () => {
    expect(expiryWarnings(at(10), 30, NOW)).toEqual([
      'salesforce-jwt-token expires on 2026-12-08T12:00:00.000Z, in 10 days (within salesforce-jwt-warn-days, 30): sign a new one and run with if-exists: update.',
    ]);
  });

  it('says when exp was read as milliseconds', () => {
    expect(expiryWarnings({ ...at(100), milliseconds: true }, 30, NOW)).toEqual([
      'salesforce-jwt-token has an exp above 10^11, read as milliseconds (expiry 2027-03-08T12:00:00.000Z); RFC 7519 says exp is in seconds, so Salesforce and Adobe may read it otherwise.',
    ]);
  });

  it('is silent with salesforce-jwt-warn-days 0', () => {
    expect(expiryWarnings(at(1), 0, NOW)).toEqual([]);
  });
});

describe('expiredProblem', () => {
  it('fails a token whose expiry has passed, naming the input and the date', () => {
    expect(expiredProblem({ expiresAt: NOW - DAY, milliseconds: false }, NOW)).toBe(
      'salesforce-jwt-token expired on 2026-11-27T12:00:00.000Z: sign a new one (or give salesforce-private-key and salesforce-username to have the action sign it)',
    );
    expect(expiredProblem({ expiresAt: NOW + 1000, milliseconds: false }, NOW)).toBeUndefined();
  });
});
