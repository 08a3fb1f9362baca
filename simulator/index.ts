export {
  DEFAULT_SANDBOXES,
  DEMO,
  DYNAMICS_SPEC_ID,
  FLOW_SERVICE_BASE,
  INVENTED_FILE_SOURCE_SPEC_ID,
  SALESFORCE_SPEC_ID,
} from './config.js';
export {
  CATALOG_BASE,
  CRM_FLOW_SPEC_ID,
  DATA_LAKE_SPEC_ID,
  DATA_PREP_BASE,
  DEMO_DATASET,
  FILE_FLOW_SPEC_ID,
} from './dataflow-config.js';
export { startSimulator } from './server.js';
export type {
  AnsweredRequest,
  ConnectionState,
  Fault,
  FaultMatch,
  RecordedRequest,
  Simulator,
  SimulatedReply,
  SimulatorOptions,
  StoredConnection,
} from './types.js';
