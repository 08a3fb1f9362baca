import type { SimulatorConfig } from './config.js';
import type { DataflowState } from './dataflow-state.js';
import {
  createConnection,
  type FlowCall,
  listConnections,
  patchConnection,
} from './connections.js';
import {
  deleteConnection,
  deleteFlow,
  deleteSourceConnection,
  deleteTargetConnection,
  readConnectionUntilDeleted,
  unlessFinalizing,
} from './deletion.js';
import { notFound } from './errors.js';
import { readConnectionSpec } from './connection-specs.js';
import { testConnection } from './connection-test.js';
import { exploreConnection } from './explore.js';
import { listFlowSpecs, readFlowSpec } from './flow-specs.js';
import { createFlow, listFlows, patchFlow, readFlow } from './flows.js';
import { admit } from './gateway.js';
import type { Reply } from './http.js';
import type { TokenRegistry } from './ims.js';
import { findRoute, type Route } from './routes.js';
import { listRuns, readRun } from './runs.js';
import {
  createSourceConnection,
  listSourceConnections,
  readSourceConnection,
} from './source-connections.js';
import type { ConnectionStore } from './store.js';
import {
  createTargetConnection,
  listTargetConnections,
  readTargetConnection,
} from './target-connections.js';
import type { RecordedRequest } from './types.js';

type Handler = (call: FlowCall, id: string) => Reply;

const ROUTES: Route<Handler>[] = [
  { method: 'GET', pattern: /^\/connections$/, handle: listConnections },
  { method: 'POST', pattern: /^\/connections$/, handle: createConnection },
  { method: 'GET', pattern: /^\/connections\/([^/]+)$/, handle: readConnectionUntilDeleted },
  {
    method: 'PATCH',
    pattern: /^\/connections\/([^/]+)$/,
    handle: unlessFinalizing(patchConnection),
  },
  { method: 'DELETE', pattern: /^\/connections\/([^/]+)$/, handle: deleteConnection },
  { method: 'GET', pattern: /^\/connections\/([^/]+)\/explore$/, handle: exploreConnection },
  { method: 'GET', pattern: /^\/connections\/([^/]+)\/test$/, handle: testConnection },
  { method: 'GET', pattern: /^\/connectionSpecs\/([^/]+)$/, handle: readConnectionSpec },
  { method: 'GET', pattern: /^\/flowSpecs$/, handle: listFlowSpecs },
  { method: 'GET', pattern: /^\/flowSpecs\/([^/]+)$/, handle: readFlowSpec },
  { method: 'GET', pattern: /^\/sourceConnections$/, handle: listSourceConnections },
  { method: 'POST', pattern: /^\/sourceConnections$/, handle: createSourceConnection },
  { method: 'GET', pattern: /^\/sourceConnections\/([^/]+)$/, handle: readSourceConnection },
  { method: 'DELETE', pattern: /^\/sourceConnections\/([^/]+)$/, handle: deleteSourceConnection },
  { method: 'GET', pattern: /^\/targetConnections$/, handle: listTargetConnections },
  { method: 'POST', pattern: /^\/targetConnections$/, handle: createTargetConnection },
  { method: 'GET', pattern: /^\/targetConnections\/([^/]+)$/, handle: readTargetConnection },
  { method: 'DELETE', pattern: /^\/targetConnections\/([^/]+)$/, handle: deleteTargetConnection },
  { method: 'GET', pattern: /^\/flows$/, handle: listFlows },
  { method: 'POST', pattern: /^\/flows$/, handle: createFlow },
  { method: 'GET', pattern: /^\/flows\/([^/]+)$/, handle: readFlow },
  { method: 'PATCH', pattern: /^\/flows\/([^/]+)$/, handle: unlessFinalizing(patchFlow) },
  { method: 'DELETE', pattern: /^\/flows\/([^/]+)$/, handle: deleteFlow },
  { method: 'GET', pattern: /^\/runs$/, handle: listRuns },
  { method: 'GET', pattern: /^\/runs\/([^/]+)$/, handle: readRun },
];

export interface SimulatorState {
  config: SimulatorConfig;
  store: ConnectionStore;
  tokens: TokenRegistry;
  /** Access tokens and session ids the Salesforce logins handed out. */
  salesforceSessions: string[];
  dataflows: DataflowState;
}

/** Answers a call to a path relative to the Flow Service base, after the gateway's checks. */
export function callFlowService(
  service: SimulatorState,
  request: RecordedRequest,
  path: string,
): Reply {
  const caller = admit(request, service.config, service.tokens);
  const route = findRoute(ROUTES, request.method, path);
  if (route !== undefined) return route.handle({ request, caller, ...service }, route.id);
  throw notFound(`${request.method} ${request.path}`);
}
