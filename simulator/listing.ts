import { invalidRequest } from './errors.js';
import { isRecord } from './json.js';

/** How `property=field==v1,v2` reads a field: one value, or a list that matches when any item does. */
export type FilterFields<T> = Record<string, (item: T) => string | readonly string[]>;

/** One `property=field==v1,v2` filter: the field must equal one of the values. */
interface Filter<T> {
  read: (item: T) => string | readonly string[];
  values: string[];
}

interface ListQuery {
  properties: string[];
  offset: number;
}

const FIELD_VALUE = /^([\w.]+(?:\[\])?)==(.*)$/s;
const FORBIDDEN_IN_VALUE = /==|["']/;

/** Adobe's filter syntax leaves quotes and a second `==` undefined, so they are refused here. */
function parseFilter<T>(property: string, fields: FilterFields<T>): Filter<T> {
  const match = FIELD_VALUE.exec(property);
  const read = match?.[1] === undefined ? undefined : fields[match[1]];
  const value = match?.[2];
  if (read === undefined || value === undefined || FORBIDDEN_IN_VALUE.test(value)) {
    throw invalidRequest(`Unsupported property filter: ${property}`);
  }
  return { read, values: value.split(',') };
}

function passes<T>(item: T, { read, values }: Filter<T>): boolean {
  const seen = read(item);
  return typeof seen === 'string' ? values.includes(seen) : seen.some((v) => values.includes(v));
}

function matcher<T>(properties: string[], fields: FilterFields<T>): (item: T) => boolean {
  const filters = properties.map((property) => parseFilter(property, fields));
  return (item) => filters.every((filter) => passes(item, filter));
}

function encodeContinuation(query: ListQuery): string {
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
function listQuery(query: Record<string, string[]>): ListQuery {
  const token = query.continuationToken?.[0];
  return token === undefined
    ? { properties: query.property ?? [], offset: 0 }
    : decodeContinuation(token);
}

export interface Page<T> {
  items: T[];
  _links: { next?: { href: string } };
}

/** One page of the items that pass the request's filters, linking the next page under `path`. */
export function pageOf<T>(
  query: Record<string, string[]>,
  pageSize: number,
  path: string,
  items: T[],
  fields: FilterFields<T>,
): Page<T> {
  const { properties, offset } = listQuery(query);
  const matching = items.filter(matcher(properties, fields));
  const end = offset + pageSize;
  const token = encodeContinuation({ properties, offset: end });
  const links =
    end < matching.length ? { next: { href: `${path}?continuationToken=${token}` } } : {};
  return { items: matching.slice(offset, end), _links: links };
}
