import { randomBytes } from 'node:crypto';
import { imsError } from './errors.js';
import { FORM_TYPE, mediaType, type Reply } from './http.js';
import { isRecord } from './json.js';
import type { ClientCredentials, RecordedRequest } from './types.js';

export const IMS_TOKEN_PATH = '/ims/token/v3';
const TOKEN_LIFETIME_SECONDS = 86399;
const AEP_SCOPES = new Set([
  'openid',
  'session',
  'AdobeID',
  'read_organizations',
  'additional_info.projectedProductContext',
]);
const CREDENTIAL_FIELDS = ['client_id', 'client_secret'];

/** Tokens this simulator issued, each bound to the client id it was issued to. */
export class TokenRegistry {
  readonly #owners = new Map<string, string>();

  issue(clientId: string): string {
    const token = randomBytes(32).toString('base64url');
    this.#owners.set(token, clientId);
    return token;
  }

  ownerOf(token: string): string | undefined {
    return this.#owners.get(token);
  }
}

function formField(body: unknown, name: string): string | undefined {
  const value = isRecord(body) ? body[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function checkTransport(request: RecordedRequest): void {
  if (CREDENTIAL_FIELDS.some((field) => field in request.query)) {
    throw imsError(400, 'invalid_request', 'client credentials must be sent in the request body');
  }
  if (mediaType(request.headers) !== FORM_TYPE) {
    throw imsError(400, 'invalid_request', `Content-Type must be ${FORM_TYPE}`);
  }
  if (formField(request.body, 'grant_type') !== 'client_credentials') {
    throw imsError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
  }
}

function authenticate(body: unknown, clients: ClientCredentials[]): string {
  const clientId = formField(body, 'client_id');
  const client = clients.find((c) => c.clientId === clientId);
  if (client === undefined) throw imsError(401, 'invalid_client', 'invalid client_id parameter');
  if (formField(body, 'client_secret') !== client.clientSecret) {
    throw imsError(401, 'invalid_client', 'invalid client_secret parameter');
  }
  return client.clientId;
}

function checkScope(body: unknown): void {
  const scopes = (formField(body, 'scope') ?? '').split(',').map((s) => s.trim());
  const unknown = scopes.find((s) => !AEP_SCOPES.has(s));
  if (unknown !== undefined) {
    throw imsError(
      400,
      'invalid_scope',
      unknown === '' ? 'scope is required' : `invalid scope (${unknown})`,
    );
  }
}

/** `POST /ims/token/v3`: the OAuth Server-to-Server client-credentials exchange. */
export function exchangeToken(
  request: RecordedRequest,
  clients: ClientCredentials[],
  tokens: TokenRegistry,
): Reply {
  checkTransport(request);
  const clientId = authenticate(request.body, clients);
  checkScope(request.body);
  return {
    status: 200,
    body: {
      access_token: tokens.issue(clientId),
      token_type: 'bearer',
      expires_in: TOKEN_LIFETIME_SECONDS,
    },
  };
}
