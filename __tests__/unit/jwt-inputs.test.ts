import { generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  parseInputs,
  readRawInputs,
  secretValues,
  type Config,
} from '../../src/connection/inputs.js';
import { salesforceAuth } from '../../src/connection/salesforce.js';
import { signJwt } from '../../src/connection/jwt.js';
import { inputProblems, OAUTH_INPUTS } from './support/connection-inputs.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const DAY = 86_400_000;
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const CLAIMS = { iss: 'sf-client', sub: 'x', aud: 'https://login.salesforce.com' };
const ready = (expSeconds: number) => signJwt({ ...CLAIMS, exp: expSeconds }, privateKey);
const READY = ready(NOW / 1000 + 120 * 86_400);

const BASE = OAUTH_INPUTS;
const WITH_KEY = { 'salesforce-private-key': PEM, 'salesforce-username': 'ops@acme.com' };

const raw = (overrides: Record<string, string>) => {
  const inputs = { ...BASE, ...overrides };
  return readRawInputs((name) => inputs[name]);
};
const parseWith = (overrides: Record<string, string>): Config => parseInputs(raw(overrides), NOW);

const problemsWith = (overrides: Record<string, string>) =>
  inputProblems(() => parseWith(overrides));

const payload = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe('oauth2-jwt-token inputs', () => {
  it('infers the type from salesforce-private-key and signs a 90-day RS256 token with the inputs', () => {
    const config = parseWith(WITH_KEY);
    const { auth } = config.salesforce;
    expect(auth.type).toBe('oauth2-jwt-token');
    if (auth.type !== 'oauth2-jwt-token') return;
    const [header, body, signature] = auth.jwtToken.split('.');
    expect(
      verify(
        'sha256',
        Buffer.from(`${header}.${body}`),
        publicKey,
        Buffer.from(signature!, 'base64url'),
      ),
    ).toBe(true);
    expect(payload(auth.jwtToken)).toEqual({
      iss: 'sf-client',
      sub: 'ops@acme.com',
      aud: 'https://login.salesforce.com',
      exp: (NOW + 90 * DAY) / 1000,
    });
    expect(auth.expiry).toEqual({ expiresAt: NOW + 90 * DAY, milliseconds: false });
    expect(config.jwtWarnDays).toBe(30);
    expect(salesforceAuth(config.salesforce)).toEqual({
      specName: 'OAuth2 JWT Token Credential',
      params: {
        jwtToken: auth.jwtToken,
        clientId: 'sf-client',
        clientSecret: 'sf-secret',
        instanceUrl: 'https://acme.my.salesforce.com',
      },
    });
  });

  it('signs for the login URL and lifetime given', () => {
    const config = parseWith({
      ...WITH_KEY,
      'salesforce-login-url': 'https://test.salesforce.com/',
      'salesforce-jwt-lifetime-days': '7',
    });
    const { auth } = config.salesforce;
    if (auth.type !== 'oauth2-jwt-token') throw new Error(auth.type);
    expect(payload(auth.jwtToken)).toMatchObject({
      aud: 'https://test.salesforce.com',
      exp: (NOW + 7 * DAY) / 1000,
    });
    expect(auth.signer?.claims).toEqual({
      iss: 'sf-client',
      sub: 'ops@acme.com',
      aud: 'https://test.salesforce.com',
    });
  });

  it('infers the type from salesforce-jwt-token and sends the token as given', () => {
    const config = parseWith({ 'salesforce-jwt-token': READY });
    const { auth } = config.salesforce;
    if (auth.type !== 'oauth2-jwt-token') throw new Error(auth.type);
    expect(auth.jwtToken).toBe(READY);
    expect(auth.signer).toBeUndefined();
    expect(auth.expiry).toEqual({ expiresAt: NOW + 120 * DAY, milliseconds: false });
  });

  it('reads an exp above 10^11 as milliseconds', () => {
    const config = parseWith({ 'salesforce-jwt-token': ready(NOW + 100 * DAY) });
    const { auth } = config.salesforce;
    if (auth.type !== 'oauth2-jwt-token') throw new Error(auth.type);
    expect(auth.expiry).toEqual({ expiresAt: NOW + 100 * DAY, milliseconds: true });
  });

  it.each([
    [
      { 'salesforce-jwt-token': ready(NOW / 1000 - 60) },
      'salesforce-jwt-token expired on 2026-11-28T11:59:00.000Z: sign a new one (or give salesforce-private-key and salesforce-username to have the action sign it)',
    ],
    [
      { 'salesforce-jwt-token': 'not.a.jwt' },
      'salesforce-jwt-token must be a JWT signed with RS256: three base64url parts, a JSON header with "alg": "RS256" and a JSON payload with a numeric exp',
    ],
    [
      {
        'salesforce-private-key': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
        'salesforce-username': 'u@acme.com',
      },
      'salesforce-private-key must be an unencrypted RSA private key in PEM form (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)',
    ],
    [
      {
        'salesforce-private-key': generateKeyPairSync('ec', {
          namedCurve: 'P-256',
        }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
        'salesforce-username': 'u@acme.com',
      },
      'salesforce-private-key must be an unencrypted RSA private key in PEM form (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)',
    ],
    [
      { 'salesforce-jwt-token': READY, 'salesforce-private-key': PEM },
      'salesforce-jwt-token, salesforce-private-key are both set: give exactly one of the two',
    ],
    [
      { 'salesforce-private-key': PEM },
      "salesforce-username is required with salesforce-private-key (the JWT's sub)",
    ],
    [
      { 'salesforce-jwt-token': READY, 'salesforce-username': 'ops@acme.com' },
      'salesforce-username cannot be used with salesforce-jwt-token (the token names its user)',
    ],
    [
      { ...WITH_KEY, 'salesforce-client-secret': '' },
      'salesforce-client-secret is required for salesforce-auth-type oauth2-jwt-token',
    ],
    [
      { ...WITH_KEY, 'salesforce-password': 'pw' },
      'salesforce-password cannot be used with salesforce-auth-type oauth2-jwt-token',
    ],
    [
      { ...WITH_KEY, 'salesforce-include-deleted-objects': 'true' },
      'salesforce-include-deleted-objects is only for oauth2-client-credential',
    ],
    [
      { ...WITH_KEY, 'salesforce-api-version': '60.0' },
      'salesforce-api-version cannot be used with salesforce-auth-type oauth2-jwt-token (OAuth2 JWT Token Credential has no apiVersion) (got "60.0")',
    ],
    [
      { 'salesforce-auth-type': 'oauth2-jwt-token' },
      'salesforce-jwt-token, salesforce-private-key: one is required for salesforce-auth-type oauth2-jwt-token',
    ],
    [
      { 'salesforce-jwt-token': READY, 'salesforce-auth-type': 'oauth2-client-credential' },
      'salesforce-jwt-token cannot be used with salesforce-auth-type oauth2-client-credential',
    ],
    [
      { ...WITH_KEY, 'salesforce-jwt-lifetime-days': '0' },
      'salesforce-jwt-lifetime-days must be a whole number from 1 to 3650 (got "0")',
    ],
    [
      { ...WITH_KEY, 'salesforce-jwt-lifetime-days': '3651' },
      'salesforce-jwt-lifetime-days must be a whole number from 1 to 3650 (got "3651")',
    ],
    [
      { ...WITH_KEY, 'salesforce-jwt-warn-days': '-1' },
      'salesforce-jwt-warn-days must be a whole number of days (0 or more) (got "-1")',
    ],
    [
      { ...WITH_KEY, 'salesforce-login-url': 'https://login.salesforce.com/services' },
      'salesforce-login-url must be an https URL with no path, such as https://<domain>.my.salesforce.com (got "https://login.salesforce.com/services")',
    ],
    [
      { ...WITH_KEY, 'salesforce-login-url': 'https://login.example.com' },
      'salesforce-login-url must be on a Salesforce host (*.salesforce.com, *.force.com, *.salesforce.mil, *.cloudforce.com, *.sfcrmproducts.cn, *.sfcrmapps.cn) or a loopback host; add any other host to salesforce-allowed-hosts (got "https://login.example.com")',
    ],
  ])('rejects %j with "%s"', (overrides, problem) => {
    expect(problemsWith(overrides)).toEqual([problem]);
  });

  it('takes a login URL on a host of salesforce-allowed-hosts', () => {
    const config = parseWith({
      ...WITH_KEY,
      'salesforce-login-url': 'https://login.sf.example.com',
      'salesforce-allowed-hosts': 'sf.example.com',
    });
    expect(config.salesforce.auth.type).toBe('oauth2-jwt-token');
  });

  it('never quotes the token or the key in a problem', () => {
    const problems = problemsWith({
      'salesforce-jwt-token': `${READY}x.y`,
      'salesforce-private-key': `${PEM}x`,
    });
    expect(problems.join('\n')).not.toContain(READY.slice(0, 20));
    expect(problems.join('\n')).not.toContain('MII');
  });

  it('lists the key and each of its base64 lines among the secrets', () => {
    const secrets = secretValues(raw(WITH_KEY));
    expect(secrets).toContain(PEM);
    const body = PEM.split('\n').filter((l) => l && !l.startsWith('-----'));
    for (const line of body.filter((l) => l.length >= 8)) expect(secrets).toContain(line);
    expect(secrets).not.toContain('-----BEGIN PRIVATE KEY-----');
  });
});
