import { z } from 'zod';

/*
 * Ids, etags and states are printed, set as outputs and sent back in paths and headers: one that
 * breaks its shape makes the whole answer unexpected rather than reaching a log line or a request.
 */
const id = z.string().regex(/^[0-9a-f-]{36}$/i, 'not a UUID');
const etag = z.string().regex(/^[\x20-\x7e]{1,256}$/, 'not one line of printable ASCII (1 to 256)');
const state = z.string().regex(/^[a-z][a-z_-]{0,31}$/, 'not a short lowercase word');

/** Flow Service's continuation links are short; a longer one would only fill memory and the log. */
const MAX_LINK = 2_048;

/** A connection as Flow Service lists and reads it (secret params come back masked). */
const connectionSchema = z.object({
  id,
  name: z.string(),
  description: z.string().optional(),
  state: state.optional(),
  etag,
  auth: z
    .object({
      specName: z.string(),
      params: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  connectionSpec: z.object({ id: z.string(), version: z.string().optional() }),
  /** Epoch milliseconds. */
  createdAt: z.number().optional(),
});

export type Connection = z.infer<typeof connectionSchema>;

/** `GET /connections` (one page) and `GET /connections/{id}` (`items` holds one). */
export const connectionListSchema = z.object({
  items: z.array(connectionSchema),
  _links: z
    .object({
      next: z
        .object({ href: z.string().min(1).max(MAX_LINK, 'longer than 2048 characters') })
        .optional(),
    })
    .optional(),
});

/** `POST /connections` (201) and `PATCH /connections/{id}` (200). */
export const connectionRefSchema = z.object({ id, etag });

export type ConnectionRef = z.infer<typeof connectionRefSchema>;

/** `GET /connections/{id}/explore?objectType=root`: the tables Flow Service can see. */
export const exploreSchema = z.array(z.object({ type: z.string(), name: z.string() }));

export type ExploredObject = z.infer<typeof exploreSchema>[number];

export interface PatchOperation {
  op: 'add' | 'replace';
  path: string;
  value: unknown;
}

/** A connection's `auth` as the action writes it: Flow Service replaces `params` whole. */
export interface ConnectionAuth {
  specName: string;
  params: Record<string, string | boolean>;
}

export interface CreateConnectionBody {
  name: string;
  description?: string;
  auth: ConnectionAuth;
  connectionSpec: { id: string; version: string };
}
