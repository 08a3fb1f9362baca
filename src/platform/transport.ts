import { Agent, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { connect as tcpConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { HttpClient } from '@actions/http-client';
import type { RequestHandler } from '@actions/http-client/lib/interfaces';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import type { HttpRequest, HttpResponse, Transport } from '../github/runtime.js';
import { STEP_ENDED } from './retry.js';

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

/** A URL keeps an IPv6 literal in brackets, which Node would look up in DNS as a name. */
const socketHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

const ignore = () => undefined;

const stepEnded = (what: string) =>
  Object.assign(new Error(`${what}the step has ended`), { code: STEP_ENDED });

/**
 * One origin's connections, kept open between requests for the whole step. Connections opened
 * ahead serve the next requests that need a new one. Through a proxy, `@actions/http-client`'s
 * tunnel agent makes them (it keeps no idle connection, so nothing is opened ahead there).
 */
class Origin {
  readonly agent: Agent;
  private readonly ahead: Socket[] = [];
  private readonly proxied: boolean;

  constructor(private readonly url: URL) {
    this.proxied = getProxyUrl(url) !== undefined;
    this.agent = this.proxied
      ? new HttpClient(USER_AGENT, [], { keepAlive: true }).getAgent(url.href)
      : this.directAgent();
  }

  private directAgent(): Agent {
    const take = () => this.takeAhead();
    const Base: typeof Agent = this.url.protocol === 'https:' ? HttpsAgent : Agent;
    class Pooled extends Base {
      override createConnection(...args: Parameters<Agent['createConnection']>) {
        return take() ?? super.createConnection(...args);
      }
    }
    return new Pooled({ keepAlive: true });
  }

  private takeAhead(): Socket | undefined {
    for (let socket = this.ahead.shift(); socket; socket = this.ahead.shift()) {
      if (socket.destroyed) continue;
      socket.off('error', ignore).ref();
      return socket;
    }
    return undefined;
  }

  /** A failure here is no one's: the request that would have used it opens its own. */
  private connect(): Socket {
    const host = socketHost(this.url);
    const https = this.url.protocol === 'https:';
    const port = Number(this.url.port) || (https ? 443 : 80);
    const servername = isIP(host) ? {} : { servername: host };
    const socket = https ? tlsConnect({ host, port, ...servername }) : tcpConnect({ host, port });
    return socket.on('error', ignore).unref();
  }

  /** Opens connections until `count` are open or opening (busy, idle or ahead). */
  open(count: number): void {
    if (this.proxied) return;
    const held = [this.agent.sockets, this.agent.freeSockets].flatMap((byName) =>
      Object.values(byName).flatMap((sockets) => sockets ?? []),
    );
    const live = this.ahead.filter((socket) => !socket.destroyed);
    for (let n = held.length + live.length; n < count; n++) this.ahead.push(this.connect());
  }

  /** A tunnel agent has no `destroy`, nor anything to destroy: it keeps no idle connection. */
  close(): void {
    for (const socket of this.ahead.splice(0)) socket.destroy();
    if (!this.proxied) this.agent.destroy();
  }
}

/**
 * Ties the request (and so its socket and the body still arriving) to `signal`, which destroys
 * the socket rather than return it to the pool. A proxy still gets an IPv6 literal in brackets.
 */
function requestHook(url: URL, agent: Agent, signal: AbortSignal): RequestHandler {
  const ipv6Literal = url.hostname.startsWith('[') && getProxyUrl(url) === undefined;
  return {
    prepareRequest(options) {
      options.agent = agent;
      options.signal = signal;
      if (ipv6Literal) options.hostname = socketHost(url);
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('no authentication handler')),
  };
}

async function exchange(
  request: HttpRequest,
  agent: Agent,
  signal: AbortSignal,
): Promise<HttpResponse> {
  const { method, url, body, headers } = request;
  const client = new HttpClient(USER_AGENT, [requestHook(new URL(url), agent, signal)], {
    allowRetries: false,
    allowRedirects: false,
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

/**
 * The real transport: `@actions/http-client` (honours the runner's proxy settings), over one pool
 * of kept-alive connections per origin for the whole step.
 */
export function httpClientTransport(): Transport {
  const origins = new Map<string, Origin>();
  const running = new Set<AbortController>();
  let closed = false;
  const originOf = (url: string) => {
    const parsed = new URL(url);
    let origin = origins.get(parsed.origin);
    if (!origin) origins.set(parsed.origin, (origin = new Origin(parsed)));
    return origin;
  };
  return {
    async send(request, timeoutMs) {
      if (closed) throw stepEnded(`${request.method} ${request.url}: `);
      const timeout = new AbortController();
      const timer = setTimeout(
        () => timeout.abort(new Error(`no complete answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      running.add(timeout);
      const exchanged = exchange(request, originOf(request.url).agent, timeout.signal);
      exchanged.catch(() => undefined); // it fails again, as aborted, after the timeout has answered
      try {
        return await Promise.race([exchanged, rejection(timeout.signal)]);
      } finally {
        clearTimeout(timer);
        running.delete(timeout);
      }
    },
    prepare(url, count) {
      if (!closed) originOf(url).open(count);
    },
    close() {
      closed = true;
      for (const timeout of running) timeout.abort(stepEnded(''));
      for (const origin of origins.values()) origin.close();
    },
  };
}
