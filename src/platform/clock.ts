import type { Clock } from '../github/runtime.js';

/** The real clock: built only in an action's entry file (and by tests about wall-clock bounds). */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};
