import { randomBytes } from 'node:crypto';
import type { Mapping, SchemaRef, StoredMappingSet } from './dataflow-types.js';
import type { Caller, Scope } from './gateway.js';
import { inScope } from './store.js';

/** How Data Prep answers a stored mapping's sourceType (its spec's MappingOperation example). */
const STORED_SOURCE_TYPES: Record<string, string> = {
  ATTRIBUTE: 'text/x.schema-path',
  EXPRESSION: 'text/x.aep-xl',
};

export interface MappingSetBody {
  name?: string;
  outputSchema: { schemaRef: SchemaRef };
  mappings: unknown[];
}

const newId = (): string => randomBytes(16).toString('hex');

/** Every version of every mapping set; Data Prep has no DELETE. */
export class MappingSetStore {
  readonly #versions = new Map<string, StoredMappingSet[]>();

  create(body: MappingSetBody, caller: Caller): StoredMappingSet {
    const now = Date.now();
    return this.#add(
      [],
      {
        id: newId(),
        ...(body.name === undefined ? {} : { name: body.name }),
        version: 0,
        outputSchema: body.outputSchema,
        mappings: [],
        createdDate: now,
        modifiedDate: now,
        createdBy: caller.clientId,
        modifiedBy: caller.clientId,
        ...caller.scope,
      },
      body.mappings as Mapping[],
    );
  }

  update(versions: StoredMappingSet[], body: MappingSetBody, caller: Caller): StoredMappingSet {
    const latest = versions.at(-1) as StoredMappingSet;
    return this.#add(
      versions,
      {
        ...latest,
        ...(body.name === undefined ? {} : { name: body.name }),
        version: latest.version + 1,
        outputSchema: body.outputSchema,
        modifiedDate: Date.now(),
        modifiedBy: caller.clientId,
      },
      body.mappings as Mapping[],
    );
  }

  /** Every version of one mapping set, oldest first. */
  versions(scope: Scope, id: string): StoredMappingSet[] | undefined {
    const versions = this.#versions.get(id);
    return versions && inScope(versions[0] as StoredMappingSet, scope) ? versions : undefined;
  }

  latest(scope: Scope): StoredMappingSet[] {
    return [...this.#versions.values()]
      .map((versions) => versions.at(-1) as StoredMappingSet)
      .filter((set) => inScope(set, scope));
  }

  all(): StoredMappingSet[] {
    return structuredClone([...this.#versions.values()].map((v) => v.at(-1) as StoredMappingSet));
  }

  clear(): void {
    this.#versions.clear();
  }

  #add(versions: StoredMappingSet[], set: StoredMappingSet, mappings: Mapping[]): StoredMappingSet {
    const stored: StoredMappingSet = {
      ...structuredClone(set),
      mappings: mappings.map(({ sourceType, ...rest }) => ({
        id: newId(),
        version: 0,
        ...structuredClone(rest),
        sourceType: STORED_SOURCE_TYPES[sourceType] ?? sourceType,
      })),
    };
    this.#versions.set(stored.id, [...versions, stored]);
    return structuredClone(stored);
  }
}
