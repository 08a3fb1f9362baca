import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { checkedSubset } from './schema-subset.js';
import { z } from 'zod/mini';
import { clip } from '../../github/log.js';
import { stringMatching } from '../zod.js';
import { isJsonObject } from '../json-answer.js';

/** An auth spec's JSON Schema is a few KiB; past this an answer is not a connection spec. */
const MAX_SCHEMA_CHARS = 64 * 1024;
const MAX_AUTH_SPECS = 64;
const MAX_SHOWN_PARAM = 100;
/** A served schema may require thousands of params: the first ones say enough. */
const MAX_PROBLEMS = 20;

const listedAtMost = (n: number, lines: string[]) =>
  lines.length <= n ? lines : [...lines.slice(0, n), `and ${lines.length - n} more`];

/** Names are printed: one line, no runner command (`::`, `##[`), of a usable length. */
const specText = stringMatching(
  /^(?!.*(?:::|##\[))[^\p{C}\u2028\u2029]{1,256}$/u,
  'not one printable line of 1 to 256 characters',
);

const jsonObject = z
  .record(z.string(), z.unknown())
  .check(
    z.refine(
      (value) => JSON.stringify(value).length <= MAX_SCHEMA_CHARS,
      `larger than ${MAX_SCHEMA_CHARS} characters`,
    ),
  );

const authSpecSchema = z.object({ name: specText, spec: jsonObject });

const connectionSpecSchema = z.object({
  id: stringMatching(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, 'not a UUID'),
  name: specText,
  authSpec: z.array(authSpecSchema).check(z.maxLength(MAX_AUTH_SPECS)),
  sourceSpec: z.optional(z.record(z.string(), z.unknown())),
  exploreSpec: z.optional(z.object({ type: z.optional(z.string().check(z.maxLength(256))) })),
});

/** `GET /connectionSpecs/{id}`: `{items: [the spec]}`. */
export const connectionSpecAnswer = z.object({ items: z.tuple([connectionSpecSchema]) });

export type ConnectionSpec = z.infer<typeof connectionSpecSchema>;
type AuthSpec = ConnectionSpec['authSpec'][number];

/**
 * A source's spec describes its source connections (`sourceSpec`); a destination's has a
 * `targetSpec` instead. `attributes.isSource` only says whether the UI catalog lists it.
 */
const isSource = (spec: ConnectionSpec) => spec.sourceSpec !== undefined;

/** A tabular source is checked by listing its tables; any other by `GET /connections/{id}/test`. */
export const verifiedBy = (spec: ConnectionSpec): 'explore' | 'test' =>
  spec.exploreSpec?.type === 'Tabular' ? 'explore' : 'test';

const propertiesOf = (auth: AuthSpec): Record<string, unknown> =>
  isJsonObject(auth.spec.properties) ? auth.spec.properties : {};

/** The params the auth spec marks `format: "password"`: secrets, never compared or printed. */
export function secretParams(auth: AuthSpec): string[] {
  return Object.entries(propertiesOf(auth)).flatMap(([name, p]) =>
    isJsonObject(p) && p.format === 'password' ? [name] : [],
  );
}

/** What the schema says a param's value must be, in words, for the failing keyword. */
function expectation(keyword: string, param: unknown): string {
  const rule = isJsonObject(param) ? param : {};
  const types = [rule.type].flat().filter((t): t is string => typeof t === 'string');
  if (keyword === 'type' && types.length > 0) return `must be of type ${types.join(' or ')}`;
  if (keyword === 'false') return 'is not a parameter of this auth spec';
  return `does not satisfy the auth spec's "${keyword}" rule`;
}

/** The param a validator error is about: the first segment of its instance location. */
function paramAt(unit: OutputUnit): string | undefined {
  const segment = /^#\/([^/]+)/.exec(unit.instanceLocation)?.[1];
  if (segment === undefined) return undefined;
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A segment that is not percent-encoded is read as it is.
  }
  return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Each param the auth spec's JSON Schema refuses, described by the input it came from and what
 * was expected. Built from the validator's keyword and location only: its own messages may quote
 * the value, which can be a secret.
 */
function paramProblems(
  auth: AuthSpec,
  params: Record<string, unknown>,
  inputOf: (param: string) => string,
): string[] {
  let units: OutputUnit[];
  try {
    const result = new Validator(checkedSubset(auth.spec) as Schema, '7', false).validate(params);
    if (result.valid) return [];
    units = result.errors;
  } catch {
    throw new Error(
      `The JSON Schema of auth spec "${auth.name}" cannot be applied: an unexpected answer from Flow Service.`,
    );
  }
  const properties = propertiesOf(auth);
  const required = Array.isArray(auth.spec.required) ? auth.spec.required : [];
  const problems = new Map<string, string>();
  const describe = (param: string, what: string) => {
    const shown = JSON.stringify(clip(param, MAX_SHOWN_PARAM));
    if (!problems.has(param)) problems.set(param, `${inputOf(param)} ${what} (param ${shown})`);
  };
  for (const name of required) {
    if (typeof name === 'string' && !Object.hasOwn(params, name)) describe(name, 'is required');
  }
  for (const unit of units) {
    const param = paramAt(unit);
    if (param !== undefined) describe(param, expectation(unit.keyword, properties[param]));
  }
  if (problems.size > 0) return listedAtMost(MAX_PROBLEMS, [...problems.values()]);
  const rule = clip(units[0]?.keyword ?? 'unknown', 40);
  return [`the params do not satisfy auth spec "${auth.name}" (rule "${rule}")`];
}

/** The auth spec of this name, if the live spec has it. */
export const authSpecNamed = (spec: ConnectionSpec, name: string): AuthSpec | undefined =>
  spec.authSpec.find((a) => a.name === name);

/** How the inputs behind `auth` are named in messages. */
export interface AuthInputs {
  /** The input that chose the auth spec (`auth-spec-name`, `salesforce-auth-type`). */
  specName: string;
  /** The input a param came from. */
  param: (name: string) => string;
}

/**
 * Why the live spec refuses this `auth`, one line per problem; none when it accepts it. The spec
 * not being a source's comes first and alone: its auth specs are then beside the point.
 */
export function authProblems(
  spec: ConnectionSpec,
  auth: { specName: string; params: Record<string, unknown> },
  inputs: AuthInputs,
): string[] {
  if (!isSource(spec)) {
    return [
      `connection spec ${spec.id} ("${spec.name}") is not a source's: it has no sourceSpec (a destination's spec has a targetSpec instead). Check connection-spec-id.`,
    ];
  }
  const named = authSpecNamed(spec, auth.specName);
  if (named === undefined) {
    const valid = spec.authSpec.map((a) => JSON.stringify(a.name)).join(', ') || 'none';
    return [
      `${inputs.specName} asks for auth spec ${JSON.stringify(clip(auth.specName, MAX_SHOWN_PARAM))}, which connection spec ${spec.id} does not have; its auth specs are: ${valid}`,
    ];
  }
  return paramProblems(named, auth.params, inputs.param);
}
