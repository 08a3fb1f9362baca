import type { ConnectionAuth } from '../platform/flow-service/schemas.js';

/** One secret's worth of JSON: past this, auth-params is a mistake, not a source's credentials. */
const MAX_AUTH_PARAMS = 64 * 1024;

/**
 * `auth-params` as an object, or why it is not one. The problem never quotes the text: it is a
 * secret, and JSON.parse's own messages show parts of it.
 */
export function parseAuthParams(
  text: string,
): { params: ConnectionAuth['params'] } | { problem: string } {
  if (text.length > MAX_AUTH_PARAMS) {
    return { problem: `auth-params is longer than ${MAX_AUTH_PARAMS} characters` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'auth-params must be JSON (a JSON object of the auth spec params)' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { problem: 'auth-params must be a JSON object of the auth spec params' };
  }
  return { params: parsed as ConnectionAuth['params'] };
}

/** Every string anywhere in the params, with the key it sits under: each is registered as a secret. */
export function stringEntries(value: unknown, key = ''): Array<[key: string, value: string]> {
  if (typeof value === 'string') return [[key, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => stringEntries(v, key ? `${key}.${k}` : k));
}

/** Where each Salesforce param comes from, for messages about the live spec's verdict. */
const SALESFORCE_PARAM_INPUTS: Record<string, string> = {
  environmentUrl: 'salesforce-environment-url',
  instanceUrl: 'salesforce-environment-url',
  clientId: 'salesforce-client-id',
  clientSecret: 'salesforce-client-secret',
  username: 'salesforce-username',
  password: 'salesforce-password',
  securityToken: 'salesforce-security-token',
  apiVersion: 'salesforce-api-version',
  includeDeletedObjects: 'salesforce-include-deleted-objects',
  jwtToken: 'salesforce-jwt-token or salesforce-private-key',
};

export const salesforceParamInput = (param: string): string =>
  SALESFORCE_PARAM_INPUTS[param] ?? `the Salesforce inputs (param ${JSON.stringify(param)})`;

export const authParamsInput = (param: string): string =>
  `auth-params key ${JSON.stringify(param)}`;
