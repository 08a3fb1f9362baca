import { z } from 'zod/mini';
import { ApiError } from '../platform/api-error.js';
import type { Call, Http } from '../platform/http.js';
import type { Config, IfExists } from './inputs.js';
import type { Redactor } from '../github/redact.js';
import { jwtSecrets, signJwt } from './jwt.js';
import type {
  JwtAuth,
  SalesforceAuth,
  SalesforceAuthType,
  SalesforceConfig,
} from './salesforce.js';

const TOKEN_PATH = '/services/oauth2/token';
/** The SOAP login endpoint is versioned; this one serves when salesforce-api-version is empty. */
const DEFAULT_SOAP_VERSION = '60.0';

const CREDENTIALS: Record<SalesforceAuthType, string> = {
  'oauth2-client-credential': 'the OAuth 2.0 client credentials',
  basic: 'the username, password and security token',
  'oauth2-jwt-token': 'a JWT bearer assertion signed with salesforce-private-key',
};

const CREDENTIAL_INPUTS: Record<SalesforceAuthType, string> = {
  'oauth2-client-credential': 'salesforce-client-id and salesforce-client-secret',
  basic: 'salesforce-username, salesforce-password and salesforce-security-token',
  'oauth2-jwt-token':
    'salesforce-client-id, salesforce-username and salesforce-private-key (the connected app holds its certificate; the user is pre-authorized)',
};

/** Salesforce refuses a JWT bearer assertion whose exp is further away than this. */
const ASSERTION_LIFETIME_S = 180;
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** A ready token cannot be traded for an access token: its exp is weeks away, not minutes. */
const READY_TOKEN_UNCHECKED =
  'a ready salesforce-jwt-token cannot be checked: Salesforce accepts only assertions that expire within 3 minutes; give salesforce-private-key and salesforce-username to have the action sign one and check it';

/** if-exists values whose every plan writes, so the check may start before the lookup answers. */
const ALWAYS_WRITES: ReadonlySet<IfExists> = new Set(['update', 'create']);

/** Salesforce's words as they may appear in a message: bounded, on one line. */
const displayText = z.pipe(
  z.string().check(z.maxLength(1000)),
  z.transform((text: string) => text.replace(/\p{Cc}+/gu, ' ').trim()),
);

const tokenSchema = z.object({ access_token: z.string().check(z.minLength(1), z.maxLength(4096)) });

const oauthErrorSchema = z.object({
  error: z.string().check(z.regex(/^[\w.-]{1,100}$/)),
  error_description: z.optional(displayText),
});

const soapFaultSchema = z.object({
  code: z.pipe(
    z.string().check(z.regex(/^(?:[\w.-]{1,40}:)?[A-Za-z][\w.]{0,99}$/)),
    z.transform((code: string) => code.replace(/^.*:/, '')),
  ),
  text: z.optional(displayText),
});

/** Bounded patterns over the raw XML; no XML parser reads a hostile body. */
const FAULT_CODE = /<faultcode>([^<]{1,200})<\/faultcode>/;
const FAULT_STRING = /<faultstring>([^<]{0,1000})<\/faultstring>/;
const SESSION_ID = /<(?:[\w.-]{1,40}:)?sessionId>([^<]{1,4096})<\/(?:[\w.-]{1,40}:)?sessionId>/;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const XML_CHARS = Object.fromEntries(Object.entries(XML_ESCAPES).map(([c, e]) => [e, c]));

const xmlEscape = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
const xmlUnescape = (text: string) =>
  text.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => XML_CHARS[e] ?? e);

/** Every way the check fails, each message naming what to check. */
class PreflightError extends Error {
  override name = 'PreflightError';
}

