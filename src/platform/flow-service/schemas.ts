import { z } from 'zod/mini';
import { stringMatching } from '../zod.js';
import { mappingSetId, mappingVersion } from '../data-prep.js';

/*
 * Ids, etags and states are printed, set as outputs and sent back in paths and headers: one that
 * breaks its shape makes the whole answer unexpected rather than reaching a log line or a request.
 */
const id = stringMatching(/^[0-9a-f-]{36}$/i, 'not a UUID');
const etag = stringMatching(/^[\x20-\x7e]{1,256}$/, 'not one line of printable ASCII (1 to 256)');
const state = stringMatching(/^[a-z][a-z_-]{0,31}$/, 'not a short lowercase word');

/** Flow Service's continuation links are short; a longer one would only fill memory and the log. */
const MAX_LINK = 2_048;

/** A connection as Flow Service lists and reads it (secret params come back masked). */
const connectionSchema = z.object({
  id,
  name: z.string(),
  description: z.optional(z.string()),
  state: z.optional(state),
  etag,
  auth: z.optional(
    z.object({
      specName: z.string(),
      params: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
  connectionSpec: z.object({ id: z.string(), version: z.optional(z.string()) }),
  /** Epoch milliseconds. */
  createdAt: z.optional(z.number()),
});

export type Connection = z.infer<typeof connectionSchema>;

const specRef = z.object({ id: z.string(), version: z.optional(z.string()) });

/** A column as explore answers it and a source connection's `params.columns` carries it. */
const columnSchema = z.object({
  name: z.string(),
  type: z.string(),
  xdm: z.optional(z.object({ type: z.string(), format: z.optional(z.string()) })),
});

export type Column = z.infer<typeof columnSchema>;

const sourceConnectionSchema = z.object({
  id,
  name: z.string(),
  etag,
  state: z.optional(state),
  baseConnectionId: z.string(),
  connectionSpec: specRef,
  params: z.optional(
    z.object({
      tableName: z.optional(z.string()),
      columns: z.optional(z.array(columnSchema)),
    }),
  ),
});

const targetConnectionSchema = z.object({
  id,
  name: z.string(),
  etag,
  state: z.optional(state),
  connectionSpec: specRef,
  data: z.optional(
    z.object({ schema: z.optional(z.object({ id: z.string(), version: z.string() })) }),
  ),
  params: z.optional(z.object({ dataSetId: z.optional(z.string()) })),
});

const scheduleSchema = z.object({
  startTime: z.number(),
  frequency: z.string(),
  interval: z.optional(z.number()),
  backfill: z.optional(z.boolean()),
});

/** A flow's Mapping transformation names a mapping set that is printed, set as outputs and sent back. */
const mappingParams = z.object({ mappingId: mappingSetId, mappingVersion });

const transformation = z
  .object({ name: z.string(), params: z.record(z.string(), z.unknown()) })
  .check(
    z.refine((t) => t.name !== 'Mapping' || mappingParams.safeParse(t.params).success, {
      message: 'a Mapping transformation needs a mapping set id and a whole mappingVersion',
      path: ['params'],
    }),
  );

const flowSchema = z.object({
  id,
  name: z.string(),
  etag,
  state: z.optional(state),
  flowSpec: specRef,
  sourceConnectionIds: z.array(id),
  targetConnectionIds: z.array(id),
  transformations: z.optional(z.array(transformation)),
  scheduleParams: z.optional(scheduleSchema),
});

const count = z.number().check(z.int(), z.nonnegative());

const runSchema = z.object({
  id,
  flowId: id,
  /** Epoch milliseconds. */
  createdAt: z.optional(z.number()),
  metrics: z.optional(
    z.object({
      recordSummary: z.optional(
        z.object({
          inputRecordCount: z.optional(count),
          outputRecordCount: z.optional(count),
          failedRecordCount: z.optional(count),
        }),
      ),
      statusSummary: z.optional(
        z.object({
          status: stringMatching(/^[A-Za-z][\w-]{0,31}$/, 'not a short word'),
          errors: z.optional(z.array(z.object({ code: z.string(), message: z.string() }))),
        }),
      ),
    }),
  ),
});

/** Each Flow Service collection the actions read, with the schema of one of its items. */
export const COLLECTIONS = {
  connections: connectionSchema,
  sourceConnections: sourceConnectionSchema,
  targetConnections: targetConnectionSchema,
  flows: flowSchema,
  runs: runSchema,
} as const;

export type Collection = keyof typeof COLLECTIONS;
export type Item<C extends Collection> = z.infer<(typeof COLLECTIONS)[C]>;

/** One page of a collection (`GET /<collection>`), or one item by id (`items` holds one). */
export const pageSchema = <T extends z.core.$ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    _links: z.optional(
      z.object({
        next: z.optional(
          z.object({
            href: z
              .string()
              .check(z.minLength(1), z.maxLength(MAX_LINK, 'longer than 2048 characters')),
          }),
        ),
      }),
    ),
  });

/** A write's answer: `POST /<collection>` (201) and `PATCH /<collection>/{id}` (200). */
export const writeRefSchema = z.object({ id, etag });

export type WriteRef = z.infer<typeof writeRefSchema>;

/** `GET /connections/{id}/explore?objectType=root`: the tables Flow Service can see. */
export const exploreSchema = z.array(z.object({ type: z.string(), name: z.string() }));

export type ExploredObject = z.infer<typeof exploreSchema>[number];

/** `GET /connections/{id}/explore?objectType=table&object=…`: the table's columns. */
export const tableSchema = z.object({ schema: z.object({ columns: z.array(columnSchema) }) });

const flowSpecSchema = z.object({
  id,
  name: z.string(),
  sourceConnectionSpecIds: z.array(z.string()),
});

export type FlowSpec = z.infer<typeof flowSpecSchema>;

/** `GET /flowSpecs?property=name==…`. */
export const flowSpecPageSchema = z.object({ items: z.array(flowSpecSchema) });

export type PatchOperation =
  { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

/** A connection's `auth` as the action writes it: Flow Service replaces `params` whole. */
export interface ConnectionAuth {
  specName: string;
  params: Record<string, unknown>;
}

export interface CreateConnectionBody {
  name: string;
  description?: string;
  auth: ConnectionAuth;
  connectionSpec: { id: string; version: string };
}

/** The body of `POST /<collection>` for each collection the actions write. */
export interface CreateBodies {
  connections: CreateConnectionBody;
  sourceConnections: {
    name: string;
    baseConnectionId: string;
    connectionSpec: { id: string; version: string };
    data: { format: 'tabular' };
    params: { tableName: string; columns: Column[] };
  };
  targetConnections: {
    name: string;
    connectionSpec: { id: string; version: string };
    data: { schema: { id: string; version: string } };
    params: { dataSetId: string };
  };
  flows: {
    name: string;
    flowSpec: { id: string; version: string };
    sourceConnectionIds: string[];
    targetConnectionIds: string[];
    transformations: (
      | { name: 'Copy'; params: { deltaColumn: { name: string } } }
      | { name: 'Mapping'; params: { mappingId: string; mappingVersion: number } }
    )[];
    scheduleParams: Schedule;
  };
}

/** Integers, as the flow spec's scheduleSpec types them; `once` takes no interval or backfill. */
export interface Schedule {
  startTime: number;
  frequency: string;
  interval?: number;
  backfill?: boolean;
}
