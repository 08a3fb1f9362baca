import type { SimulatorConfig } from './config.js';
import {
  createConnection,
  deleteConnection,
  exploreConnection,
  type FlowCall,
  listConnections,
  patchConnection,
  readConnection,
} from './connections.js';
import { notFound } from './errors.js';
import { admit } from './gateway.js';
import type { Reply } from './http.js';
import type { TokenRegistry } from './ims.js';
import type { ConnectionStore } from './store.js';
import type { RecordedRequest } from './types.js';

type Handler = (call: FlowCall, id: string) => Reply;

interface Route {
  method: string;
  pattern: RegExp;
  handle: Handler;
}

const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/connections$/, handle: listConnections },
  { method: 'POST', pattern: /^\/connections$/, handle: createConnection },
  { method: 'GET', pattern: /^\/connections\/([^/]+)$/, handle: readConnection },
  { method: 'PATCH', pattern: /^\/connections\/([^/]+)$/, handle: patchConnection },
  { method: 'DELETE', pattern: /^\/connections\/([^/]+)$/, handle: deleteConnection },
  { method: 'GET', pattern: /^\/connections\/([^/]+)\/explore$/, handle: exploreConnection },
];

export interface SimulatorState {
  config: SimulatorConfig;
  store: ConnectionStore;
  tokens: TokenRegistry;
  /** Access tokens and session ids the Salesforce logins handed out. */
  salesforceSessions: string[];
}

/** Answers a call to a path relative to the Flow Service base, after the gateway's checks. */
export function callFlowService(
  service: SimulatorState,
  request: RecordedRequest,
  path: string,
): Reply {
  const caller = admit(request, service.config, service.tokens);
  for (const route of ROUTES) {
    const match = route.method === request.method ? route.pattern.exec(path) : null;
    if (match !== null) return route.handle({ request, caller, ...service }, match[1] ?? '');
  }
  throw notFound(`${request.method} ${request.path}`);
}
