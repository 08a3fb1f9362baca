import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Deadline } from '../../src/platform/deadline.js';
import { createHttp } from '../../src/platform/http.js';
import { createLog } from '../../src/github/log.js';
import { Redactor } from '../../src/github/redact.js';
import type { SalesforceConfig } from '../../src/connection/salesforce.js';
import { checkSalesforceCredentials } from '../../src/connection/salesforce-preflight.js';
import { FakeClock, FakeCore } from '../support/fake-runtime.js';
import { answer, ScriptedTransport, type Scripted } from '../support/scripted-transport.js';

const ENV = 'https://acme.my.salesforce.com';
const OAUTH: SalesforceConfig = {
  environmentUrl: ENV,
  apiVersion: undefined,
  auth: {
    type: 'oauth2-client-credential',
    clientId: 'sf-id',
    clientSecret: 'sf-secret',
    includeDeletedObjects: false,
  },
};
const BASIC: SalesforceConfig = {
  environmentUrl: ENV,
  apiVersion: '61.0',
  auth: { type: 'basic', username: 'ops@acme.com', password: 'pw', securityToken: 'tok' },
};

function check(salesforce: SalesforceConfig, script: Scripted[], maxAttempts = 3) {
  const core = new FakeCore({});
  const clock = new FakeClock();
  const transport = new ScriptedTransport(script);
  const redactor = new Redactor((secret) => core.setSecret(secret));
  const log = createLog(core, redactor);
  const http = createHttp({
    transport,
    clock,
    log,
    deadline: new Deadline(clock.now, 300),
    maxAttempts,
    redactor,
  });
  return {
    core,
    transport,
    result: checkSalesforceCredentials(salesforce, { http, redactor, now: clock.now }),
  };
}

const soapFault = (code: string, text: string) =>
  `<?xml version="1.0"?><soapenv:Envelope><soapenv:Body><soapenv:Fault><faultcode>${code}</faultcode><faultstring>${text}</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>`;

/** The error a check failed with; a check that passes fails the test. */
const rejection = (result: Promise<unknown>): Promise<Error> =>
  result.then(
    () => {
      throw new Error('the check passed');
    },
    (error: unknown) => error as Error,
  );

describe('checkSalesforceCredentials', () => {
  it('masks the token of a 200 and says Salesforce accepted the credentials', async () => {
    const { core, result } = check(OAUTH, [answer(200, '{"access_token":"00Dx!tok"}')]);
    await expect(result).resolves.toBe(
      `Salesforce accepted the OAuth 2.0 client credentials at ${ENV}`,
    );
    expect(core.secrets).toEqual(['00Dx!tok']);
  });

  it('logs in at the given API version', async () => {
    const { transport, result } = check(BASIC, [
      answer(200, '<loginResponse><result><sessionId>00Dx!s</sessionId></result></loginResponse>'),
    ]);
    await result;
    expect(transport.sent[0]!.request.url).toBe(`${ENV}/services/Soap/u/61.0`);
  });

  it('reads a fault with entities and keeps its message on one line', async () => {
    const text = 'LOGIN_MUST_USE_SECURITY_TOKEN: Invalid &lt;user&gt;\n::error::injected';
    const { result } = check(BASIC, [
      answer(500, soapFault('sf:LOGIN_MUST_USE_SECURITY_TOKEN', text)),
    ]);
    await expect(result).rejects.toThrow(
      'answered HTTP 500 LOGIN_MUST_USE_SECURITY_TOKEN: Invalid <user> ::error::injected. Check salesforce-username',
    );
  });

  it.each([
    ['an HTML page', 404, '<html><title>Gone</title>visible-body</html>'],
    ['an error code that is not a word', 400, '{"error":"<b>visible-body</b>"}'],
    ['a 200 without a token', 200, '{"token":"visible-body"}'],
  ])('says %s is not a login answer, without its body', async (_case, status, body) => {
    const { result } = check(OAUTH, [answer(status, body)]);
    const error = await rejection(result);
    expect(error.message).toMatch(
      new RegExp(
        `^Salesforce at ${ENV} answered HTTP ${status} to POST /services/oauth2/token, which is not a login answer`,
      ),
    );
    expect(error.message).not.toContain('visible-body');
  });

  it('retries a 500 that is not a SOAP fault, then reports the status', async () => {
    const { transport, result } = check(BASIC, [answer(500, 'busy'), answer(500, 'busy')], 2);
    await expect(result).rejects.toThrow('answered HTTP 500 to POST /services/Soap/u/61.0');
    expect(transport.sent).toHaveLength(2);
  });

  it('never shows a body it could not read as Salesforce’s, whatever it holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 12 }), async (body) => {
        const marked = `visible-${body}`;
        const { result } = check(OAUTH, [answer(400, marked)], 1);
        const error = await rejection(result);
        expect(error.message).not.toContain(marked);
        expect(error.message).not.toMatch(/[\r\n]/);
      }),
    );
  });
});
