import { randomUUID } from 'node:crypto';
import type { StoredResource } from './dataflow-types.js';
import { flowError, invalidRequest } from './errors.js';
import type { Caller, Scope } from './gateway.js';
import { isRecord } from './json.js';
import { inScope, newEtag } from './store.js';
import type { ConnectionSpecRef } from './types.js';

/** The fields Flow Service fills in on a resource it creates for this caller. */
export function newResourceFields(caller: Caller): Omit<StoredResource, 'name'> {
  const now = Date.now();
  return {
    id: randomUUID(),
    state: 'enabled',
    etag: newEtag(),
    createdAt: now,
    updatedAt: now,
    createdClient: caller.clientId,
    updatedClient: caller.clientId,
    ...caller.scope,
  };
}

/** A resource's connectionSpec: `{id, version}` strings, the id one of `allowed`. */
export function specRef(value: unknown, allowed: string): ConnectionSpecRef {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.version !== 'string') {
    throw invalidRequest('connectionSpec must be an object with string id and version.');
  }
  if (value.id !== allowed) {
    throw flowError(
      '1413-400',
      'Invalid request',
      `The spec ID ${value.id} is invalid here: expected ${allowed}.`,
    );
  }
  return { id: value.id, version: value.version };
}

/** Deleted resources that reads still see, each for a set number of reads. */
export class DeleteFinalizing {
  readonly #readsLeft = new Map<string, number>();

  constructor(private readonly reads: number) {}

  /** Starts the deletion; false when the resource is gone at once. */
  begin(id: string): boolean {
    if (this.reads === 0) return false;
    this.#readsLeft.set(id, this.reads);
    return true;
  }

  has(id: string): boolean {
    return this.#readsLeft.has(id);
  }

  /** Counts one read; true when it was the last one and the resource is now gone. */
  countRead(id: string): boolean {
    const left = this.#readsLeft.get(id);
    if (left === undefined) return false;
    if (left > 1) {
      this.#readsLeft.set(id, left - 1);
      return false;
    }
    this.#readsLeft.delete(id);
    return true;
  }

  clear(): void {
    this.#readsLeft.clear();
  }
}

/** Source connections, target connections or flows of every sandbox. */
export class ResourceStore<T extends StoredResource> {
  readonly #items = new Map<string, T>();

  constructor(private readonly finalizing: DeleteFinalizing) {}

  insert(item: T): T {
    this.#items.set(item.id, item);
    return structuredClone(item);
  }

  find(scope: Scope, id: string): T | undefined {
    const item = this.#items.get(id);
    return item && inScope(item, scope) ? item : undefined;
  }

  /** A read by id: answers what it sees, then counts toward the end of a deletion. */
  read(scope: Scope, id: string): T | undefined {
    const item = this.find(scope, id);
    const seen = structuredClone(item);
    if (item && this.finalizing.countRead(id)) this.#items.delete(id);
    return seen;
  }

  list(scope: Scope): T[] {
    return [...this.#items.values()].filter((item) => inScope(item, scope));
  }

  revise(item: T, edit: Partial<T>, clientId: string): T {
    const revised: T = {
      ...item,
      ...edit,
      etag: newEtag(),
      updatedAt: Date.now(),
      updatedClient: clientId,
    };
    this.#items.set(item.id, revised);
    return revised;
  }

  /** Deletes at once, or marks the item `delete-finalizing` for the next reads. */
  delete(item: T): void {
    if (this.finalizing.begin(item.id)) item.state = 'delete-finalizing';
    else this.#items.delete(item.id);
  }

  all(): T[] {
    return structuredClone([...this.#items.values()]);
  }

  clear(): void {
    this.#items.clear();
  }
}
