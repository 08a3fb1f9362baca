import { badPatch } from './errors.js';
import { isNonEmptyString, isRecord } from './json.js';
import { validateAuth } from './auth-params.js';
import type { ConnectionSpec } from './connection-specs.js';
import type { ConnectionEdit } from './store.js';

type Operation = { op: 'add' | 'replace'; path: string; value: unknown };

function parseOperation(raw: unknown): Operation {
  if (
    isRecord(raw) &&
    typeof raw.op === 'string' &&
    typeof raw.path === 'string' &&
    'value' in raw
  ) {
    const op = raw.op.toLowerCase();
    if (op === 'add' || op === 'replace') return { op, path: raw.path, value: raw.value };
  }
  throw badPatch(
    `Unsupported patch operation ${JSON.stringify(raw)}: only add and replace, with path and value.`,
  );
}

function applyDescription(edit: ConnectionEdit, { op, value }: Operation): ConnectionEdit {
  if (typeof value !== 'string') throw badPatch('/description must be a string.');
  if (op === 'replace' && edit.description === undefined) {
    throw badPatch('Cannot replace /description: it does not exist. Use op add.');
  }
  return { ...edit, description: value };
}

function applyOperation(
  spec: ConnectionSpec,
  edit: ConnectionEdit,
  operation: Operation,
): ConnectionEdit {
  const { path, value } = operation;
  switch (path) {
    case '/name':
      if (!isNonEmptyString(value)) throw badPatch('/name must be a non-empty string.');
      return { ...edit, name: value };
    case '/description':
      return applyDescription(edit, operation);
    case '/auth':
      return { ...edit, auth: validateAuth(spec, value) };
    case '/auth/params':
      return { ...edit, auth: validateAuth(spec, { specName: edit.auth.specName, params: value }) };
    default:
      throw badPatch(`Unsupported patch path: ${path}`);
  }
}

/** Applies a JSON Patch to a connection's editable fields, all operations or none. */
export function applyPatch(
  current: ConnectionEdit,
  patch: unknown,
  spec: ConnectionSpec,
): ConnectionEdit {
  if (!Array.isArray(patch) || patch.length === 0) {
    throw badPatch('The body must be a non-empty JSON Patch array.');
  }
  return patch
    .map(parseOperation)
    .reduce((edit, operation) => applyOperation(spec, edit, operation), current);
}
