import type { AuthSpec, ConnectionSpec, ParamSchema } from './connection-specs.js';
import { type SimulatedError, flowError, invalidRequest } from './errors.js';
import { isNonEmptyString, isRecord } from './json.js';
import type { StoredAuth } from './types.js';

const KINDS: Record<ParamSchema['type'], { fits: (v: unknown) => boolean; expected: string }> = {
  string: { fits: isNonEmptyString, expected: 'a non-empty string' },
  boolean: { fits: (v) => typeof v === 'boolean', expected: 'a boolean' },
  integer: { fits: Number.isInteger, expected: 'an integer' },
};

function paramProblem(name: string, value: unknown, auth: AuthSpec): string | undefined {
  const param = Object.hasOwn(auth.spec.properties, name) ? auth.spec.properties[name] : undefined;
  if (param === undefined) return `${name} is not a parameter of this auth spec`;
  if (value === undefined)
    return auth.spec.required.includes(name) ? `${name} is required` : undefined;
  const kind = KINDS[param.type];
  return kind.fits(value) ? undefined : `${name} must be ${kind.expected}`;
}

/** Validates params against the served auth spec's JSON Schema; problems answer 1100-400. */
function validateParams(auth: AuthSpec, params: unknown): Record<string, unknown> {
  if (!isRecord(params)) throw invalidRequest('auth.params must be an object.');
  const names = new Set([...Object.keys(auth.spec.properties), ...Object.keys(params)]);
  const problems = [...names].flatMap((name) => paramProblem(name, params[name], auth) ?? []);
  if (problems.length > 0) throw invalidRequest(`Invalid auth.params: ${problems.join('; ')}.`);
  return structuredClone(params);
}

function invalidAuthSpec(spec: ConnectionSpec, specName: unknown): SimulatedError {
  const known = spec.authSpec.map((a) => a.name).join("', '");
  return flowError(
    '1415-400',
    'Invalid auth specification',
    `The auth spec name '${String(specName)}' is not valid for this connection spec. Valid names: '${known}'.`,
  );
}

/** `auth` of a connection of this spec, checked against the spec the simulator serves. */
export function validateAuth(spec: ConnectionSpec, auth: unknown): StoredAuth {
  if (!isRecord(auth)) throw invalidRequest('auth must be an object with specName and params.');
  const named = spec.authSpec.find((a) => a.name === auth.specName);
  if (named === undefined) throw invalidAuthSpec(spec, auth.specName);
  return { specName: named.name, params: validateParams(named, auth.params) };
}
