import { z } from 'zod';

/** A connection as Flow Service lists and reads it (secret params come back masked). */
export const connectionSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: z.string().optional(),
  state: z.string().optional(),
  etag: z.string().min(1),
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
  _links: z.object({ next: z.object({ href: z.string().min(1) }).optional() }).optional(),
});

/** `POST /connections` (201) and `PATCH /connections/{id}` (200). */
export const connectionRefSchema = z.object({
  id: z.string().min(1),
  etag: z.string().min(1),
});

export type ConnectionRef = z.infer<typeof connectionRefSchema>;

/** `GET /connections/{id}/explore?objectType=root`: the tables Flow Service can see. */
export const exploreSchema = z.array(z.object({ type: z.string(), name: z.string() }));

export type ExploredObject = z.infer<typeof exploreSchema>[number];

export interface PatchOperation {
  op: 'add' | 'replace';
  path: string;
  value: unknown;
}

export interface CreateConnectionBody {
  name: string;
  description?: string;
  auth: { specName: string; params: Record<string, string | boolean> };
  connectionSpec: { id: string; version: string };
}
