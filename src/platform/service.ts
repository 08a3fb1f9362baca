import type { HttpResponse } from '../github/runtime.js';
import type { Http } from './http.js';

/** Who calls Platform and where: every Platform service (Flow Service, Catalog, Data Prep) takes the same headers. */
export interface PlatformOptions {
  http: Http;
  platformUrl: string;
  accessToken: string;
  clientId: string;
  orgId: string;
  sandboxName: string;
}

interface Send {
  method: string;
  /** Relative to the service's base, query included. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Sender = <T>(
  s: Send,
  parse: (label: string, response: HttpResponse) => T,
  reconcile?: () => Promise<T | undefined>,
) => Promise<T>;

/** Sends requests under one Platform service's base path, labelled `METHOD /path` in messages. */
export function platformSender(o: PlatformOptions, base: URL): Sender {
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

  return (s, parse, reconcile) => {
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
  };
}
