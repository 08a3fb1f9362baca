/**
 * The ports every stage receives instead of reaching for the process: only an action's entry file
 * builds the real ones; tests pass recording fakes.
 */

/** The part of `@actions/core` the actions use. */
export interface ActionCore {
  /** Undefined for an input left out, which only happens outside the runner (it fills defaults). */
  getInput(name: string): string | undefined;
  setOutput(name: string, value: string): void;
  setSecret(secret: string): void;
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
}

/** Its functions are handed around on their own (`clock.now` to a Deadline), so none uses `this`. */
export interface Clock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends one request; rejects on network errors and when `timeoutMs` passes. */
export interface Transport {
  send(request: HttpRequest, timeoutMs: number): Promise<HttpResponse>;
  /** A hint: `count` requests to `url`'s origin will soon run side by side; connect for them now. */
  prepare?(url: string, count: number): void;
  /** The step is over: ends every connection and every request still running. */
  close?(): void;
}

export interface Runtime {
  core: ActionCore;
  transport: Transport;
  clock: Clock;
}
