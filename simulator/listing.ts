import { invalidRequest } from './errors.js';
import { isRecord } from './json.js';
import type { StoredConnection } from './types.js';

/** One `property=field==v1,v2` filter: the field must equal one of the values. */
interface Filter {
  field: 'name' | 'connectionSpec.id';
  values: string[];
}

export interface ListQuery {
  properties: string[];
  offset: number;
}

const FIELD_VALUE = /^(name|connectionSpec\.id)==(.*)$/s;
const FORBIDDEN_IN_VALUE = /==|["']/;

/** Adobe's filter syntax leaves quotes and a second `==` undefined, so they are refused here. */
function parseFilter(property: string): Filter {
  const match = FIELD_VALUE.exec(property);
  const value = match?.[2];
  if (match === null || value === undefined || FORBIDDEN_IN_VALUE.test(value)) {
    throw invalidRequest(`Unsupported property filter: ${property}`);
  }
  return { field: match[1] === 'name' ? 'name' : 'connectionSpec.id', values: value.split(',') };
}

function fieldValue(connection: StoredConnection, field: Filter['field']): string {
  return field === 'name' ? connection.name : connection.connectionSpec.id;
}

export function matcher(properties: string[]): (connection: StoredConnection) => boolean {
  const filters = properties.map(parseFilter);
  return (connection) => filters.every((f) => f.values.includes(fieldValue(connection, f.field)));
}

export function encodeContinuation(query: ListQuery): string {
  return Buffer.from(JSON.stringify(query)).toString('base64url');
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function parseToken(token: string): unknown {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function decodeContinuation(token: string): ListQuery {
  const decoded = parseToken(token);
  const { properties, offset } = isRecord(decoded) ? decoded : {};
  if (
    !isStringArray(properties) ||
    typeof offset !== 'number' ||
    !Number.isInteger(offset) ||
    offset < 0
  ) {
    throw invalidRequest('The continuationToken is not valid.');
  }
  return { properties, offset };
}

/** A continuation token carries the filters of the first page, so it replaces `property` params. */
export function listQuery(query: Record<string, string[]>): ListQuery {
  const token = query.continuationToken?.[0];
  return token === undefined
    ? { properties: query.property ?? [], offset: 0 }
    : decodeContinuation(token);
}
