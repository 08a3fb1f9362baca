export { DEFAULT_SANDBOXES, DEMO, FLOW_SERVICE_BASE, SALESFORCE_SPEC_ID } from './config.js';
export { startSimulator } from './server.js';
export type {
  AnsweredRequest,
  ClientCredentials,
  StoredAuth,
  ConnectionSpecRef,
  ConnectionState,
  Fault,
  FaultMatch,
  RecordedRequest,
  SalesforceCredentials,
  Simulator,
  SimulatedReply,
  SimulatorOptions,
  StoredConnection,
} from './types.js';
