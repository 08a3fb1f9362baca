import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO, resolveConfig } from './config.js';
import { resolveDataflowConfig } from './dataflow-config.js';
import { clearDataflowState, dataflowAccessors, newDataflowState } from './dataflow-state.js';
import { SimulatedError, defaultFaultError, notFound } from './errors.js';
import { FaultBook } from './faults.js';
import type { SimulatorState } from './flow-service.js';
import { recordRequest, type Reply, trickleReply, writeReply } from './http.js';
import { exchangeToken, IMS_TOKEN_PATH, TokenRegistry } from './ims.js';
import { callSalesforce } from './salesforce-login.js';
import { serviceCall } from './services.js';
import { ConnectionStore } from './store.js';
import type {
  AnsweredRequest,
  Fault,
  RecordedRequest,
  Simulator,
  SimulatorOptions,
} from './types.js';

interface ServerContext {
  service: SimulatorState;
  faults: FaultBook;
  requests: RecordedRequest[];
  closing: AbortController;
}

function route(service: SimulatorState, request: RecordedRequest): Reply {
  const call = serviceCall(request.path);
  if (call !== undefined) return call.service.call(service, request, call.path);
  if (request.method === 'POST' && request.path === IMS_TOKEN_PATH) {
    return exchangeToken(request, service.config.clients, service.tokens);
  }
  const salesforce = callSalesforce(request, service.config.salesforce, service.salesforceSessions);
  if (salesforce !== undefined) return salesforce;
  throw notFound(`${request.method} ${request.path}`);
}

function act(service: SimulatorState, request: RecordedRequest, requestId: string): Reply {
  try {
    return route(service, request);
  } catch (error) {
    if (error instanceof SimulatedError) return error.reply(requestId);
    throw error;
  }
}

function faultReply(status: number, fault: Fault, path: string, requestId: string): Reply {
  if (fault.rawBody !== undefined) return { status, rawBody: fault.rawBody };
  const error =
    serviceCall(path)?.service.faultError(status) ??
    defaultFaultError(status, path === IMS_TOKEN_PATH);
  return { status, body: fault.body ?? error.reply(requestId).body };
}

function withHeaders(reply: Reply, headers: Record<string, string> | undefined): Reply {
  return headers === undefined ? reply : { ...reply, headers: { ...reply.headers, ...headers } };
}

async function handle(
  context: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const requestId = randomUUID();
  const request = await recordRequest(req);
  context.requests.push(request);
  const fault =
    context.faults.take(request.method, serviceCall(request.path)?.path ?? request.path) ?? {};
  if (fault.delayMs) await sleep(fault.delayMs, undefined, { signal: context.closing.signal });
  if (fault.hang) return;
  const acted =
    fault.status === undefined
      ? act(context.service, request, requestId)
      : faultReply(fault.status, fault, request.path, requestId);
  if (fault.dropAfterActing) {
    res.destroy();
    return;
  }
  const reply = withHeaders(fault.rewrite?.(acted, request) ?? acted, fault.headers);
  if (fault.trickleMs !== undefined) {
    trickleReply(res, reply, fault.trickleMs, context.closing.signal);
    return;
  }
  writeReply(res, reply, requestId);
}

function reportWhenClosed(
  req: IncomingMessage,
  res: ServerResponse,
  onAnswer: (answered: AnsweredRequest) => void,
): void {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  res.on('close', () => {
    onAnswer({
      method: req.method ?? 'GET',
      path,
      status: res.headersSent ? res.statusCode : undefined,
    });
  });
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  server.listen(port, host);
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

/** Stops accepting, aborts delayed requests and ends every socket, hung ones included. */
async function stop(server: Server, closing: AbortController): Promise<void> {
  closing.abort();
  const closed = new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
  });
  server.closeAllConnections();
  await closed;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const config = resolveConfig(options);
  const store = new ConnectionStore(config);
  const service: SimulatorState = {
    config,
    store,
    tokens: new TokenRegistry(),
    salesforceSessions: [],
    dataflows: newDataflowState(config, resolveDataflowConfig(options)),
  };
  const context: ServerContext = {
    service,
    faults: new FaultBook(),
    requests: [],
    closing: new AbortController(),
  };
  const { onAnswer, tls } = options;
  const listener: RequestListener = (req, res) => {
    if (onAnswer) reportWhenClosed(req, res, onAnswer);
    handle(context, req, res).catch(() => res.destroy());
  };
  const server: Server = tls ? createTlsServer(tls, listener) : createServer(listener);
  const port = await listen(server, config.port, config.host);
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `${tls ? 'https' : 'http'}://${host}:${port}`;
  store.salesforceUrl = url;
  let stopping: Promise<void> | undefined;
  return {
    url,
    requests: context.requests,
    connections: () => store.all(),
    seedConnection: (connection) => store.seed(connection),
    ...dataflowAccessors(service.dataflows),
    inject: (match, ...faults) => {
      context.faults.add(match, faults);
    },
    injectAlways: (match, fault) => {
      context.faults.addAlways(match, fault);
    },
    issueToken: (clientId = DEMO.clientId) => service.tokens.issue(clientId),
    salesforceSessions: () => [...service.salesforceSessions],
    reset: () => {
      context.requests.length = 0;
      service.salesforceSessions.length = 0;
      store.clear();
      clearDataflowState(service.dataflows);
      context.faults.clear();
    },
    close: () => (stopping ??= stop(server, context.closing)),
  };
}