interface Target {
  salesforce: SalesforceConfig;
  label: string;
  url: string;
  /** The input naming where the login goes, and its value. */
  baseInput: 'salesforce-environment-url' | 'salesforce-login-url';
  base: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function rejected(t: Target, status: number, code: string, description?: string): PreflightError {
  const said = (description ? `${code}: ${description}` : code).replace(/\.$/, '');
  const where =
    t.baseInput === 'salesforce-login-url'
      ? `salesforce-login-url (${t.base}) is where the user logs in`
      : `salesforce-environment-url (${t.base}) is the org's My Domain URL`;
  return new PreflightError(
    `Salesforce rejected the credentials, so nothing was written: POST ${t.url} answered HTTP ${status} ${said}. ` +
      `Check ${CREDENTIAL_INPUTS[t.salesforce.auth.type]}, and that ${where}.`,
  );
}

function notALoginAnswer(t: Target, status: number): PreflightError {
  return new PreflightError(
    `Salesforce at ${t.base} answered HTTP ${status} to ${t.label}, which is not a login answer: ` +
      (t.baseInput === 'salesforce-login-url'
        ? 'check salesforce-login-url (https://login.salesforce.com, https://test.salesforce.com or the My Domain URL). '
        : "check that salesforce-environment-url is the org's My Domain URL (https://<domain>.my.salesforce.com). ") +
      'To skip this check, set salesforce-preflight: false.',
  );
}

function unreachable(t: Target, error: unknown): PreflightError {
  const cause = error instanceof Error ? error.message : String(error);
  return new PreflightError(
    `Could not reach Salesforce at ${t.base} to check the credentials before writing: ${cause}. ` +
      `Check ${t.baseInput}; if this runner may not reach Salesforce (network policy, IP restrictions), set salesforce-preflight: false to skip the check.`,
  );
}

type OAuth = Extract<SalesforceAuth, { type: 'oauth2-client-credential' }>;
type Basic = Extract<SalesforceAuth, { type: 'basic' }>;

/** A token request (`form` as its body); the token is only proof, masked and dropped. */
function tokenCall(t: Target, form: Record<string, string>, redactor: Redactor): Call<void> {
  return {
    label: t.label,
    baseUrlInput: t.baseInput,
    request: {
      method: 'POST',
      url: t.url,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: new URLSearchParams(form).toString(),
    },
    parse(response) {
      const token = tokenSchema.safeParse(parseJson(response.body));
      if (!token.success) throw notALoginAnswer(t, response.status);
      redactor.register(token.data.access_token);
    },
    refusal(response) {
      const error = oauthErrorSchema.safeParse(parseJson(response.body));
      if (!error.success) return undefined;
      return rejected(t, response.status, error.data.error, error.data.error_description);
    },
  };
}

/** The OAuth 2.0 client-credentials flow. */
const clientCredentialsCall = (t: Target, auth: OAuth, redactor: Redactor) =>
  tokenCall(
    t,
    {
      grant_type: 'client_credentials',
      client_id: auth.clientId,
      client_secret: auth.clientSecret,
    },
    redactor,
  );

/**
 * The JWT bearer flow, with an assertion of its own that expires in 3 minutes (Salesforce's
 * limit), signed as the long-lived token is: same key, same iss, sub and aud.
 */
function jwtBearerCall(t: Target, auth: JwtAuth, options: PreflightOptions): Call<void> {
  const { signer } = auth;
  if (!signer) throw new Error(READY_TOKEN_UNCHECKED);
  const exp = Math.floor(options.now() / 1000) + ASSERTION_LIFETIME_S;
  const assertion = signJwt({ ...signer.claims, exp }, signer.privateKey);
  for (const secret of jwtSecrets(assertion)) options.redactor.register(secret);
  return tokenCall(t, { grant_type: JWT_BEARER, assertion }, options.redactor);
}

function loginEnvelope(username: string, password: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/">' +
    '<env:Body><n1:login xmlns:n1="urn:partner.soap.sforce.com">' +
    `<n1:username>${xmlEscape(username)}</n1:username>` +
    `<n1:password>${xmlEscape(password)}</n1:password>` +
    '</n1:login></env:Body></env:Envelope>'
  );
}

/** Salesforce's fault in a SOAP answer (HTTP 500), or undefined when there is none. */
function soapFault(xml: string): z.infer<typeof soapFaultSchema> | undefined {
  const code = FAULT_CODE.exec(xml)?.[1];
  const text = FAULT_STRING.exec(xml)?.[1];
  const parsed = soapFaultSchema.safeParse({
    code,
    ...(text !== undefined ? { text: xmlUnescape(text) } : {}),
  });
  return parsed.success ? parsed.data : undefined;
}

