import { DatasetStore } from './catalog.js';
import type { SimulatorConfig } from './config.js';
import type { DataflowConfig } from './dataflow-config.js';
import type {
  DataflowAccessors,
  StoredFlow,
  StoredSourceConnection,
  StoredTargetConnection,
} from './dataflow-types.js';
import { MappingSetStore } from './mapping-set-store.js';
import { DeleteFinalizing, ResourceStore } from './resources.js';
import { RunStore } from './runs.js';

/** Everything after the base connection: the dataflow chain across Flow Service, Catalog and Data Prep. */
export interface DataflowState {
  config: DataflowConfig;
  /** Deletions in progress, of base connections as well as of the resources below. */
  finalizing: DeleteFinalizing;
  sourceConnections: ResourceStore<StoredSourceConnection>;
  targetConnections: ResourceStore<StoredTargetConnection>;
  flows: ResourceStore<StoredFlow>;
  runs: RunStore;
  mappingSets: MappingSetStore;
  datasets: DatasetStore;
}

export function newDataflowState(config: SimulatorConfig, dataflow: DataflowConfig): DataflowState {
  const finalizing = new DeleteFinalizing(dataflow.deleteFinalizingReads);
  return {
    config: dataflow,
    finalizing,
    sourceConnections: new ResourceStore(finalizing),
    targetConnections: new ResourceStore(finalizing),
    flows: new ResourceStore(finalizing),
    runs: new RunStore(dataflow.run),
    mappingSets: new MappingSetStore(),
    datasets: new DatasetStore(config, dataflow.datasets),
  };
}

export function clearDataflowState(state: DataflowState): void {
  state.finalizing.clear();
  state.sourceConnections.clear();
  state.targetConnections.clear();
  state.flows.clear();
  state.runs.clear();
  state.mappingSets.clear();
  state.datasets.clear();
}

export function dataflowAccessors(state: DataflowState): DataflowAccessors {
  return {
    sourceConnections: () => state.sourceConnections.all(),
    targetConnections: () => state.targetConnections.all(),
    flows: () => state.flows.all(),
    runs: () => state.runs.statuses(),
    mappingSets: () => state.mappingSets.all(),
    datasets: () => state.datasets.all(),
    seedDataset: (dataset) => state.datasets.seed(dataset),
  };
}
