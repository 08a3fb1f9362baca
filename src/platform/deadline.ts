/** A duration for messages: whole seconds as they are, otherwise to a tenth (`3600 s`, `0.3 s`). */
export const seconds = (ms: number): string => `${Number((ms / 1_000).toFixed(1))} s`;

export class TimeoutError extends Error {
  constructor(seconds: number, waitingFor: string) {
    super(`Timed out after ${seconds} s (timeout-seconds) waiting for ${waitingFor}`);
    this.name = 'TimeoutError';
  }
}

/** The one bound on the whole step: every wait and every request's timeout is taken from it. */
export class Deadline {
  readonly at: number;

  constructor(
    private readonly now: () => number,
    readonly seconds: number,
  ) {
    this.at = now() + seconds * 1_000;
  }

  remainingMs(): number {
    return this.at - this.now();
  }

  expired(waitingFor: string): TimeoutError {
    return new TimeoutError(this.seconds, waitingFor);
  }
}
