import { randomBytes } from 'node:crypto';
import type { SimulatorConfig } from './config.js';
import type { SeededDataset, StoredDataset } from './dataflow-types.js';
import type { SimulatorState } from './flow-service.js';
import { admit, type Scope } from './gateway.js';
import type { Reply } from './http.js';
import { platformError } from './platform-errors.js';
import { inScope } from './store.js';
import type { RecordedRequest } from './types.js';

/** Catalog's datasets, seeded: the simulator never creates one through the API. */
export class DatasetStore {
  readonly #datasets = new Map<string, StoredDataset>();

  constructor(
    private readonly config: SimulatorConfig,
    private readonly initial: SeededDataset[],
  ) {
    this.clear();
  }

  seed(fields: SeededDataset): StoredDataset {
    const now = Date.now();
    const dataset: StoredDataset = {
      id: randomBytes(12).toString('hex'),
      sandboxName: 'prod',
      imsOrgId: this.config.orgId,
      created: now,
      updated: now,
      ...structuredClone(fields),
    };
    this.#datasets.set(dataset.id, dataset);
    return structuredClone(dataset);
  }

  find(scope: Scope, id: string): StoredDataset | undefined {
    const dataset = this.#datasets.get(id);
    return dataset && inScope(dataset, scope) ? dataset : undefined;
  }

  all(): StoredDataset[] {
    return structuredClone([...this.#datasets.values()]);
  }

  /** Back to the datasets the simulator started with. */
  clear(): void {
    this.#datasets.clear();
    for (const dataset of this.initial) this.seed(dataset);
  }
}

/** Catalog's answer: an object keyed by the dataset id. */
function datasetBody(dataset: StoredDataset): unknown {
  return {
    [dataset.id]: {
      name: dataset.name,
      ...(dataset.description === undefined ? {} : { description: dataset.description }),
      imsOrg: dataset.imsOrgId,
      sandboxName: dataset.sandboxName,
      version: '1.0.0',
      created: dataset.created,
      updated: dataset.updated,
      createdClient: 'acp_foundation_catalog',
      schemaRef: dataset.schemaRef,
      tags: {},
      files: `@/dataSetFiles?dataSetId=${dataset.id}`,
    },
  };
}

/** Answers a call to a path relative to Catalog's base, after the gateway's checks. */
export function callCatalog(
  service: SimulatorState,
  request: RecordedRequest,
  path: string,
): Reply {
  const { scope } = admit(request, service.config, service.tokens);
  const id = /^\/dataSets\/([^/]+)$/.exec(path)?.[1];
  if (request.method !== 'GET' || id === undefined) {
    throw platformError(404, `${request.method} ${request.path} is not simulated.`);
  }
  const dataset = service.dataflows.datasets.find(scope, id);
  if (dataset === undefined) throw platformError(404, `Dataset ${id} was not found.`);
  return { status: 200, body: datasetBody(dataset) };
}
