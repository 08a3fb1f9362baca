import type { SimulatorConfig } from './config.js';
import { flowError, gatewayError, invalidRequest } from './errors.js';
import { JSON_TYPE, mediaType } from './http.js';
import type { TokenRegistry } from './ims.js';
import type { RecordedRequest } from './types.js';

export interface Scope {
  sandboxName: string;
  imsOrgId: string;
}

export interface Caller {
  clientId: string;
  scope: Scope;
}

const DEFAULT_SANDBOX = 'prod';

function bearerToken(authorization: string): string {
  return /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? '';
}

function authenticate(headers: Record<string, string>, tokens: TokenRegistry): string {
  const authorization = headers.authorization;
  if (!authorization) throw gatewayError('403010', 'Oauth token is missing');
  const clientId = tokens.ownerOf(bearerToken(authorization));
  if (clientId === undefined) throw gatewayError('401013', 'Oauth token is not valid');
  const apiKey = headers['x-api-key'];
  if (!apiKey) throw gatewayError('403000', 'Api Key is required');
  if (apiKey !== clientId) throw gatewayError('403003', 'Api Key is invalid');
  return clientId;
}

function organization(headers: Record<string, string>, config: SimulatorConfig): string {
  const orgId = headers['x-gw-ims-org-id'];
  if (!orgId) throw gatewayError('400003', 'Missing x-gw-ims-org-id header');
  if (orgId !== config.orgId) {
    throw flowError(
      '2000-401',
      'Unauthorized',
      `The caller has no access to IMS organization ${orgId}.`,
    );
  }
  return orgId;
}

function sandbox(headers: Record<string, string>, config: SimulatorConfig): string {
  const name = headers['x-sandbox-name'] ?? DEFAULT_SANDBOX;
  if (name === '') {
    throw flowError('2105-400', 'Header is missing', 'The header x-sandbox-name is empty.');
  }
  if (!config.sandboxes.includes(name)) {
    throw flowError(
      '2100-404',
      'Sandbox not found',
      `Sandbox ${name} was not found in the organization.`,
    );
  }
  return name;
}

function checkBody(request: RecordedRequest): void {
  if (request.rawBody === '') return;
  if (mediaType(request.headers) !== JSON_TYPE) {
    throw flowError(
      '1100-415',
      'Unsupported media type',
      `Request bodies must be sent as ${JSON_TYPE}.`,
    );
  }
  if (request.body === undefined) throw invalidRequest('The request body is not valid JSON.');
}

/** The checks Adobe's gateway and Flow Service make on every call, in the order they make them. */
export function admit(
  request: RecordedRequest,
  config: SimulatorConfig,
  tokens: TokenRegistry,
): Caller {
  const clientId = authenticate(request.headers, tokens);
  const imsOrgId = organization(request.headers, config);
  const sandboxName = sandbox(request.headers, config);
  checkBody(request);
  return { clientId, scope: { sandboxName, imsOrgId } };
}
