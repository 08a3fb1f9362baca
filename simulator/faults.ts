import type { Fault, FaultMatch } from './types.js';

interface FaultQueue {
  match: FaultMatch;
  faults: Fault[];
  always?: boolean;
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method.toUpperCase() !== method) return false;
  return typeof match.path === 'string' ? match.path === path : path.search(match.path) !== -1;
}

/** Injected faults, consumed one per matching request in the order they were queued. */
export class FaultBook {
  #queues: FaultQueue[] = [];

  add(match: FaultMatch, faults: Fault[]): void {
    this.#queues.push({ match, faults: [...faults] });
  }

  addAlways(match: FaultMatch, fault: Fault): void {
    this.#queues.push({ match, faults: [fault], always: true });
  }

  take(method: string, path: string): Fault | undefined {
    const queue = this.#queues.find((q) => q.faults.length > 0 && matches(q.match, method, path));
    return queue?.always ? queue.faults[0] : queue?.faults.shift();
  }

  clear(): void {
    this.#queues = [];
  }
}
