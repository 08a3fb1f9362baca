import type { IncomingMessage } from 'node:http';
import { HttpClient } from '@actions/http-client';
import type { HttpRequest, HttpResponse, Transport } from './http.js';

const USER_AGENT = 'aep-salesforce-connection-action';
/** Adobe's answers here are small JSON documents; anything bigger is not one of them. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

function flatHeaders(message: IncomingMessage): Record<string, string> {
  const entries = Object.entries(message.headers).map(([k, v]) => [k, [v].flat().join(', ')]);
  return Object.fromEntries(entries);
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

async function exchange(request: HttpRequest, timeoutMs: number): Promise<HttpResponse> {
  const client = new HttpClient(USER_AGENT, [], {
    socketTimeout: timeoutMs,
    allowRetries: false,
    allowRedirects: false,
    keepAlive: false,
  });
  const { method, url, body, headers } = request;
  const response = await client.request(method, url, body ?? null, headers);
  return {
    status: response.message.statusCode ?? 0,
    headers: flatHeaders(response.message),
    body: await readBody(response.message),
  };
}

/** The real transport: `@actions/http-client` (honours the runner's proxy settings). */
export function httpClientTransport(): Transport {
  return {
    send(request, timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      const exchanged = exchange(request, timeoutMs);
      exchanged.catch(() => undefined); // it may still fail after the timeout has answered
      return Promise.race([exchanged, timeout]).finally(() => clearTimeout(timer));
    },
  };
}
