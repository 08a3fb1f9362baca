import type { ScheduleParams } from './dataflow-types.js';
import { invalidRequest } from './errors.js';
import { isRecord } from './json.js';

const FREQUENCIES: readonly string[] = ['once', 'minute', 'hour', 'day', 'week'];

function intervalProblems(params: Record<string, unknown>): string[] {
  const { frequency, interval, backfill } = params;
  if (frequency === 'once') {
    return ['interval', 'backfill']
      .filter((name) => name in params)
      .map((name) => `${name} must not be set when frequency is once`);
  }
  const minimum = frequency === 'minute' ? 15 : 1;
  return [
    Number.isInteger(interval) && (interval as number) >= minimum
      ? []
      : [
          `interval must be an integer of at least ${minimum} when frequency is ${String(frequency)}`,
        ],
    backfill === undefined || typeof backfill === 'boolean' ? [] : ['backfill must be a boolean'],
  ].flat();
}

/** scheduleParams checked against the flow spec's scheduleSpec JSON Schema (see flow-specs.ts). */
export function validSchedule(value: unknown): ScheduleParams {
  if (!isRecord(value)) throw invalidRequest('scheduleParams must be an object.');
  const { startTime, frequency } = value;
  const problems = [
    Number.isInteger(startTime) ? [] : ['startTime must be an integer (epoch seconds)'],
    FREQUENCIES.includes(frequency as string)
      ? []
      : [`frequency must be one of ${FREQUENCIES.join(', ')}`],
    intervalProblems(value),
  ].flat();
  if (problems.length > 0) {
    throw invalidRequest(
      `scheduleParams do not match the flow spec's scheduleSpec: ${problems.join('; ')}.`,
    );
  }
  return structuredClone(value) as unknown as ScheduleParams;
}
