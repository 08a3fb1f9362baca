import * as core from '@actions/core';
import type { Transport } from '../platform/http.js';
import { httpClientTransport } from '../platform/transport.js';

/** The part of `@actions/core` the action uses; tests pass a recording fake. */
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

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export interface Runtime {
  core: ActionCore;
  transport: Transport;
  clock: Clock;
}

function githubCore(): ActionCore {
  return {
    getInput: (name) =>
      process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined
        ? undefined
        : core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (secret) => core.setSecret(secret),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    debug: (message) => core.debug(message),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    setFailed: (message) => core.setFailed(message),
    writeSummary: async (markdown) => {
      if (!process.env['GITHUB_STEP_SUMMARY']) return;
      await core.summary.addRaw(markdown, true).write();
    },
  };
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

export function githubRuntime(): Runtime {
  return { core: githubCore(), transport: httpClientTransport(), clock: systemClock };
}
