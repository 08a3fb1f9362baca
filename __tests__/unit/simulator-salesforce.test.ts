import { describe, expect, it } from 'vitest';
import { DEMO } from '../../simulator/index.js';
import { anotherSimulator, sharedSimulator, sim } from '../support/simulator.js';

const TOKEN_PATH = '/services/oauth2/token';
const SOAP_LOGIN_PATH = '/services/Soap/u/60.0';
const INVALID_LOGIN =
  '<faultcode>sf:INVALID_LOGIN</faultcode><faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out.</faultstring>';

sharedSimulator();

const demoForm = {
  grant_type: 'client_credentials',
  client_id: DEMO.salesforce.oauth.clientId,
  client_secret: DEMO.salesforce.oauth.clientSecret,
};

async function tokenRequest(form: Record<string, string>) {
  const response = await fetch(`${sim.url}${TOKEN_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function loginEnvelope(username: string, password: string): string {
  return [
    '<?xml version="1.0" encoding="utf-8" ?>',
    '<env:Envelope xmlns:xsd="http://www.w3.org/2001/XMLSchema"',
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xmlns:env="http://schemas.xmlsoap.org/soap/envelope/">',
    '<env:Body><n1:login xmlns:n1="urn:partner.soap.sforce.com">',
    `<n1:username>${xmlEscape(username)}</n1:username>`,
    `<n1:password>${xmlEscape(password)}</n1:password>`,
    '</n1:login></env:Body></env:Envelope>',
  ].join('');
}

const { username, password, securityToken } = DEMO.salesforce.basic;

async function soapLogin(
  envelope: string,
  headers: Record<string, string> = {},
  path = SOAP_LOGIN_PATH,
) {
  const response = await fetch(`${sim.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=UTF-8', soapaction: 'login', ...headers },
    body: envelope,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text: await response.text(),
  };
}

describe('Salesforce OAuth 2.0 client-credentials token endpoint', () => {
  it('issues a Bearer token for the Salesforce client credentials', async () => {
    const { status, body } = await tokenRequest(demoForm);
    expect(status).toBe(200);
    expect(body).toEqual({
      access_token: expect.stringMatching(/^00D\w+![\w-]{20,}$/),
      instance_url: sim.url,
      id: expect.stringMatching(new RegExp(`^${sim.url}/id/00D\\w+/005\\w+$`)),
      token_type: 'Bearer',
      issued_at: expect.stringMatching(/^\d{13}$/),
      signature: expect.any(String),
    });
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${TOKEN_PATH}`]);
  });

  it.each([
    ['a wrong secret', { client_secret: 'wrong' }, 'invalid_client', 'invalid client credentials'],
    [
      'an unknown client id',
      { client_id: 'nobody' },
      'invalid_client_id',
      'client identifier invalid',
    ],
    [
      'another grant',
      { grant_type: 'password' },
      'unsupported_grant_type',
      'grant type not supported',
    ],
  ])('answers 400 to %s, in Salesforce words', async (_case, change, error, description) => {
    const { status, body } = await tokenRequest({ ...demoForm, ...change });
    expect(status).toBe(400);
    expect(body).toEqual({ error, error_description: description });
  });

  it('reads no credentials from a body that is not form-encoded', async () => {
    const response = await fetch(`${sim.url}${TOKEN_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(demoForm),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'unsupported_grant_type',
      error_description: 'grant type not supported',
    });
  });

  it('accepts the Salesforce credentials it is configured with, and only those', async () => {
    const custom = await anotherSimulator({
      salesforce: { ...DEMO.salesforce, oauth: { clientId: 'sf-ci', clientSecret: 'sf-s3cret' } },
    });
    try {
      const ask = (form: Record<string, string>) =>
        fetch(`${custom.url}${TOKEN_PATH}`, {
          method: 'POST',
          body: new URLSearchParams(form),
        }).then((r) => r.status);
      expect(await ask({ ...demoForm, client_id: 'sf-ci', client_secret: 'sf-s3cret' })).toBe(200);
      expect(await ask(demoForm)).toBe(400);
    } finally {
      await custom.close();
    }
  });
});

describe('Salesforce SOAP login', () => {
  it('answers a loginResponse to the username and password followed by the security token', async () => {
    const reply = await soapLogin(loginEnvelope(username, password + securityToken));
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('text/xml;charset=UTF-8');
    expect(reply.text).toMatch(/<soapenv:Body><loginResponse><result>/);
    expect(reply.text).toContain(`<serverUrl>${sim.url}/services/Soap/u/60.0/00D`);
    expect(reply.text).toMatch(/<sessionId>00D\w+![\w-]{20,}<\/sessionId>/);
    expect(reply.text).toMatch(/<userId>005\w+<\/userId>/);
    expect(reply.text).toContain(`<userName>${username}</userName>`);
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${SOAP_LOGIN_PATH}`]);
  });

  it('reads XML entities in the credentials', async () => {
    const custom = await anotherSimulator({
      salesforce: {
        ...DEMO.salesforce,
        basic: { username: 'a&b@example.com', password: 'p<w>"', securityToken: "t'&" },
      },
    });
    try {
      const reply = await fetch(`${custom.url}${SOAP_LOGIN_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'text/xml', soapaction: 'login' },
        body: loginEnvelope('a&b@example.com', `p<w>"t'&`),
      });
      expect(reply.status).toBe(200);
    } finally {
      await custom.close();
    }
  });

  it.each([
    ['a wrong password', loginEnvelope(username, `wrong${securityToken}`)],
    ['the password without its security token', loginEnvelope(username, password)],
    ['an unknown username', loginEnvelope('nobody@example.com', password + securityToken)],
  ])('answers HTTP 500 with an INVALID_LOGIN fault to %s', async (_case, envelope) => {
    const reply = await soapLogin(envelope);
    expect(reply.status).toBe(500);
    expect(reply.contentType).toBe('text/xml;charset=UTF-8');
    expect(reply.text).toContain(`<soapenv:Fault>${INVALID_LOGIN}`);
    expect(reply.text).toContain('<sf:exceptionCode>INVALID_LOGIN</sf:exceptionCode>');
  });

  it.each([
    ['no SOAPAction header', { soapaction: '' }, 'No SOAPAction header!'],
    ['a JSON body', { 'content-type': 'application/json' }, 'Content-Type must be text/xml'],
  ])('answers a client fault to %s', async (_case, headers, message) => {
    const reply = await soapLogin(loginEnvelope(username, password + securityToken), headers);
    expect(reply.status).toBe(500);
    expect(reply.text).toContain(
      `<faultcode>soapenv:Client</faultcode><faultstring>${message}</faultstring>`,
    );
  });

  it('answers a client fault to an envelope with no login call', async () => {
    const reply = await soapLogin('<env:Envelope><env:Body/></env:Envelope>');
    expect(reply.status).toBe(500);
    expect(reply.text).toContain('<faultcode>soapenv:Client</faultcode>');
  });

  it('serves the API version the path names', async () => {
    const path = '/services/Soap/u/59.0';
    const reply = await soapLogin(loginEnvelope(username, password + securityToken), {}, path);
    expect(reply.status).toBe(200);
    expect(reply.text).toContain(`<serverUrl>${sim.url}/services/Soap/u/59.0/00D`);
  });
});
