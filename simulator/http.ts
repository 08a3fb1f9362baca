import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedRequest, SimulatedReply } from './types.js';

export type Reply = SimulatedReply;

export const JSON_TYPE = 'application/json';
export const FORM_TYPE = 'application/x-www-form-urlencoded';

/** The media type of a request's body, lower-cased and without parameters ('' when absent). */
export function mediaType(headers: Record<string, string>): string {
  return (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseBody(rawBody: string, type: string): unknown {
  if (rawBody === '') return undefined;
  if (type === JSON_TYPE) return parseJson(rawBody);
  if (type === FORM_TYPE) return Object.fromEntries(new URLSearchParams(rawBody));
  return undefined;
}

function queryOf(url: URL): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (query[key] ??= []).push(value);
  return query;
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

export async function recordRequest(req: IncomingMessage): Promise<RecordedRequest> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const headers = headersOf(req);
  const rawBody = await readText(req);
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: queryOf(url),
    headers,
    rawBody,
    body: parseBody(rawBody, mediaType(headers)),
  };
}

function payloadOf(reply: Reply): string {
  if (reply.rawBody !== undefined) return reply.rawBody;
  return reply.body === undefined ? '' : JSON.stringify(reply.body);
}

export function writeReply(res: ServerResponse, reply: Reply, requestId: string): void {
  const payload = payloadOf(reply);
  const contentType: Record<string, string> =
    payload === '' || reply.rawBody !== undefined ? {} : { 'content-type': JSON_TYPE };
  res.writeHead(reply.status, {
    ...contentType,
    'content-length': String(Buffer.byteLength(payload)),
    'x-request-id': requestId,
    ...reply.headers,
  });
  res.end(payload);
}

/** Headers at once, then the body one byte per interval: a server that never quite finishes. */
export function trickleReply(
  res: ServerResponse,
  reply: Reply,
  intervalMs: number,
  closing: AbortSignal,
): void {
  const payload = Buffer.from(payloadOf(reply).padEnd(1_000_000, ' '));
  res.writeHead(reply.status, {
    'content-type': JSON_TYPE,
    'content-length': String(payload.length),
    ...reply.headers,
  });
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || closing.aborted || sent >= payload.length) {
      clearInterval(timer);
      if (!res.destroyed) res.destroy();
      return;
    }
    res.write(payload.subarray(sent, ++sent));
  }, intervalMs);
  res.on('close', () => clearInterval(timer));
}
