import { SALESFORCE_CONNECTION_SPEC_ID } from '../platform/flow-service/specs.js';
import {
  adobeCredentialProblems,
  boolean,
  checkInputs,
  emptyAsUndefined,
  InputError,
  PLATFORM_DEFAULTS,
  PLATFORM_SECRET_INPUTS,
  platformConfig,
  platformFields,
  readInputs,
  resourceName,
  type InputSpec,
} from '../platform/inputs.js';
import { z } from 'zod/mini';
import { stringMatching } from '../platform/zod.js';

/** For an input the workflow leaves out, as teardown/action.yml declares them (a test keeps the two equal). */
export const DEFAULTS = {
  ...PLATFORM_DEFAULTS,
  'connection-spec-id': SALESFORCE_CONNECTION_SPEC_ID,
  cascade: 'false',
  'missing-ok': 'true',
  'timeout-seconds': '300',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (what: string) =>
  emptyAsUndefined(
    z.string().check(z.refine((v) => v === '' || UUID.test(v), `must be ${what} (a UUID)`)),
  );

const fields = z.object({
  ...platformFields,
  'connection-id': uuid('a connection id'),
  name: emptyAsUndefined(resourceName),
  'connection-spec-id': stringMatching(UUID, 'must be a connection spec id (a UUID)'),
  'dataflow-id': uuid('a dataflow id'),
  cascade: boolean,
  'missing-ok': boolean,
});

type InputName = keyof typeof fields.shape;
type Fields = z.infer<typeof fields>;

export const SECRET_INPUTS = PLATFORM_SECRET_INPUTS;

/** Every input the teardown reads, as teardown/action.yml declares them (a test keeps the two equal). */
export const INPUT_NAMES = z.keyof(fields).options;

const SPEC: InputSpec<InputName> = {
  names: INPUT_NAMES,
  defaults: DEFAULTS,
  secrets: SECRET_INPUTS,
};

const TARGETS = ['connection-id', 'name', 'dataflow-id'] as const;

/** What the teardown starts from. */
export type TeardownTarget =
  | { by: 'connection-id'; id: string; cascade: boolean }
  | { by: 'name'; name: string; specId: string; cascade: boolean }
  | { by: 'dataflow-id'; id: string };

function targetProblems(raw: Record<InputName, string>): string[] {
  const given = TARGETS.filter((name) => raw[name] !== '');
  if (given.length === 1) return [];
  const which = given.length === 0 ? 'none is set' : `${given.join(' and ')} are all set`;
  return [`exactly one of connection-id, name, dataflow-id is required: ${which}`];
}

function cascadeProblems(raw: Record<InputName, string>): string[] {
  const cascade = raw.cascade.toLowerCase() === 'true';
  return cascade && raw['dataflow-id'] !== ''
    ? ['cascade is for a base connection (connection-id or name), not with dataflow-id']
    : [];
}

function target(f: Fields): TeardownTarget {
  const { cascade } = f;
  if (f['dataflow-id']) return { by: 'dataflow-id', id: f['dataflow-id'] };
  if (f.name) return { by: 'name', name: f.name, specId: f['connection-spec-id'], cascade };
  return { by: 'connection-id', id: f['connection-id'] ?? '', cascade };
}

function toConfig(f: Fields) {
  return { ...platformConfig(f), target: target(f), missingOk: f['missing-ok'] };
}

export type TeardownConfig = ReturnType<typeof toConfig>;

export const readRawInputs = (getInput: (name: string) => string | undefined) =>
  readInputs(SPEC, getInput);

/** Validates every input at once; throws an InputError that lists each problem by input name. */
export function parseInputs(raw: Record<InputName, string>): TeardownConfig {
  const checked = checkInputs(SPEC, fields, raw);
  const problems = [
    ...checked.problems,
    ...adobeCredentialProblems(raw),
    ...targetProblems(raw),
    ...cascadeProblems(raw),
  ];
  if (!checked.fields || problems.length > 0) throw new InputError(problems);
  return toConfig(checked.fields);
}
