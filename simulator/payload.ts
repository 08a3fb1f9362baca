import { validateAuth } from './auth-params.js';
import { connectionSpecOf } from './connection-specs.js';
import { flowError, invalidRequest } from './errors.js';
import { isNonEmptyString, isRecord } from './json.js';
import type { NewConnection } from './store.js';
import type { ConnectionSpecRef } from './types.js';

export function requireBody(body: unknown): unknown {
  if (body === undefined || body === null) {
    throw flowError('1405-400', 'Invalid request', 'The request body cannot be empty or null.');
  }
  return body;
}

function connectionSpec(value: unknown): ConnectionSpecRef {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.version !== 'string') {
    throw invalidRequest('connectionSpec must be an object with string id and version.');
  }
  return { id: value.id, version: value.version };
}

function description(value: unknown): { description?: string } {
  if (value === undefined) return {};
  if (typeof value !== 'string') throw invalidRequest('description must be a string.');
  return { description: value };
}

/** The body of `POST /connections`, checked in this order: body, connectionSpec, name, description, auth. */
export function validateNewConnection(body: unknown): NewConnection {
  const fields = requireBody(body);
  if (!isRecord(fields)) throw invalidRequest('The request body must be a JSON object.');
  const spec = connectionSpec(fields.connectionSpec);
  const served = connectionSpecOf(spec.id);
  if (!isNonEmptyString(fields.name)) {
    throw invalidRequest('name is required and must be a non-empty string.');
  }
  return {
    name: fields.name,
    ...description(fields.description),
    auth: validateAuth(served, fields.auth),
    connectionSpec: spec,
  };
}