/** The SOAP `login` call, with the password followed by the security token. */
function soapLoginCall(t: Target, auth: Basic, redactor: Redactor): Call<void> {
  return {
    label: t.label,
    baseUrlInput: 'salesforce-environment-url',
    request: {
      method: 'POST',
      url: t.url,
      headers: {
        'Content-Type': 'text/xml; charset=UTF-8',
        SOAPAction: 'login',
        Accept: 'text/xml',
      },
      body: loginEnvelope(auth.username, auth.password + auth.securityToken),
    },
    parse(response) {
      const sessionId = SESSION_ID.exec(response.body)?.[1];
      if (!sessionId) throw notALoginAnswer(t, response.status);
      redactor.register(sessionId);
    },
    refusal(response) {
      const fault = soapFault(response.body);
      if (!fault) return undefined;
      const description = fault.text?.replace(`${fault.code}: `, '');
      return rejected(t, response.status, fault.code, description);
    },
  };
}

function loginTarget(salesforce: SalesforceConfig): Target {
  const { auth } = salesforce;
  const path =
    auth.type === 'basic'
      ? `/services/Soap/u/${salesforce.apiVersion ?? DEFAULT_SOAP_VERSION}`
      : TOKEN_PATH;
  const [baseInput, base] =
    auth.type === 'oauth2-jwt-token' && auth.signer
      ? (['salesforce-login-url', auth.signer.claims.aud] as const)
      : (['salesforce-environment-url', salesforce.environmentUrl] as const);
  return { salesforce, label: `POST ${path}`, url: `${base}${path}`, baseInput, base };
}

/** The origin the check calls: the login URL for a JWT the action signs, else the org's URL. */
export const preflightBase = (salesforce: SalesforceConfig): string => loginTarget(salesforce).base;

function loginCall(t: Target, options: PreflightOptions): Call<void> {
  const { auth } = t.salesforce;
  switch (auth.type) {
    case 'basic':
      return soapLoginCall(t, auth, options.redactor);
    case 'oauth2-client-credential':
      return clientCredentialsCall(t, auth, options.redactor);
    case 'oauth2-jwt-token':
      return jwtBearerCall(t, auth, options);
  }
}

export interface PreflightOptions {
  http: Http;
  redactor: Redactor;
  /** Dates the assertion of the JWT bearer flow. */
  now: () => number;
}

/** Why the credentials are not checked before a write, or undefined when they are. */
export function preflightSkipped(config: Config): string | undefined {
  if (!config.salesforcePreflight) return 'salesforce-preflight: false';
  const { auth } = config.salesforce;
  return auth.type === 'oauth2-jwt-token' && !auth.signer ? READY_TOKEN_UNCHECKED : undefined;
}

/** Asks Salesforce itself whether it accepts the credentials; resolves to a line saying it did. */
export async function checkSalesforceCredentials(
  salesforce: SalesforceConfig,
  options: PreflightOptions,
): Promise<string> {
  const target = loginTarget(salesforce);
  try {
    await options.http.request(loginCall(target, options));
  } catch (error) {
    if (error instanceof PreflightError) throw error;
    throw error instanceof ApiError
      ? notALoginAnswer(target, error.details.status)
      : unreachable(target, error);
  }
  return `Salesforce accepted ${CREDENTIALS[salesforce.auth.type]} at ${target.base}`;
}

/**
 * The check to await before a write. When every plan writes, it starts now and runs beside the
 * lookup; otherwise it starts when awaited, so a reuse never calls Salesforce.
 */
export function startPreflight(config: Config, options: PreflightOptions): () => Promise<string> {
  const check = () => checkSalesforceCredentials(config.salesforce, options);
  if (!ALWAYS_WRITES.has(config.ifExists)) return check;
  const early = check();
  early.catch(() => undefined); // its failure counts only once awaited, when the plan writes
  return () => early;
}
