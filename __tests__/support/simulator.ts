import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../simulator/index.js';

/**
 * The one simulator set-up of the tests. `sim` is the simulator the current test talks to (a live
 * binding): `simulator()` starts one for the test, `sharedSimulator()` one for the whole file.
 */
export let sim: Simulator;

const startedForTest: Simulator[] = [];

afterEach(async () => {
  await Promise.all(startedForTest.splice(0).map((started) => started.close()));
});

/** A simulator for the current test only, closed after it; it does not become `sim`. */
export async function anotherSimulator(options?: SimulatorOptions): Promise<Simulator> {
  const started = await startSimulator(options);
  startedForTest.push(started);
  return started;
}

/** Starts a simulator for the current test only (closed after it) and makes it `sim`. */
export async function simulator(options?: SimulatorOptions): Promise<Simulator> {
  sim = await anotherSimulator(options);
  return sim;
}

/** One simulator for the file (or the describe block it is called in), reset before each test. */
export function sharedSimulator(options?: SimulatorOptions): void {
  let shared: Simulator;
  beforeAll(async () => {
    shared = await startSimulator(options);
    sim = shared;
  });
  beforeEach(() => {
    shared.reset();
    sim = shared;
  });
  afterAll(() => shared.close());
}
