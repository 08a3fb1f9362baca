import type { SchemaRef, StoredMappingSet } from './dataflow-types.js';
import type { SimulatorState } from './flow-service.js';
import { admit, type Caller, type Scope } from './gateway.js';
import type { Reply } from './http.js';
import { isNonEmptyString, isRecord } from './json.js';
import { platformError } from './platform-errors.js';
import { findRoute, type Route } from './routes.js';
import type { MappingSetBody } from './mapping-set-store.js';
import type { RecordedRequest } from './types.js';

const SOURCE_TYPES = ['ATTRIBUTE', 'EXPRESSION', 'STATIC'] as const;
const XDM_PATH = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;

function mappingProblems(mapping: unknown): string[] {
  if (!isRecord(mapping)) return ['a mapping must be an object'];
  const { sourceType, source, destination } = mapping;
  return [
    SOURCE_TYPES.includes(sourceType as never)
      ? []
      : [`sourceType must be one of ${SOURCE_TYPES.join(', ')}`],
    isNonEmptyString(source) ? [] : ['source must be a non-empty string'],
    typeof destination === 'string' && XDM_PATH.test(destination)
      ? []
      : ['destination must be an XDM field path such as person.name.firstName'],
  ].flat();
}

function validationEntry(mapping: unknown): unknown {
  const problems = mappingProblems(mapping);
  if (problems.length === 0) return { status: 'SUCCESS', errors: null };
  const fields = isRecord(mapping) ? mapping : {};
  return {
    status: 'FAILED',
    errors: [
      {
        source: fields.source,
        destination: fields.destination,
        sourceType: fields.sourceType,
        exception: problems.join('; '),
      },
    ],
  };
}

function isSchemaRef(value: unknown): value is SchemaRef {
  return isRecord(value) && isNonEmptyString(value.id) && isNonEmptyString(value.contentType);
}

/** The MappingSet body: outputSchema.schemaRef and a mappings array; a bad one is a 400. */
function mappingSetBody(body: unknown): MappingSetBody {
  if (!isRecord(body)) throw platformError(400, 'The request body must be a mapping set object.');
  const { name, outputSchema, mappings } = body;
  if (!isRecord(outputSchema) || !isSchemaRef(outputSchema.schemaRef)) {
    throw platformError(400, 'outputSchema.schemaRef with id and contentType is required.');
  }
  if (!Array.isArray(mappings) || mappings.length === 0) {
    throw platformError(400, 'mappings must be a non-empty array.');
  }
  if (name !== undefined && !isNonEmptyString(name)) {
    throw platformError(400, 'name must be a non-empty string.');
  }
  return {
    ...(name === undefined ? {} : { name }),
    outputSchema: {
      schemaRef: { id: outputSchema.schemaRef.id, contentType: outputSchema.schemaRef.contentType },
    },
    mappings,
  };
}

/** A body to save: every mapping must pass validation. */
function validMappingSet(body: unknown): MappingSetBody {
  const checked = mappingSetBody(body);
  const problems = checked.mappings.flatMap((mapping, index) =>
    mappingProblems(mapping).map((problem) => `mapping ${index}: ${problem}`),
  );
  if (problems.length > 0) throw platformError(400, `Invalid mapping set: ${problems.join('; ')}.`);
  return checked;
}

function queryInteger(request: RecordedRequest, name: string, minimum: number): number {
  const text = request.query[name]?.[0];
  const value = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || value < minimum) {
    throw platformError(
      400,
      `The query parameter ${name} is required: an integer of at least ${minimum}.`,
    );
  }
  return value;
}

function listMappingSets(service: SimulatorState, request: RecordedRequest, scope: Scope): Reply {
  const limit = queryInteger(request, 'limit', 1);
  const start = queryInteger(request, 'start', 0);
  const name = request.query.name?.[0];
  const matching = service.dataflows.mappingSets
    .latest(scope)
    .filter((set) => name === undefined || set.name === name)
    .sort((a, b) => b.modifiedDate - a.modifiedDate);
  const data = structuredClone(matching.slice(start, start + limit));
  const next = `/mappingSets?limit=${limit}&start=${start + limit}${name === undefined ? '' : `&name=${encodeURIComponent(name)}`}`;
  const links = start + limit < matching.length ? { next: { href: next } } : {};
  return { status: 200, body: { data, _page: { count: data.length, limit }, _links: links } };
}

function existing(service: SimulatorState, scope: Scope, id: string): StoredMappingSet[] {
  const versions = service.dataflows.mappingSets.versions(scope, id);
  if (versions === undefined) throw platformError(404, `Mapping set ${id} was not found.`);
  return versions;
}

function readMappingSet(
  service: SimulatorState,
  request: RecordedRequest,
  scope: Scope,
  id: string,
): Reply {
  const versions = existing(service, scope, id);
  const asked = request.query.version?.[0];
  const set =
    asked === undefined ? versions.at(-1) : versions.find((v) => String(v.version) === asked);
  if (set === undefined) throw platformError(404, `Mapping set ${id} has no version ${asked}.`);
  return { status: 200, body: structuredClone(set) };
}

function summary(set: StoredMappingSet): unknown {
  const { id, version, createdDate, modifiedDate, createdBy, modifiedBy } = set;
  return { id, version, createdDate, modifiedDate, createdBy, modifiedBy };
}

type Handler = (
  service: SimulatorState,
  request: RecordedRequest,
  caller: Caller,
  id: string,
) => Reply;

const ROUTES: Route<Handler>[] = [
  {
    method: 'GET',
    pattern: /^\/mappingSets$/,
    handle: (s, r, c) => listMappingSets(s, r, c.scope),
  },
  {
    method: 'POST',
    pattern: /^\/mappingSets$/,
    handle: (s, r, c) => ({
      status: 200,
      body: summary(s.dataflows.mappingSets.create(validMappingSet(r.body), c)),
    }),
  },
  {
    method: 'POST',
    pattern: /^\/mappingSets\/validate$/,
    handle: (_s, r) => ({
      status: 200,
      body: { validationResponse: mappingSetBody(r.body).mappings.map(validationEntry) },
    }),
  },
  {
    method: 'GET',
    pattern: /^\/mappingSets\/([^/]+)$/,
    handle: (s, r, c, id) => readMappingSet(s, r, c.scope, id),
  },
  {
    method: 'PUT',
    pattern: /^\/mappingSets\/([^/]+)$/,
    handle: (s, r, c, id) => {
      const versions = existing(s, c.scope, id);
      return {
        status: 200,
        body: s.dataflows.mappingSets.update(versions, validMappingSet(r.body), c),
      };
    },
  },
];

/** Answers a call to a path relative to Data Prep's base, after the gateway's checks. */
export function callDataPrep(
  service: SimulatorState,
  request: RecordedRequest,
  path: string,
): Reply {
  const caller = admit(request, service.config, service.tokens);
  const route = findRoute(ROUTES, request.method, path);
  if (route !== undefined) return route.handle(service, request, caller, route.id);
  if (/^\/mappingSets\/[^/]+$/.test(path)) {
    return {
      ...platformError(405, `${request.method} is not supported on mapping sets.`).reply(''),
      headers: { allow: 'GET, PUT' },
    };
  }
  throw platformError(404, `${request.method} ${request.path} is not simulated.`);
}
