import { badPatch } from './errors.js';
import { isRecord } from './json.js';

export interface PatchOperation {
  op: 'add' | 'replace' | 'remove';
  /** The JSON Pointer's segments, unescaped. */
  segments: string[];
  path: string;
  value?: unknown;
}

function parseOperation(raw: unknown): PatchOperation {
  const op = isRecord(raw) && typeof raw.op === 'string' ? raw.op.toLowerCase() : undefined;
  const path = isRecord(raw) ? raw.path : undefined;
  if (
    (op === 'add' || op === 'replace' || op === 'remove') &&
    typeof path === 'string' &&
    path.startsWith('/') &&
    (op === 'remove' || 'value' in (raw as object))
  ) {
    const segments = path
      .slice(1)
      .split('/')
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
    return { op, path, segments, value: (raw as Record<string, unknown>).value };
  }
  throw badPatch(`Unsupported patch operation ${JSON.stringify(raw)}.`);
}

/** A JSON Patch body: a non-empty array of add, replace or remove operations. */
export function parsePatch(body: unknown): PatchOperation[] {
  if (!Array.isArray(body) || body.length === 0) {
    throw badPatch('The body must be a non-empty JSON Patch array.');
  }
  return body.map(parseOperation);
}

function child(container: unknown, key: string, path: string): unknown {
  if (Array.isArray(container) && /^\d+$/.test(key) && Number(key) < container.length) {
    return container[Number(key)];
  }
  if (isRecord(container) && Object.hasOwn(container, key)) return container[key];
  throw badPatch(`Cannot apply ${path}: ${key} does not exist.`);
}

function applyAt(container: unknown, key: string, { op, path, value }: PatchOperation): void {
  if (Array.isArray(container)) {
    const index = key === '-' ? container.length : Number(key);
    const limit = op === 'add' ? container.length : container.length - 1;
    if (!/^\d+$|^-$/.test(key) || index > limit)
      throw badPatch(`Cannot apply ${path}: no index ${key}.`);
    if (op === 'add') container.splice(index, 0, value);
    else if (op === 'replace') container[index] = value;
    else container.splice(index, 1);
    return;
  }
  if (!isRecord(container)) throw badPatch(`Cannot apply ${path}: its parent is not an object.`);
  if (op !== 'add' && !Object.hasOwn(container, key)) {
    throw badPatch(`Cannot ${op} ${path}: it does not exist.`);
  }
  if (op === 'remove') delete container[key];
  else container[key] = value;
}

/** Applies operations (RFC 6902 add, replace, remove) to a copy of `document`. */
export function applyOperations<T extends object>(document: T, operations: PatchOperation[]): T {
  const patched = structuredClone(document);
  for (const operation of operations) {
    const { segments, path } = operation;
    const parent = segments
      .slice(0, -1)
      .reduce<unknown>((node, key) => child(node, key, path), patched);
    applyAt(parent, segments.at(-1) ?? '', operation);
  }
  return patched;
}
