import { randomBytes } from 'node:crypto';
import { FORM_TYPE, mediaType, type Reply } from './http.js';
import { SALESFORCE_ORG_ID as ORG_ID } from './config.js';
import { isRecord } from './json.js';
import { nowSeconds, verifiedClaims } from './jwt.js';
import type { RecordedRequest, SalesforceCredentials } from './types.js';

const SALESFORCE_TOKEN_PATH = '/services/oauth2/token';
const SOAP_LOGIN_PATH = /^\/services\/Soap\/u\/(\d{1,3}\.0)$/;
const XML_TYPE = 'text/xml';
const USER_ID = '0055g00000C9vQsAAJ';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** Salesforce refuses a bearer assertion whose exp is further away than this. */
const MAX_ASSERTION_SECONDS = 180;
const INVALID_LOGIN = 'Invalid username, password, security token; or user locked out.';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const XML_ENTITIES = Object.fromEntries(
  Object.entries(XML_ESCAPES).map(([char, entity]) => [entity, char]),
);

/** A session id or access token in Salesforce's form: the org id, `!`, then opaque text. */
function sessionId(issued: string[]): string {
  const id = `${ORG_ID}!${randomBytes(48).toString('base64url')}`;
  issued.push(id);
  return id;
}

/** The origin the client called, which stands for the org's My Domain URL. */
function origin(request: RecordedRequest): string {
  return `http://${request.headers.host ?? '127.0.0.1'}`;
}

function oauthError(error: string, description: string): Reply {
  return { status: 400, body: { error, error_description: description } };
}

function formField(request: RecordedRequest, name: string): string | undefined {
  if (mediaType(request.headers) !== FORM_TYPE || !isRecord(request.body)) return undefined;
  const value = request.body[name];
  return typeof value === 'string' ? value : undefined;
}

function tokenAnswer(request: RecordedRequest, issued: string[]): Reply {
  const instanceUrl = origin(request);
  return {
    status: 200,
    body: {
      access_token: sessionId(issued),
      signature: randomBytes(32).toString('base64'),
      instance_url: instanceUrl,
      id: `${instanceUrl}/id/${ORG_ID}/${USER_ID}`,
      token_type: 'Bearer',
      issued_at: String(Date.now()),
    },
  };
}

/** `grant_type=client_credentials`: the OAuth 2.0 client credentials flow. */
function clientCredentialsToken(
  request: RecordedRequest,
  creds: SalesforceCredentials,
  issued: string[],
): Reply {
  if (formField(request, 'client_id') !== creds.oauth.clientId) {
    return oauthError('invalid_client_id', 'client identifier invalid');
  }
  if (formField(request, 'client_secret') !== creds.oauth.clientSecret) {
    return oauthError('invalid_client', 'invalid client credentials');
  }
  return tokenAnswer(request, issued);
}

/** Why Salesforce refuses a bearer assertion, as its `{error, error_description}`; else undefined. */
function assertionRefusal(
  request: RecordedRequest,
  creds: SalesforceCredentials,
): [string, string] | undefined {
  const claims =
    creds.jwt && verifiedClaims(formField(request, 'assertion') ?? '', creds.jwt.publicKey);
  if (!creds.jwt || !claims) return ['invalid_grant', 'invalid assertion'];
  if (claims.iss !== creds.oauth.clientId)
    return ['invalid_client_id', 'client identifier invalid'];
  if (claims.aud !== origin(request)) return ['invalid_grant', 'audience is invalid'];
  const { exp } = claims;
  const now = nowSeconds();
  if (typeof exp !== 'number' || exp <= now) return ['invalid_grant', 'expired authorization code'];
  if (exp > now + MAX_ASSERTION_SECONDS) return ['invalid_grant', 'invalid assertion'];
  if (claims.sub !== creds.jwt.username) {
    return ['invalid_grant', "user hasn't approved this consumer"];
  }
  return undefined;
}

/** `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`: the OAuth 2.0 JWT bearer flow. */
function jwtBearerToken(
  request: RecordedRequest,
  creds: SalesforceCredentials,
  issued: string[],
): Reply {
  const refusal = assertionRefusal(request, creds);
  return refusal ? oauthError(...refusal) : tokenAnswer(request, issued);
}

