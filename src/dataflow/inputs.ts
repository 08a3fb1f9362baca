import {
  adobeCredentialProblems,
  boolean,
  checkInputs,
  got as gotIn,
  InputError,
  platformConfig,
  platformFields,
  PLATFORM_DEFAULTS,
  PLATFORM_SECRET_INPUTS,
  readInputs,
  resourceName,
  required,
  secretWarnings as platformSecretWarnings,
  wholeNumber,
  YAML_BOOLEANS,
  type InputSpec,
} from '../platform/inputs.js';
import { z } from 'zod/mini';
import { stringMatching } from '../platform/zod.js';
import { isAbsoluteAnywhere } from './workspace.js';

/** For an input the workflow leaves out; equal to dataflow/action.yml's defaults (a test checks). */
export const DEFAULTS = {
  ...PLATFORM_DEFAULTS,
  'timeout-seconds': '600',
  'delta-column': 'LastModifiedDate',
  frequency: 'day',
  interval: '1',
  backfill: 'true',
  'if-exists': 'reuse',
  wait: 'none',
} as const;

const FREQUENCIES = ['once', 'minute', 'hour', 'day', 'week'] as const;
const IF_EXISTS = ['reuse', 'update', 'fail'] as const;
const WAITS = ['none', 'first-run'] as const;

/** A single-line name: it becomes part of the names of the chain's pieces. */
const line = required.check(z.regex(/^[^\r\n]*$/, 'must be a single line'));
/** Salesforce API names: letters, digits and underscores (custom ones end in __c). */
const apiName = /^[A-Za-z][A-Za-z0-9_]*$/;

const fields = z.object({
  ...platformFields,
  'connection-id': required.check(z.regex(/^[0-9a-f-]{36}$/i, 'must be a connection id (a UUID)')),
  object: required.check(z.regex(apiName, 'must be a Salesforce object API name such as Contact')),
  columns: z
    .pipe(
      z.string(),
      z.transform((v) =>
        v
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
      ),
    )
    .check(
      z.refine(
        (list) => list.every((c) => apiName.test(c)),
        'must be a comma-separated list of column API names such as Id,Email',
      ),
    ),
  'dataset-id': required.check(
    z.regex(/^[0-9a-f]{24}$/i, 'must be a Catalog dataset id (24 hex digits)'),
  ),
  mapping: z
    .pipe(required, line)
    .check(
      z.refine((path) => !isAbsoluteAnywhere(path), 'must be a path relative to the workspace'),
    ),
  name: resourceName.check(z.minLength(1, { error: 'is required', abort: true })),
  'delta-column': stringMatching(apiName, 'must be a column API name such as LastModifiedDate'),
  frequency: z.enum(FREQUENCIES, { error: `must be one of ${FREQUENCIES.join(', ')}` }),
  interval: wholeNumber(1, 100_000),
  'start-time': z.string(),
  backfill: boolean,
  'if-exists': z.enum(IF_EXISTS, { error: `must be one of ${IF_EXISTS.join(', ')}` }),
  wait: z.enum(WAITS, { error: `must be one of ${WAITS.join(', ')}` }),
});

type Fields = z.infer<typeof fields>;
export type InputName = keyof typeof fields.shape;
export type RawInputs = Record<InputName, string>;

/** Every input the action reads, as dataflow/action.yml declares them (a test keeps the two equal). */
export const INPUT_NAMES = z.keyof(fields).options;

export const SECRET_INPUTS = PLATFORM_SECRET_INPUTS;

const SPEC: InputSpec<InputName> = {
  names: INPUT_NAMES,
  defaults: DEFAULTS,
  secrets: SECRET_INPUTS,
};

export const readRawInputs = (getInput: (name: string) => string | undefined): RawInputs =>
  readInputs(SPEC, getInput);

const MIN_MINUTE_INTERVAL = 15;

/** `2026-01-31T08:00`, seconds and fraction optional, then `Z` or an offset (its absence caught too). */
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?$/;

