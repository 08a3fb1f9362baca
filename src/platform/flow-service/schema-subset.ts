import { isJsonObject } from '../json-answer.js';

const CHECKED_KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'enum',
  'const',
  'required',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
]);
const SUBSCHEMA_KEYWORDS = ['items', 'additionalProperties'] as const;
/** Auth params are flat or nearly; deeper parts are left to Adobe, and the walk stays shallow. */
const MAX_DEPTH = 8;

const mapValues = (o: Record<string, unknown>, f: (v: unknown) => unknown) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

/**
 * The part of a served JSON Schema the action applies itself: keywords whose cost grows with the
 * params alone. A schema from the network could otherwise hold the step for hours in one
 * synchronous call, where no deadline can stop it: a catastrophic `pattern`, or `$ref`s that
 * double at every level through `allOf`. Adobe applies the whole schema when the connection is
 * written; this is the check that fails early, before any write.
 */
export function checkedSubset(schema: unknown, depth = 0): unknown {
  if (typeof schema === 'boolean') return schema;
  if (!isJsonObject(schema) || depth >= MAX_DEPTH) return true;
  const inner = (s: unknown) => checkedSubset(s, depth + 1);
  const kept = Object.entries(schema).filter(([keyword]) => CHECKED_KEYWORDS.has(keyword));
  const subschemas = SUBSCHEMA_KEYWORDS.flatMap((k) =>
    k in schema ? [[k, inner(schema[k])]] : [],
  );
  const properties = isJsonObject(schema.properties)
    ? [['properties', mapValues(schema.properties, inner)]]
    : [];
  return Object.fromEntries([...kept, ...subschemas, ...properties]);
}
