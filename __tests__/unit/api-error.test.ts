import { describe, expect, it } from 'vitest';
import { apiErrorFrom } from '../../src/api-error.js';

const same = (text: string) => text;

describe('apiErrorFrom', () => {
  it('reads a Flow Service error body: code, title, detail, request id, hint', () => {
    const body = JSON.stringify({
      type: 'https://ns.adobe.com/aep/errors/FLOW-1415-400',
      title: 'Invalid auth spec name',
      status: 400,
      report: { 'detailed-message': 'No auth spec named "OAuth2"', 'request-id': 'req-1' },
    });
    const error = apiErrorFrom(
      'POST /connections',
      400,
      { 'x-request-id': 'header-id' },
      body,
      same,
    );
    expect(error.code).toBe('1415-400');
    expect(error.message).toBe(
      'POST /connections failed with HTTP 400 FLOW-1415-400: Invalid auth spec name: No auth spec named "OAuth2" (request id req-1)\n' +
        'The auth spec name is not one the Salesforce connection spec knows.',
    );
  });

  it('reads a gateway error and takes the request id from the header', () => {
    const body = JSON.stringify({ error_code: '401013', message: 'Oauth token is not valid' });
    const error = apiErrorFrom('GET /connections', 401, { 'x-request-id': 'abc' }, body, same);
    expect(error.message).toBe(
      'GET /connections failed with HTTP 401 401013: Oauth token is not valid (request id abc)\n' +
        'The access token is invalid or expired: use client-secret so the action fetches a fresh one.',
    );
  });

  it('reads an IMS error', () => {
    const body = JSON.stringify({
      error: 'invalid_client',
      error_description: 'invalid client_id parameter',
    });
    expect(apiErrorFrom('POST /ims/token/v3', 401, {}, body, same).message).toBe(
      'POST /ims/token/v3 failed with HTTP 401 invalid_client: invalid client_id parameter\n' +
        'client-id or client-secret is wrong, or the credential is not OAuth Server-to-Server.',
    );
  });

  it('shows the start of a body that is not JSON', () => {
    const error = apiErrorFrom(
      'GET /connections',
      502,
      {},
      `<html>Bad gateway</html>${'x'.repeat(500)}`,
      same,
    );
    expect(error.message).toBe(
      `GET /connections failed with HTTP 502: <html>Bad gateway</html>${'x'.repeat(276)}`,
    );
  });

  it('scrubs a body that is not JSON before it shows the start of it, so no secret is cut', () => {
    const secret = 'cut-me-anywhere-0123456789';
    const scrub = (text: string) => text.replaceAll(secret, '***');
    for (let at = 280; at <= 300; at++) {
      const body = `${'x'.repeat(at)}${secret} and more`;
      const message = apiErrorFrom('GET /connections', 502, {}, body, scrub).message;
      expect(message).not.toContain(secret.slice(0, 4));
    }
  });
});