/** Whether the calendar has this day and the clock this time: Date.parse rolls February 30 over. */
function realDateTime(parts: number[]): boolean {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day &&
    d.getUTCHours() === hour &&
    d.getUTCMinutes() === minute &&
    d.getUTCSeconds() === second
  );
}

type StartTime = { seconds: number } | { problem: 'invalid' | 'no-zone' };

/** Epoch seconds from ISO 8601 with a zone or from epoch seconds; `now` when empty. */
function startTime(raw: string, now: number): StartTime {
  if (raw === '') return { seconds: Math.floor(now / 1000) };
  if (/^\d{1,12}$/.test(raw)) return { seconds: Number(raw) };
  const match = ISO_TIME.exec(raw);
  if (!match) return { problem: 'invalid' };
  const [, year, month, day, hour, minute, second, zone, offsetHours, offsetMinutes] = match;
  const parts = [year, month, day, hour, minute, second ?? '0'].map(Number);
  const offsetValid = Number(offsetHours ?? 0) <= 23 && Number(offsetMinutes ?? 0) <= 59;
  if (!realDateTime(parts) || !offsetValid) return { problem: 'invalid' };
  if (zone === undefined) return { problem: 'no-zone' };
  return { seconds: Math.floor(Date.parse(raw) / 1000) };
}

const START_TIME_PROBLEMS = {
  invalid: 'start-time must be ISO 8601 (2026-01-31T08:00:00Z) or epoch seconds',
  'no-zone':
    "start-time needs a time zone (Z or an offset such as +02:00): the runner's own time zone is not yours",
} as const;

function scheduleProblems(raw: RawInputs, f: Fields | undefined, start: StartTime) {
  const problems: string[] = [];
  if ('problem' in start)
    problems.push(`${START_TIME_PROBLEMS[start.problem]}${gotIn(SPEC, raw, 'start-time')}`);
  if (f?.frequency === 'minute' && f.interval < MIN_MINUTE_INTERVAL)
    problems.push(
      `interval must be at least ${MIN_MINUTE_INTERVAL} for frequency minute${gotIn(SPEC, raw, 'interval')}`,
    );
  return problems;
}

function toConfig(f: Fields, start: number) {
  const once = f.frequency === 'once';
  return {
    ...platformConfig(f),
    connectionId: f['connection-id'],
    object: f.object,
    columns: f.columns,
    datasetId: f['dataset-id'],
    mappingPath: f.mapping,
    name: f.name,
    deltaColumn: f['delta-column'],
    schedule: {
      startTime: start,
      frequency: f.frequency,
      ...(once ? {} : { interval: f.interval, backfill: f.backfill }),
    },
    ifExists: f['if-exists'],
    waitForFirstRun: f.wait === 'first-run',
  };
}

export type Config = ReturnType<typeof toConfig>;

/** Validates every input at once; throws an InputError that lists each problem by input name. */
export function parseInputs(raw: RawInputs, now: number): Config {
  const checked = checkInputs(SPEC, fields, raw);
  const start = startTime(raw['start-time'], now);
  const problems = [
    ...checked.problems,
    ...scheduleProblems(raw, checked.fields, start),
    ...adobeCredentialProblems(raw),
  ];
  if (!checked.fields || 'problem' in start || problems.length > 0) throw new InputError(problems);
  return toConfig(checked.fields, start.seconds);
}

const PRINTED_WORDS: ReadonlySet<string> = new Set([
  ...['created', 'reused', 'updated', 'would-create', 'would-reuse', 'would-update'],
  ...['enabled', 'disabled', 'success', 'failed'],
  ...YAML_BOOLEANS,
  ...FREQUENCIES,
  ...IF_EXISTS,
]);

export const secretWarnings = (raw: RawInputs): string[] =>
  platformSecretWarnings(SPEC, raw, {
    words: PRINTED_WORDS,
    outputs: 'dataflow-id, outcome, state and the other ids',
  });