/** `POST /services/oauth2/token`, by grant type. */
function oauthToken(
  request: RecordedRequest,
  creds: SalesforceCredentials,
  issued: string[],
): Reply {
  switch (formField(request, 'grant_type')) {
    case 'client_credentials':
      return clientCredentialsToken(request, creds, issued);
    case JWT_BEARER:
      return jwtBearerToken(request, creds, issued);
    default:
      return oauthError('unsupported_grant_type', 'grant type not supported');
  }
}

function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

function xmlUnescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity] ?? entity);
}

/** The text of the first element with this local name, whatever its namespace prefix. */
function elementText(xml: string, name: string): string | undefined {
  const element = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]*)</(?:[\\w.-]+:)?${name}>`);
  const text = element.exec(xml)?.[1];
  return text === undefined ? undefined : xmlUnescape(text);
}

function soapEnvelope(namespaces: string, body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ${namespaces} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`
  );
}

function xmlReply(status: number, xml: string): Reply {
  return { status, rawBody: xml, headers: { 'content-type': `${XML_TYPE};charset=UTF-8` } };
}

function clientFault(message: string): Reply {
  const fault = `<faultcode>soapenv:Client</faultcode><faultstring>${xmlEscape(message)}</faultstring>`;
  return xmlReply(500, soapEnvelope('', `<soapenv:Fault>${fault}</soapenv:Fault>`));
}

function invalidLogin(): Reply {
  const detail =
    '<sf:LoginFault xsi:type="sf:LoginFault"><sf:exceptionCode>INVALID_LOGIN</sf:exceptionCode>' +
    `<sf:exceptionMessage>${INVALID_LOGIN}</sf:exceptionMessage></sf:LoginFault>`;
  const fault =
    `<faultcode>sf:INVALID_LOGIN</faultcode><faultstring>INVALID_LOGIN: ${INVALID_LOGIN}</faultstring>` +
    `<detail>${detail}</detail>`;
  return xmlReply(
    500,
    soapEnvelope(
      'xmlns:sf="urn:fault.partner.soap.sforce.com"',
      `<soapenv:Fault>${fault}</soapenv:Fault>`,
    ),
  );
}

function loginResponse(
  request: RecordedRequest,
  version: string,
  username: string,
  issued: string[],
): Reply {
  const base = origin(request);
  const result =
    `<metadataServerUrl>${xmlEscape(`${base}/services/Soap/m/${version}/${ORG_ID}`)}</metadataServerUrl>` +
    '<passwordExpired>false</passwordExpired><sandbox>false</sandbox>' +
    `<serverUrl>${xmlEscape(`${base}/services/Soap/u/${version}/${ORG_ID}`)}</serverUrl>` +
    `<sessionId>${sessionId(issued)}</sessionId><userId>${USER_ID}</userId>` +
    `<userInfo><organizationId>${ORG_ID}</organizationId><userId>${USER_ID}</userId>` +
    `<userName>${xmlEscape(username)}</userName></userInfo>`;
  return xmlReply(
    200,
    soapEnvelope(
      'xmlns="urn:partner.soap.sforce.com"',
      `<loginResponse><result>${result}</result></loginResponse>`,
    ),
  );
}

/** `POST /services/Soap/u/<version>` with a `login` call: username, then password + token. */
function soapLogin(
  request: RecordedRequest,
  creds: SalesforceCredentials,
  version: string,
  issued: string[],
): Reply {
  if (!request.headers.soapaction) return clientFault('No SOAPAction header!');
  if (mediaType(request.headers) !== XML_TYPE) return clientFault('Content-Type must be text/xml');
  if (!/<(?:[\w.-]+:)?login[\s>]/.test(request.rawBody)) {
    return clientFault('Element {urn:partner.soap.sforce.com}login is missing');
  }
  const username = elementText(request.rawBody, 'username');
  const password = elementText(request.rawBody, 'password');
  const { basic } = creds;
  if (username !== basic.username || password !== basic.password + basic.securityToken) {
    return invalidLogin();
  }
  return loginResponse(request, version, username, issued);
}

/**
 * Salesforce's two login endpoints, or undefined when the request is for neither. Every token
 * and session id handed out is added to `issued`, so tests can check where each one shows up.
 */
export function callSalesforce(
  request: RecordedRequest,
  creds: SalesforceCredentials,
  issued: string[],
): Reply | undefined {
  if (request.method !== 'POST') return undefined;
  if (request.path === SALESFORCE_TOKEN_PATH) return oauthToken(request, creds, issued);
  const version = SOAP_LOGIN_PATH.exec(request.path)?.[1];
  return version === undefined ? undefined : soapLogin(request, creds, version, issued);
}
