import type { z } from 'zod/mini';
import { safeParseInEnglish } from './zod.js';
import type { HttpResponse } from '../github/runtime.js';

class UnexpectedAnswerError extends Error {
  constructor(label: string, status: number, problem: string) {
    super(`${label} answered HTTP ${status} with an unexpected body: ${problem}`);
    this.name = 'UnexpectedAnswerError';
  }
}

/** Parses a 2xx JSON body against the schema of that answer; names what did not match. */
export function parseJsonAnswer<S extends z.core.$ZodType>(
  label: string,
  response: HttpResponse,
  schema: S,
): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    throw new UnexpectedAnswerError(label, response.status, 'not JSON');
  }
  const parsed = safeParseInEnglish(schema, json);
  if (parsed.success) return parsed.data;
  // Zod reports at least one issue for every failed parse.
  const [first] = parsed.error.issues as [z.core.$ZodIssue, ...z.core.$ZodIssue[]];
  const where = first.path.length ? first.path.join('.') : 'body';
  throw new UnexpectedAnswerError(label, response.status, `${where}: ${first.message}`);
}

/** A JSON object: not null, not an array. */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
