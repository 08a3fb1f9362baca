import type { IncomingMessage } from 'node:http';
import { HttpClient } from '@actions/http-client';
import type { RequestHandler } from '@actions/http-client/lib/interfaces';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import type { HttpRequest, HttpResponse, Transport } from '../github/runtime.js';

const USER_AGENT = 'aep-salesforce-connection-action';
/** Adobe's answers here are small JSON documents; anything bigger is not one of them. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

function flatHeaders(message: IncomingMessage): Record<string, string> {
  const entries = Object.entries(message.headers).map(([k, v]) => [k, [v ?? []].flat().join(', ')]);
  return Object.fromEntries(entries) as Record<string, string>;
}

async function readBody(message: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      message.destroy();
      throw new Error(`response body larger than ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Ties the request (and so its socket and the body still arriving) to `signal`. A URL keeps an
 * IPv6 literal in brackets, which Node would look up in DNS as a name; a proxy still gets them.
 */
function requestHook(url: URL, signal: AbortSignal): RequestHandler {
  const ipv6Literal = url.hostname.startsWith('[') && getProxyUrl(url) === undefined;
  return {
    prepareRequest(options) {
      options.signal = signal;
      if (ipv6Literal) options.hostname = url.hostname.slice(1, -1);
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('no authentication handler')),
  };
}

async function exchange(request: HttpRequest, signal: AbortSignal): Promise<HttpResponse> {
  const { method, url, body, headers } = request;
  const client = new HttpClient(USER_AGENT, [requestHook(new URL(url), signal)], {
    allowRetries: false,
    allowRedirects: false,
    keepAlive: false,
  });
  const response = await client.request(method, url, body ?? null, headers);
  return {
    status: response.message.statusCode ?? 0,
    headers: flatHeaders(response.message),
    body: await readBody(response.message),
  };
}

/** Settles when `signal` aborts, whether or not the request it was given to has noticed. */
function rejection(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    // The reason is the Error the timeout aborted with.
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
}

/** The real transport: `@actions/http-client` (honours the runner's proxy settings). */
export function httpClientTransport(): Transport {
  return {
    async send(request, timeoutMs) {
      const timeout = new AbortController();
      const timer = setTimeout(
        () => timeout.abort(new Error(`no complete answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const exchanged = exchange(request, timeout.signal);
      exchanged.catch(() => undefined); // it fails again, as aborted, after the timeout has answered
      try {
        return await Promise.race([exchanged, rejection(timeout.signal)]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
