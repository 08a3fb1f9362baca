import { describe, expect, it } from 'vitest';
import { apiErrorFrom } from '../../src/platform/api-error.js';

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
    const error = apiErrorFrom('GET /connections', 502, {}, `Bad gateway ${'x'.repeat(500)}`, same);
    expect(error.message).toBe(
      `GET /connections failed with HTTP 502: Bad gateway ${'x'.repeat(288)}`,
    );
  });

  it.each([
    [
      'a proxy page',
      {},
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
      'GET /connections failed with HTTP 502 (HTML page: "502 Bad Gateway")',
    ],
    [
      'a doctype and a title over several lines',
      { 'content-type': 'text/html; charset=utf-8' },
      `<!DOCTYPE html><html lang="en"><head><TITLE lang="en">\n  Service\n  Unavailable </TITLE>${'<p>x</p>'.repeat(100)}`,
      'GET /connections failed with HTTP 502 (HTML page: "Service Unavailable")',
    ],
    [
      'a page without a title, by its content type',
      { 'content-type': 'text/html' },
      '<body>Down for maintenance</body>',
      'GET /connections failed with HTTP 502 (HTML page)',
    ],
    [
      'a long title',
      {},
      `<html><title>${'t'.repeat(200)}</title></html>`,
      `GET /connections failed with HTTP 502 (HTML page: "${'t'.repeat(100)}…")`,
    ],
  ])('summarises %s as its status and title', (_, headers, body, message) => {
    expect(apiErrorFrom('GET /connections', 502, headers, body, same).message).toBe(message);
  });

  it('scrubs an HTML page before it reads the title', () => {
    const secret = 'title-secret-0123456789';
    const scrub = (text: string) => text.replaceAll(secret, '***');
    const body = `<html><title>${'x'.repeat(90)}${secret}</title></html>`;
    const message = apiErrorFrom('POST /ims/token/v3', 502, {}, body, scrub).message;
    expect(message).toBe(
      `POST /ims/token/v3 failed with HTTP 502 (HTML page: "${'x'.repeat(90)}***")`,
    );
  });

  it('names connection-spec-id for an unknown connection spec (1413-400)', () => {
    const body = JSON.stringify({
      type: 'https://ns.adobe.com/aep/errors/FLOW-1413-400',
      title: 'Invalid connection specification',
      report: { 'detailed-message': 'Connection spec id 0000 is not valid.' },
    });
    expect(apiErrorFrom('POST /connections', 400, {}, body, same).message).toBe(
      'POST /connections failed with HTTP 400 FLOW-1413-400: Invalid connection specification: Connection spec id 0000 is not valid.\n' +
        'The connection spec is not one Flow Service knows: check connection-spec-id (the Salesforce source is cfc0fee1-7dc0-40ef-b73e-d8b134c436f5).',
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
