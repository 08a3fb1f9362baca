import type { DataflowAccessors, DataflowOptions } from './dataflow-types.js';

export type ConnectionState =
  'enabled' | 'disabled' | 'initializing' | 'failed' | 'delete-finalizing';

export interface StoredAuth {
  specName: string;
  params: Record<string, unknown>;
}

export interface ConnectionSpecRef {
  id: string;
  version: string;
}

export interface StoredConnection {
  id: string;
  name: string;
  description?: string | undefined;
  state: ConnectionState;
  auth: StoredAuth;
  connectionSpec: ConnectionSpecRef;
  etag: string;
  version: number;
  createdAt: number;
  updatedAt: number;
  sandboxName: string;
  imsOrgId: string;
  createdClient: string;
  updatedClient: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string[]>;
  headers: Record<string, string>;
  rawBody: string;
  body: unknown;
}

/** What the simulator answers, before it is written: a JSON body, or raw text sent as it is. */
export interface SimulatedReply {
  status: number;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface Fault {
  status?: number;
  body?: unknown;
  /** Sent byte for byte instead of a JSON body (HTML pages, truncated or non-JSON text). */
  rawBody?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  hang?: boolean;
  dropAfterActing?: boolean;
  /** Acts as usual, then answers what this returns instead (hostile fields, unreadable 2xx). */
  rewrite?: (reply: SimulatedReply, request: RecordedRequest) => SimulatedReply;
  /** Sends the status and headers, then one byte of body per interval, until the client leaves. */
  trickleMs?: number;
}

export interface FaultMatch {
  method: string;
  path: string | RegExp;
}

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

export interface SalesforceCredentials {
  oauth: { clientId: string; clientSecret: string };
  basic: { username: string; password: string; securityToken: string };
  /** The JWT bearer flow: the user a JWT must name (sub), and the certificate's public key (PEM). */
  jwt?: { username: string; publicKey: string };
}

/** What `--verbose` logs of a request: never its headers or body, which carry secrets. */
export interface AnsweredRequest {
  method: string;
  path: string;
  /** Undefined when the socket closed before an answer (a dropped or hung request). */
  status: number | undefined;
}

export interface SimulatorOptions extends DataflowOptions {
  port?: number;
  /** The loopback address to listen on; the URL brackets an IPv6 one. */
  host?: '127.0.0.1' | '::1';
  clients?: ClientCredentials[];
  orgId?: string;
  sandboxes?: string[];
  pageSize?: number;
  salesforce?: SalesforceCredentials;
  initializingReads?: number;
  finalState?: 'enabled' | 'disabled' | 'failed';
  patchEnabled?: boolean;
  /** Serves https with this PEM key and certificate instead of http. */
  tls?: { key: string; cert: string };
  /** Called once per request, when its socket closes. */
  onAnswer?: (answered: AnsweredRequest) => void;
}

export interface Simulator extends DataflowAccessors {
  url: string;
  requests: RecordedRequest[];
  connections(): StoredConnection[];
  seedConnection(c: Partial<StoredConnection> & { name: string }): StoredConnection;
  inject(match: FaultMatch, ...faults: Fault[]): void;
  /** A fault applied to every matching request (never used up) until reset. */
  injectAlways(match: FaultMatch, fault: Fault): void;
  issueToken(clientId?: string): string;
  /** The access tokens and session ids Salesforce's logins have handed out since the last reset. */
  salesforceSessions(): string[];
  reset(): void;
  close(): Promise<void>;
}
