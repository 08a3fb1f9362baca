import { z } from 'zod/mini';
import type { HttpResponse } from '../../github/runtime.js';
import { ApiError } from '../api-error.js';
import { platformSender, type PlatformOptions } from '../service.js';
import { parseJsonAnswer } from '../json-answer.js';
import { clip } from '../../github/log.js';
import { connectionSpecAnswer, type ConnectionSpec } from './connection-spec.js';
import {
  COLLECTIONS,
  exploreSchema,
  flowSpecPageSchema,
  tableSchema,
  type Column,
  type FlowSpec,
  pageSchema,
  writeRefSchema,
  type Collection,
  type CreateBodies,
  type ExploredObject,
  type Item,
  type PatchOperation,
  type WriteRef,
} from './schemas.js';

export const FLOW_SERVICE_PATH = '/data/foundation/flowservice';

/** A listing that goes on past these is a server or proxy that never stops, not a sandbox. */
const MAX_PAGES = 1_000;
const MAX_ITEMS = 100_000;
/** A link is shown only this far in a message: a server's link can be of any length. */
const MAX_SHOWN_LINK = 300;

interface Page<T> {
  items: T[];
  _links?: { next?: { href: string } | undefined } | undefined;
}

type Reconcile = () => Promise<WriteRef | undefined>;

export interface FlowService {
  /**
   * The items of a collection matching the filters, one page at a time, following `_links.next`:
   * the next page is read only when the caller is done with this one. Throws past the bounds.
   */
  list<C extends Collection>(collection: C, filters: string[]): AsyncGenerator<Item<C>[]>;
  get<C extends Collection>(collection: C, id: string): Promise<Item<C>>;
  /** The item, or undefined once Flow Service answers 404 (deleted, or never there). */
  find<C extends Collection>(collection: C, id: string): Promise<Item<C> | undefined>;
  /**
   * `DELETE /<collection>/{id}` (204, no If-Match). A 404 (already gone) or `1458-400` (already
   * being deleted) settles it too, as after a retried DELETE or an interrupted teardown.
   */
  delete(collection: Collection, id: string): Promise<void>;
  create<C extends keyof CreateBodies>(
    collection: C,
    body: CreateBodies[C],
    reconcile?: Reconcile,
  ): Promise<WriteRef>;
  patch(
    collection: keyof CreateBodies,
    id: string,
    etag: string,
    operations: PatchOperation[],
    reconcile?: Reconcile,
  ): Promise<WriteRef>;
  explore(id: string): Promise<ExploredObject[]>;
  /** The columns of one table the connection sees (`object` as explore's root lists its path). */
  exploreTable(id: string, object: string): Promise<Column[]>;
  /** The flow specs of this name (`CRMToAEP`), as Flow Service's filter finds them. */
  flowSpecs(name: string): Promise<FlowSpec[]>;
  /** `GET /connectionSpecs/{id}`: the live spec, its auth specs' JSON Schemas included. */
  connectionSpec(id: string): Promise<ConnectionSpec>;
  /** `GET /connections/{id}/test`: whether the source accepts the connection's credentials. */
  test(id: string): Promise<boolean>;
}

const testAnswer = z.object({ result: z.boolean() });

