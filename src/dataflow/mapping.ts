import { z } from 'zod/mini';
import { safeParseInEnglish } from '../platform/zod.js';
import type { Mapping } from '../platform/data-prep.js';

const mappingFile = z
  .array(
    z.object({
      source: z.string().check(z.minLength(1, 'needs a source')),
      destination: z.string().check(z.minLength(1, 'needs a destination')),
      sourceType: z._default(z.enum(['ATTRIBUTE', 'EXPRESSION']), 'ATTRIBUTE'),
    }),
    { error: 'must be a JSON array of {"source", "destination", "sourceType"}' },
  )
  .check(z.minLength(1, 'must hold at least one mapping'));

/** The mapping file's text as mappings, or the problem with it, said for the `mapping` input. */
export function parseMappingFile(path: string, text: string): Mapping[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`mapping: ${path} is not JSON`);
  }
  const parsed = safeParseInEnglish(mappingFile, json);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const [entry, field] = first?.path ?? [];
  const where =
    entry === undefined ? '' : ` (entry ${Number(entry) + 1}${field ? `, ${String(field)}` : ''})`;
  throw new Error(`mapping: ${path}${where} ${first?.message ?? 'is invalid'}`);
}

/** The columns an ATTRIBUTE mapping reads, that the source connection must select. */
export const attributeSources = (mappings: Mapping[]): string[] =>
  mappings.filter((m) => m.sourceType === 'ATTRIBUTE').map((m) => m.source);

/** With `columns` given, the delta column and each ATTRIBUTE source must be among them. */
export function selectionProblems(
  columns: string[],
  deltaColumn: string,
  mappings: Mapping[],
): string[] {
  if (columns.length === 0) return [];
  const missing = attributeSources(mappings).filter((source) => !columns.includes(source));
  return [
    ...(columns.includes(deltaColumn)
      ? []
      : [`delta-column ${deltaColumn} must be one of the selected columns`]),
    ...missing.map((source) => `mapping: source ${source} is not one of the selected columns`),
  ];
}
