import { STATUS_CODES } from 'node:http';
import { SimulatedError } from './errors.js';

/**
 * Catalog's and Data Prep's specs document no error body; this is Platform's problem shape
 * (`title`, `status`, `detail`) without a service code, which the simulator would have to invent.
 */
export function platformError(status: number, detail: string): SimulatedError {
  const title = STATUS_CODES[status] ?? 'Error';
  return new SimulatedError(status, () => ({ title, status, detail }));
}

/** The body a fault on Catalog or Data Prep gets when it names a status but no body. */
export function platformFaultError(status: number): SimulatedError {
  return platformError(status, `Simulated fault: ${STATUS_CODES[status] ?? 'Error'}.`);
}
