import { verify } from 'node:crypto';
import { isRecord } from './json.js';

/** The claims of an RS256 JWT whose signature the public key verifies; undefined otherwise. */
export function verifiedClaims(
  token: string,
  publicKey: string,
): Record<string, unknown> | undefined {
  const [header, payload, signature, ...rest] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined || rest.length > 0) {
    return undefined;
  }
  try {
    const decoded: unknown = JSON.parse(Buffer.from(header, 'base64url').toString());
    const alg = isRecord(decoded) ? decoded.alg : undefined;
    const signed = Buffer.from(`${header}.${payload}`);
    const valid = verify('sha256', signed, publicKey, Buffer.from(signature, 'base64url'));
    if (alg !== 'RS256' || !valid) return undefined;
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString());
    return isRecord(claims) ? claims : undefined;
  } catch {
    return undefined;
  }
}

/** Seconds since the epoch, as a JWT's exp counts them. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);
