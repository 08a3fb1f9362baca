import type { HttpResponse } from '../../github/runtime.js';
import type { Http } from '../http.js';
import { parseJsonAnswer } from '../json-answer.js';
import { clip } from '../../github/log.js';
import {
  connectionListSchema,
  connectionRefSchema,
  exploreSchema,
  type Connection,
  type ConnectionRef,
  type CreateConnectionBody,
  type ExploredObject,
  type PatchOperation,
} from './schemas.js';

export const FLOW_SERVICE_PATH = '/data/foundation/flowservice';

/** A listing that goes on past these is a server or proxy that never stops, not a sandbox. */
const MAX_PAGES = 1_000;
const MAX_ITEMS = 100_000;
/** A link is shown only this far in a message: a server's link can be of any length. */
const MAX_SHOWN_LINK = 300;

export interface FlowServiceOptions {
  http: Http;
  platformUrl: string;
  accessToken: string;
  clientId: string;
  orgId: string;
  sandboxName: string;
}

export interface FlowService {
  /**
   * The connections matching the filters, one page at a time, following `_links.next`: the next
   * page is read only when the caller is done with this one. Throws past the listing bounds.
   */
  listConnections(filters: string[]): AsyncGenerator<Connection[]>;
  getConnection(id: string): Promise<Connection>;
  createConnection(
    body: CreateConnectionBody,
    reconcile?: () => Promise<ConnectionRef | undefined>,
  ): Promise<ConnectionRef>;
  patchConnection(
    id: string,
    etag: string,
    operations: PatchOperation[],
    reconcile?: () => Promise<ConnectionRef | undefined>,
  ): Promise<ConnectionRef>;
  explore(id: string): Promise<ExploredObject[]>;
}

interface Send {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export function flowServiceClient(o: FlowServiceOptions): FlowService {
  const base = new URL(`${o.platformUrl}${FLOW_SERVICE_PATH}`);

  function headers(withBody: boolean, extra: Record<string, string> = {}): Record<string, string> {
    return {
      Authorization: `Bearer ${o.accessToken}`,
      'x-api-key': o.clientId,
      'x-gw-ims-org-id': o.orgId,
      'x-sandbox-name': o.sandboxName,
      Accept: 'application/json',
      ...(withBody ? { 'Content-Type': 'application/json' } : {}),
      ...extra,
    };
  }

  function send<T>(
    s: Send,
    parse: (label: string, response: HttpResponse) => T,
    reconcile?: () => Promise<T | undefined>,
  ): Promise<T> {
    const label = `${s.method} ${s.path.split('?')[0]}`;
    return o.http.request({
      label,
      request: {
        method: s.method,
        url: `${base.href}${s.path}`,
        headers: headers(s.body !== undefined, s.headers),
        ...(s.body !== undefined ? { body: JSON.stringify(s.body) } : {}),
      },
      baseUrlInput: 'platform-url',
      parse: (response) => parse(label, response),
      ...(reconcile ? { reconcile } : {}),
    });
  }

  const list = (path: string) =>
    send({ method: 'GET', path }, (label, r) => parseJsonAnswer(label, r, connectionListSchema));
  const ref = (label: string, r: HttpResponse) => parseJsonAnswer(label, r, connectionRefSchema);
  const idPath = (id: string) => `/connections/${encodeURIComponent(id)}`;

  /** `next.href` is relative to the Flow Service base; an absolute one must stay under it. */
  function nextPath(href: string): string {
    const absolute = /^[a-z][a-z\d+.-]*:\/\//i.test(href);
    const rooted = href.startsWith('/') ? href : `/${href}`;
    const under = rooted.startsWith(`${base.pathname}/`) ? rooted : `${base.pathname}${rooted}`;
    const url = absolute ? new URL(href) : new URL(under, base.origin);
    if (url.origin !== base.origin || !url.pathname.startsWith(`${base.pathname}/`)) {
      throw new Error(
        `GET /connections: the next-page link leaves ${base.href}: ${clip(url.href, MAX_SHOWN_LINK)}`,
      );
    }
    return `${url.pathname.slice(base.pathname.length)}${url.search}`;
  }

  function unbounded(what: string): Error {
    return new Error(
      `GET /connections: ${what}; the lookup reads at most ${MAX_PAGES} pages or ${MAX_ITEMS} items, so it stopped there.`,
    );
  }

  return {
    async *listConnections(filters) {
      const query = filters.map((f) => `property=${encodeURIComponent(f)}`).join('&');
      const seen = new Set<string>();
      let items = 0;
      let path: string | undefined = `/connections${query ? `?${query}` : ''}`;
      while (path && !seen.has(path)) {
        if (seen.size === MAX_PAGES) {
          throw unbounded(
            `Flow Service still offered a next page after ${MAX_PAGES} pages (${items} items)`,
          );
        }
        seen.add(path);
        const page = await list(path);
        items += page.items.length;
        if (items > MAX_ITEMS) {
          throw unbounded(`Flow Service listed ${items} items in ${seen.size} pages`);
        }
        const href = page._links?.next?.href;
        path = href ? nextPath(href) : undefined;
        yield page.items;
      }
    },

    async getConnection(id) {
      const answer = await list(idPath(id));
      const [connection] = answer.items;
      if (!connection) throw new Error(`GET /connections/${id} answered with no connection`);
      return connection;
    },

    createConnection(body, reconcile) {
      return send({ method: 'POST', path: '/connections', body }, ref, reconcile);
    },

    patchConnection(id, etag, operations, reconcile) {
      const patch = {
        method: 'PATCH',
        path: idPath(id),
        body: operations,
        headers: { 'If-Match': etag },
      };
      return send(patch, ref, reconcile);
    },

    explore(id) {
      return send({ method: 'GET', path: `${idPath(id)}/explore?objectType=root` }, (label, r) =>
        parseJsonAnswer(label, r, exploreSchema),
      );
    },
  };
}
