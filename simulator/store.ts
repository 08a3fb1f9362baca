import { randomBytes, randomUUID } from 'node:crypto';
import { type SimulatorConfig, DEMO, SALESFORCE_ORG_ID, SALESFORCE_SPEC_ID } from './config.js';
import { expiredJwt, JWT_SPEC } from './salesforce.js';
import type { Caller, Scope } from './gateway.js';
import type { StoredAuth, ConnectionSpecRef, StoredConnection } from './types.js';

export interface NewConnection {
  name: string;
  description?: string;
  auth: StoredAuth;
  connectionSpec: ConnectionSpecRef;
}

export type ConnectionEdit = Pick<StoredConnection, 'name' | 'description' | 'auth'>;

/** An etag in the form Flow Service's answers show, literal quotes included. */
export function newEtag(): string {
  const hex = randomBytes(10).toString('hex');
  return `"${hex.slice(0, 8)}-0000-0200-0000-${hex.slice(8)}"`;
}

export function inScope(item: Scope, scope: Scope): boolean {
  return item.sandboxName === scope.sandboxName && item.imsOrgId === scope.imsOrgId;
}

/** The connections of every sandbox, with the countdown of connections still initializing. */
export class ConnectionStore {
  readonly #connections = new Map<string, StoredConnection>();
  readonly #readsBeforeReady = new Map<string, number>();

  /** Where seeded connections point: the simulator's own URL, which serves Salesforce's logins. */
  salesforceUrl: string = DEMO.salesforce.environmentUrl;

  constructor(private readonly config: SimulatorConfig) {}

  /** A JWT connection (AEP on AWS) always initializes, for at least one read. */
  create(fields: NewConnection, caller: Caller): StoredConnection {
    const jwt = fields.auth.specName === JWT_SPEC;
    const initializing = jwt || this.config.initializingReads > 0;
    return this.#insert({
      ...this.#defaults(caller.clientId),
      ...structuredClone(fields),
      ...caller.scope,
      state: initializing ? 'initializing' : 'enabled',
    });
  }

  seed(fields: Partial<StoredConnection> & { name: string }): StoredConnection {
    return structuredClone(
      this.#insert({ ...this.#defaults(DEMO.clientId), ...structuredClone(fields) }),
    );
  }

  find(scope: Scope, id: string): StoredConnection | undefined {
    const connection = this.#connections.get(id);
    return connection && inScope(connection, scope) ? connection : undefined;
  }

  /** A read by id: answers what it sees, then counts toward the end of initialization. */
  read(scope: Scope, id: string): StoredConnection | undefined {
    const connection = this.find(scope, id);
    const seen = structuredClone(connection);
    if (connection) this.#countRead(connection);
    return seen;
  }

  list(scope: Scope): StoredConnection[] {
    return [...this.#connections.values()].filter((c) => inScope(c, scope));
  }

  revise(connection: StoredConnection, edit: ConnectionEdit, clientId: string): StoredConnection {
    const revised: StoredConnection = {
      ...connection,
      ...edit,
      etag: newEtag(),
      version: connection.version + 1,
      updatedAt: Date.now(),
      updatedClient: clientId,
    };
    this.#connections.set(revised.id, revised);
    return revised;
  }

  delete(scope: Scope, id: string): boolean {
    if (this.find(scope, id) === undefined) return false;
    this.#readsBeforeReady.delete(id);
    return this.#connections.delete(id);
  }

  all(): StoredConnection[] {
    return structuredClone([...this.#connections.values()]);
  }

  clear(): void {
    this.#connections.clear();
    this.#readsBeforeReady.clear();
  }

  #defaults(clientId: string): StoredConnection {
    const now = Date.now();
    return {
      id: randomUUID(),
      name: '',
      state: 'enabled',
      auth: {
        specName: 'OAuth2 Client Credential',
        params: { environmentUrl: this.salesforceUrl, ...this.config.salesforce.oauth },
      },
      connectionSpec: { id: SALESFORCE_SPEC_ID, version: '1.0' },
      etag: newEtag(),
      version: 1,
      createdAt: now,
      updatedAt: now,
      sandboxName: DEMO.sandbox,
      imsOrgId: this.config.orgId,
      createdClient: clientId,
      updatedClient: clientId,
    };
  }

  #insert(connection: StoredConnection): StoredConnection {
    this.#connections.set(connection.id, connection);
    const reads = Math.max(this.config.initializingReads, jwtConnection(connection) ? 1 : 0);
    if (connection.state === 'initializing' && reads > 0) {
      this.#readsBeforeReady.set(connection.id, reads);
    }
    return connection;
  }

  #countRead(connection: StoredConnection): void {
    const left = this.#readsBeforeReady.get(connection.id);
    if (left === undefined) return;
    if (left > 1) {
      this.#readsBeforeReady.set(connection.id, left - 1);
      return;
    }
    this.#readsBeforeReady.delete(connection.id);
    connection.state = expiredJwt(connection.auth) ? 'failed' : this.config.finalState;
    // Adobe adds the org of the JWT's user once the connection works.
    if (jwtConnection(connection) && connection.state === 'enabled') {
      connection.auth.params.orgId = SALESFORCE_ORG_ID;
    }
  }
}

const jwtConnection = (connection: StoredConnection) => connection.auth.specName === JWT_SPEC;
