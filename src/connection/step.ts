import type { Deadline } from '../platform/deadline.js';
import type { FlowService } from '../platform/flow-service/client.js';
import type { ConnectionRef } from '../platform/flow-service/schemas.js';
import type { Config } from './inputs.js';
import type { Log } from '../github/log.js';
import type { Desired } from './plan.js';
import type { Redactor } from '../github/redact.js';
import type { Outcome } from './report.js';
import type { Runtime } from '../github/runtime.js';

/** What every stage after the lookup works with. */
export interface Step {
  rt: Runtime;
  config: Config;
  log: Log;
  redactor: Redactor;
  deadline: Deadline;
  flow: FlowService;
  desired: Desired;
}

/** A connection that exists now, and how it came to. */
export interface Done {
  outcome: Extract<Outcome, 'created' | 'reused' | 'updated'>;
  ref: ConnectionRef;
  /** Known from the lookup for a reused connection; read afterwards otherwise. */
  state?: string;
}
