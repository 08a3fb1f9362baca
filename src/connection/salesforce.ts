import type { ConnectionAuth, CreateConnectionBody } from '../platform/flow-service/schemas.js';

export const SALESFORCE_AUTH_TYPES = ['oauth2-client-credential', 'basic'] as const;

export type SalesforceAuthType = (typeof SALESFORCE_AUTH_TYPES)[number];

export type SalesforceAuth =
  | {
      type: 'oauth2-client-credential';
      clientId: string;
      clientSecret: string;
      includeDeletedObjects: boolean;
    }
  | { type: 'basic'; username: string; password: string; securityToken: string };

export interface SalesforceConfig {
  environmentUrl: string;
  apiVersion: string | undefined;
  auth: SalesforceAuth;
}

/** Flow Service's `auth.specName` for each auth type, exactly as the connection spec names it. */
const AUTH_SPEC_NAMES: Record<SalesforceAuthType, string> = {
  'oauth2-client-credential': 'OAuth2 Client Credential',
  basic: 'Basic Authentication',
};

function credentialParams(auth: SalesforceAuth): ConnectionAuth['params'] {
  return auth.type === 'basic'
    ? { username: auth.username, password: auth.password, securityToken: auth.securityToken }
    : {
        clientId: auth.clientId,
        clientSecret: auth.clientSecret,
        includeDeletedObjects: auth.includeDeletedObjects,
      };
}

/** The complete `auth` object: Flow Service replaces params whole, so nothing may be left out. */
export function salesforceAuth(config: SalesforceConfig): ConnectionAuth {
  const params: ConnectionAuth['params'] = {
    environmentUrl: config.environmentUrl,
    ...credentialParams(config.auth),
    ...(config.apiVersion ? { apiVersion: config.apiVersion } : {}),
  };
  return { specName: AUTH_SPEC_NAMES[config.auth.type], params };
}

export interface ConnectionIdentity {
  name: string;
  description: string | undefined;
  specId: string;
  specVersion: string;
}

/** `POST /connections` body; an empty description is left out rather than sent as "". */
export function createConnectionBody(
  connection: ConnectionIdentity,
  auth: ConnectionAuth,
): CreateConnectionBody {
  return {
    name: connection.name,
    ...(connection.description !== undefined ? { description: connection.description } : {}),
    auth,
    connectionSpec: { id: connection.specId, version: connection.specVersion },
  };
}
