import { createLog, type Log } from './log.js';
import { Redactor } from './redact.js';
import type { ActionCore, Runtime } from './runtime.js';

/** An action's one publisher, as the step's frame needs it. */
export interface StepPublisher {
  failed(error: unknown): void;
  /** The summary, the result line and, last, the failure. Never throws. */
  finish(): Promise<void>;
}

export interface Step<P> {
  redactor: Redactor;
  log: Log;
  publish: P;
}

/**
 * The whole step of an action. Never throws: every run ends with its job summary and result line,
 * and every failure as one scrubbed, neutralised `log.fail`.
 */
export async function runStep<P extends StepPublisher>(
  rt: Runtime,
  publisher: (core: ActionCore, redactor: Redactor, log: Log) => P,
  work: (step: Step<P>) => Promise<void>,
): Promise<void> {
  const redactor = new Redactor((secret) => rt.core.setSecret(secret));
  const log = createLog(rt.core, redactor);
  const publish = publisher(rt.core, redactor, log);
  try {
    await work({ redactor, log, publish });
  } catch (error) {
    publish.failed(error);
  } finally {
    rt.transport.close?.();
  }
  await publish.finish();
}
