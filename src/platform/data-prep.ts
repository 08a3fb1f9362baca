import { z } from 'zod/mini';
import { stringMatching } from './zod.js';
import type { SchemaRef } from './catalog.js';
import { parseJsonAnswer } from './json-answer.js';
import { platformSender, type PlatformOptions } from './service.js';

const DATA_PREP_PATH = '/data/foundation/conversion';

/** Data Prep's ids are 32 hex digits; printed, set as outputs and sent back in bodies. */
export const mappingSetId = stringMatching(/^[0-9a-f-]{24,36}$/i, 'not a mapping set id');
export const mappingVersion = z.number().check(z.int(), z.nonnegative());

export interface Mapping {
  sourceType: 'ATTRIBUTE' | 'EXPRESSION';
  source: string;
  destination: string;
}

/** Data Prep stores a mapping's sourceType as a media type: schema path or expression. */
const STORED_TYPES: Record<string, Mapping['sourceType']> = {
  'text/x.schema-path': 'ATTRIBUTE',
  'text/x.aep-xl': 'EXPRESSION',
  ATTRIBUTE: 'ATTRIBUTE',
  EXPRESSION: 'EXPRESSION',
};

const storedMapping = z.object({
  sourceType: z.pipe(
    z.string(),
    z.transform((t: string) => STORED_TYPES[t] ?? t),
  ),
  source: z.string(),
  destination: z.string(),
});

const mappingSetSchema = z.object({
  id: mappingSetId,
  name: z.optional(z.string()),
  version: mappingVersion,
  mappings: z.array(storedMapping),
});

export type MappingSet = z.infer<typeof mappingSetSchema>;

const listSchema = z.object({ data: z.array(mappingSetSchema) });
const createdSchema = z.object({ id: mappingSetId, version: mappingVersion });
const validationSchema = z.object({
  validationResponse: z.array(
    z.object({
      status: z.string(),
      errors: z.optional(z.nullable(z.array(z.object({ exception: z.optional(z.string()) })))),
    }),
  ),
});

export interface MappingSetBody {
  name: string;
  outputSchema: { schemaRef: SchemaRef };
  mappings: Mapping[];
}

type MappingSetRef = z.infer<typeof createdSchema>;

export interface DataPrep {
  /** Mapping sets named exactly `name`, latest versions, across every page. */
  findByName(name: string): Promise<MappingSet[]>;
  /** The problems Data Prep finds in each mapping, `mapping N: …`; empty when it accepts them. */
  validate(body: MappingSetBody): Promise<string[]>;
  /** `PUT /mappingSets/{id}`: the mappings as a new version. */
  newVersion(
    id: string,
    body: MappingSetBody,
    reconcile: () => Promise<MappingSetRef | undefined>,
  ): Promise<MappingSetRef>;
  create(
    body: MappingSetBody,
    reconcile: () => Promise<MappingSetRef | undefined>,
  ): Promise<MappingSetRef>;
}

/** Pages of this size; a listing past MAX_PAGES is a server that never stops. */
const PAGE = 50;
const MAX_PAGES = 100;

export function dataPrepClient(o: PlatformOptions): DataPrep {
  const send = platformSender(o, new URL(`${o.platformUrl}${DATA_PREP_PATH}`));
  return {
    async findByName(name) {
      const found: MappingSet[] = [];
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const path = `/mappingSets?limit=${PAGE}&start=${page * PAGE}&name=${encodeURIComponent(name)}`;
        const { data } = await send({ method: 'GET', path }, (label, r) =>
          parseJsonAnswer(label, r, listSchema),
        );
        found.push(...data.filter((set) => set.name === name));
        if (data.length < PAGE) return found;
      }
      throw new Error(`GET /mappingSets: Data Prep still offered a page after ${MAX_PAGES} pages`);
    },

    async validate(body) {
      const { validationResponse } = await send(
        { method: 'POST', path: '/mappingSets/validate', body },
        (label, r) => parseJsonAnswer(label, r, validationSchema),
      );
      return validationResponse.flatMap((entry, index) =>
        entry.status === 'SUCCESS'
          ? []
          : [
              `mapping ${index}: ${(entry.errors ?? []).map((e) => e.exception ?? entry.status).join('; ') || entry.status}`,
            ],
      );
    },

    newVersion(id, body, reconcile) {
      return send(
        { method: 'PUT', path: `/mappingSets/${encodeURIComponent(id)}`, body },
        (label, r) => parseJsonAnswer(label, r, createdSchema),
        reconcile,
      );
    },

    create(body, reconcile) {
      return send(
        { method: 'POST', path: '/mappingSets', body },
        (label, r) => parseJsonAnswer(label, r, createdSchema),
        reconcile,
      );
    },
  };
}
