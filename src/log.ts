import type { Redactor } from './redact.js';
import type { ActionCore } from './runtime.js';

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** Everything the action prints goes through here, scrubbed of every registered secret. */
export function createLog(core: ActionCore, redactor: Redactor): Log {
  const clean = (message: string) => redactor.scrub(message);
  return {
    info: (message) => core.info(clean(message)),
    warning: (message) => core.warning(clean(message)),
    debug: (message) => core.debug(clean(message)),
    async group(name, work) {
      core.startGroup(clean(name));
      try {
        return await work();
      } finally {
        core.endGroup();
      }
    },
  };
}