export function flowServiceClient(o: PlatformOptions): FlowService {
  const base = new URL(`${o.platformUrl}${FLOW_SERVICE_PATH}`);
  const send = platformSender(o, base);

  /** TypeScript cannot follow a generic key into the table of schemas: each entry is its kind's. */
  const schemaOf = <C extends Collection>(collection: C) =>
    COLLECTIONS[collection] as unknown as z.core.$ZodType<Item<C>>;
  const page = <C extends Collection>(collection: C, path: string): Promise<Page<Item<C>>> =>
    send({ method: 'GET', path }, (label, r) =>
      parseJsonAnswer(label, r, pageSchema(schemaOf(collection))),
    );
  const ref = (label: string, r: HttpResponse) => parseJsonAnswer(label, r, writeRefSchema);
  const idPath = (collection: Collection, id: string) => `/${collection}/${encodeURIComponent(id)}`;

  async function get<C extends Collection>(collection: C, id: string): Promise<Item<C>> {
    const answer = await page(collection, idPath(collection, id));
    const [item] = answer.items;
    if (!item) throw new Error(`GET /${collection}/${id} answered with no item`);
    // Whatever is done next (a write, a DELETE) is done to this id: it must be the one asked for.
    if (item.id.toLowerCase() !== id.toLowerCase()) {
      throw new Error(`GET /${collection}/${id} answered with another item (${item.id})`);
    }
    return item;
  }

  const isNotFound = (error: unknown) => error instanceof ApiError && error.details.status === 404;
  const isGoing = (error: unknown) => error instanceof ApiError && error.code === '1458-400';

  /** `next.href` is relative to the Flow Service base; an absolute one must stay under it. */
  function nextPath(collection: Collection, href: string): string {
    const absolute = /^[a-z][a-z\d+.-]*:\/\//i.test(href);
    const rooted = href.startsWith('/') ? href : `/${href}`;
    const under = rooted.startsWith(`${base.pathname}/`) ? rooted : `${base.pathname}${rooted}`;
    const url = absolute ? new URL(href) : new URL(under, base.origin);
    if (url.origin !== base.origin || !url.pathname.startsWith(`${base.pathname}/`)) {
      throw new Error(
        `GET /${collection}: the next-page link leaves ${base.href}: ${clip(url.href, MAX_SHOWN_LINK)}`,
      );
    }
    return `${url.pathname.slice(base.pathname.length)}${url.search}`;
  }

  function unbounded(collection: Collection, what: string): Error {
    return new Error(
      `GET /${collection}: ${what}; the lookup reads at most ${MAX_PAGES} pages or ${MAX_ITEMS} items, so it stopped there.`,
    );
  }

  return {
    async *list<C extends Collection>(collection: C, filters: string[]) {
      const query = filters.map((f) => `property=${encodeURIComponent(f)}`).join('&');
      const seen = new Set<string>();
      let items = 0;
      let path: string | undefined = `/${collection}${query ? `?${query}` : ''}`;
      while (path && !seen.has(path)) {
        if (seen.size === MAX_PAGES) {
          throw unbounded(
            collection,
            `Flow Service still offered a next page after ${MAX_PAGES} pages (${items} items)`,
          );
        }
        seen.add(path);
        const answer: Page<Item<C>> = await page(collection, path);
        items += answer.items.length;
        if (items > MAX_ITEMS) {
          throw unbounded(collection, `Flow Service listed ${items} items in ${seen.size} pages`);
        }
        const href: string | undefined = answer._links?.next?.href;
        path = href ? nextPath(collection, href) : undefined;
        yield answer.items;
      }
    },

    get,

    async find(collection, id) {
      try {
        return await get(collection, id);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },

    async delete(collection, id) {
      try {
        await send({ method: 'DELETE', path: idPath(collection, id) }, () => undefined);
      } catch (error) {
        if (!isNotFound(error) && !isGoing(error)) throw error;
      }
    },

    create(collection, body, reconcile) {
      return send({ method: 'POST', path: `/${collection}`, body }, ref, reconcile);
    },

    patch(collection, id, etag, operations, reconcile) {
      const patch = {
        method: 'PATCH',
        path: idPath(collection, id),
        body: operations,
        headers: { 'If-Match': etag },
      };
      return send(patch, ref, reconcile);
    },

    async exploreTable(id, object) {
      const path = `${idPath('connections', id)}/explore?objectType=table&object=${encodeURIComponent(object)}`;
      const table = await send({ method: 'GET', path }, (label, r) =>
        parseJsonAnswer(label, r, tableSchema),
      );
      return table.schema.columns;
    },

    async flowSpecs(name) {
      const path = `/flowSpecs?property=${encodeURIComponent(`name==${name}`)}`;
      const answer = await send({ method: 'GET', path }, (label, r) =>
        parseJsonAnswer(label, r, flowSpecPageSchema),
      );
      return answer.items;
    },

    async connectionSpec(id) {
      const path = `/connectionSpecs/${encodeURIComponent(id)}`;
      const answer = await send({ method: 'GET', path }, (label, r) =>
        parseJsonAnswer(label, r, connectionSpecAnswer),
      ).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
        throw new Error(
          `GET /connectionSpecs/${id} answered 404: Flow Service knows no connection spec ${id}; check connection-spec-id`,
          { cause: error },
        );
      });
      const [spec] = answer.items;
      if (spec.id.toLowerCase() !== id.toLowerCase()) {
        throw new Error(`GET /connectionSpecs/${id} answered with another spec (${spec.id})`);
      }
      return spec;
    },

    async test(id) {
      const path = `${idPath('connections', id)}/test`;
      const answer = await send({ method: 'GET', path }, (label, r) =>
        parseJsonAnswer(label, r, testAnswer),
      );
      return answer.result;
    },

    explore(id) {
      const path = `${idPath('connections', id)}/explore?objectType=root`;
      return send({ method: 'GET', path }, (label, r) => parseJsonAnswer(label, r, exploreSchema));
    },
  };
}
