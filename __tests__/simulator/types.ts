export type ConnectionState = 'enabled' | 'disabled' | 'initializing' | 'failed';

export interface ConnectionAuth {
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
  description?: string;
  state: ConnectionState;
  auth: ConnectionAuth;
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

export interface Fault {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  hang?: boolean;
  dropAfterActing?: boolean;
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
}

export interface SimulatorOptions {
  port?: number;
  clients?: ClientCredentials[];
  orgId?: string;
  sandboxes?: string[];
  pageSize?: number;
  salesforce?: SalesforceCredentials;
  initializingReads?: number;
  finalState?: 'enabled' | 'disabled' | 'failed';
  patchEnabled?: boolean;
}

export interface Simulator {
  url: string;
  requests: RecordedRequest[];
  connections(): StoredConnection[];
  seedConnection(c: Partial<StoredConnection> & { name: string }): StoredConnection;
  inject(match: FaultMatch, ...faults: Fault[]): void;
  issueToken(clientId?: string): string;
  reset(): void;
  close(): Promise<void>;
}
