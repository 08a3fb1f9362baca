import type { Connection } from '../platform/flow-service/schemas.js';
import { clip } from '../github/log.js';
import type { Desired } from './plan.js';

/** A field where the found connection shows something else than the inputs ask for. */
export interface Drift {
  /** `auth.specName`, an auth param's name (`environmentUrl`, `clientId`…) or `description`. */
  field: string;
  stored: unknown;
  requested: unknown;
}

/**
 * Flow Service masks secrets in what it lists: comparing them would only ever compare the mask.
 * These are Salesforce's; the live spec's `format: "password"` params are added to them.
 */
const SECRET_PARAMS: ReadonlySet<string> = new Set([
  'clientSecret',
  'password',
  'securityToken',
  'jwtToken',
]);
/** Compared as URLs: case and a trailing slash make no difference. */
const URL_PARAMS: ReadonlySet<string> = new Set(['environmentUrl', 'instanceUrl']);
/** The params of both auth types: the only ones comparable across a change of auth type. */
const SHARED_PARAMS = ['environmentUrl', 'apiVersion'];
/** What Flow Service assumes for a param it was never given. */
const PARAM_DEFAULTS: Record<string, unknown> = { includeDeletedObjects: false };

/** A value as compared: absent and empty alike, booleans as text, a Salesforce URL normalised. */
function comparable(field: string, value: unknown): string | undefined {
  const given = value === undefined || value === '' ? PARAM_DEFAULTS[field] : value;
  if (given === undefined) return undefined;
  if (typeof given !== 'string') return JSON.stringify(given);
  return URL_PARAMS.has(field) && URL.canParse(given) ? new URL(given).href : given;
}

function paramNames(found: Connection, desired: Desired, secrets: ReadonlySet<string>): string[] {
  if (found.auth?.specName !== desired.auth.specName) return SHARED_PARAMS;
  const requested = Object.keys(desired.auth.params).filter(
    (name) => !SECRET_PARAMS.has(name) && !secrets.has(name),
  );
  return [...new Set([...requested, ...SHARED_PARAMS])];
}

/**
 * What a reuse would leave different from the inputs, as far as the list item shows it: the auth
 * type, the non-secret params the inputs define, and the description when one is given.
 */
export function connectionDrift(
  found: Connection,
  desired: Desired,
  secrets: ReadonlySet<string> = SECRET_PARAMS,
): Drift[] {
  const drift: Drift[] = [];
  const compare = (field: string, stored: unknown, requested: unknown) => {
    if (comparable(field, stored) !== comparable(field, requested))
      drift.push({ field, stored, requested });
  };
  if (found.auth) compare('auth.specName', found.auth.specName, desired.auth.specName);
  const stored = found.auth?.params;
  if (stored) {
    for (const name of paramNames(found, desired, secrets))
      compare(name, stored[name], desired.auth.params[name]);
  }
  if (desired.description !== undefined)
    compare('description', found.description, desired.description);
  return drift;
}

const MAX_SHOWN = 100;

/** A value as the log and the summary show it: JSON, `none` when absent, long text cut short. */
export function shownValue(value: unknown): string {
  if (value === undefined) return 'none';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const cut = clip(text, MAX_SHOWN);
  return typeof value === 'string' ? `"${cut}"` : cut;
}

export function driftWarning(id: string, drift: Drift[]): string {
  return [
    `Connection ${id} differs from the inputs, and reuse leaves it as it is:`,
    ...drift.map(
      (d) => `- ${d.field}: stored ${shownValue(d.stored)}, requested ${shownValue(d.requested)}`,
    ),
    'Run with if-exists: update to write the inputs into it (same id), or change the inputs to match.',
  ].join('\n');
}
