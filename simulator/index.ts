export { DEFAULT_SANDBOXES, DEMO, SALESFORCE_SPEC_ID } from './config.js';
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
