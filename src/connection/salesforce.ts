import type {
  Connection,
  ConnectionAuth,
  CreateConnectionBody,
} from '../platform/flow-service/schemas.js';
import type { JwtExpiry, JwtSigner } from './jwt.js';

export const SALESFORCE_AUTH_TYPES = [
  'oauth2-client-credential',
  'basic',
  'oauth2-jwt-token',
] as const;

export type SalesforceAuthType = (typeof SALESFORCE_AUTH_TYPES)[number];

export type SalesforceAuth =
  | {
      type: 'oauth2-client-credential';
      clientId: string;
      clientSecret: string;
      includeDeletedObjects: boolean;
    }
  | { type: 'basic'; username: string; password: string; securityToken: string }
  | JwtAuth;

/** AEP on AWS: a long-lived JWT that Adobe trades at Salesforce's login URL for access tokens. */
export interface JwtAuth {
  type: 'oauth2-jwt-token';
  clientId: string;
  clientSecret: string;
  jwtToken: string;
  expiry: JwtExpiry;
  /** With salesforce-private-key: what the preflight signs its own short-lived assertion with. */
  signer: JwtSigner | undefined;
}

export interface SalesforceConfig {
  environmentUrl: string;
  apiVersion: string | undefined;
  auth: SalesforceAuth;
}

/** Flow Service's `auth.specName` for each auth type, exactly as the connection spec names it. */
const AUTH_SPEC_NAMES: Record<SalesforceAuthType, string> = {
  'oauth2-client-credential': 'OAuth2 Client Credential',
  basic: 'Basic Authentication',
  'oauth2-jwt-token': 'OAuth2 JWT Token Credential',
};

function credentialParams(auth: SalesforceAuth): ConnectionAuth['params'] {
  switch (auth.type) {
    case 'basic':
      return {
        username: auth.username,
        password: auth.password,
        securityToken: auth.securityToken,
      };
    case 'oauth2-client-credential':
      return {
        clientId: auth.clientId,
        clientSecret: auth.clientSecret,
        includeDeletedObjects: auth.includeDeletedObjects,
      };
    case 'oauth2-jwt-token':
      return { jwtToken: auth.jwtToken, clientId: auth.clientId, clientSecret: auth.clientSecret };
  }
}

/** The complete `auth` object: Flow Service replaces params whole, so nothing may be left out. */
export function salesforceAuth(config: SalesforceConfig): ConnectionAuth {
  const { auth } = config;
  const params: ConnectionAuth['params'] =
    auth.type === 'oauth2-jwt-token'
      ? { ...credentialParams(auth), instanceUrl: config.environmentUrl }
      : {
          environmentUrl: config.environmentUrl,
          ...credentialParams(auth),
          ...(config.apiVersion ? { apiVersion: config.apiVersion } : {}),
        };
  return { specName: AUTH_SPEC_NAMES[auth.type], params };
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

/** A Salesforce org id: 15 characters, or 18 with the case-safe suffix. */
const ORG_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/** The `orgId` Adobe adds to a JWT connection's params once enabled; anything else is ignored. */
export function salesforceOrgId(connection: Connection | undefined): string | undefined {
  const orgId = connection?.auth?.params?.['orgId'];
  return typeof orgId === 'string' && ORG_ID.test(orgId) ? orgId : undefined;
}
