import { callCatalog } from './catalog.js';
import { FLOW_SERVICE_BASE } from './config.js';
import { CATALOG_BASE, DATA_PREP_BASE } from './dataflow-config.js';
import { type SimulatedError, defaultFaultError } from './errors.js';
import { callFlowService, type SimulatorState } from './flow-service.js';
import type { Reply } from './http.js';
import { callDataPrep } from './mapping-sets.js';
import { platformFaultError } from './platform-errors.js';
import type { RecordedRequest } from './types.js';

interface PlatformService {
  base: string;
  call: (service: SimulatorState, request: RecordedRequest, path: string) => Reply;
  faultError: (status: number) => SimulatedError;
}

const SERVICES: PlatformService[] = [
  {
    base: FLOW_SERVICE_BASE,
    call: callFlowService,
    faultError: (s) => defaultFaultError(s, false),
  },
  { base: CATALOG_BASE, call: callCatalog, faultError: platformFaultError },
  { base: DATA_PREP_BASE, call: callDataPrep, faultError: platformFaultError },
];

export interface ServiceCall {
  service: PlatformService;
  /** The path relative to the service's base ("/connections/…"), without a trailing slash. */
  path: string;
}

/** Which Platform service a path belongs to, and the path relative to its base. */
export function serviceCall(path: string): ServiceCall | undefined {
  const service = SERVICES.find(({ base }) => path.startsWith(`${base}/`));
  if (service === undefined) return undefined;
  const relative = path.slice(service.base.length);
  return { service, path: relative.length > 1 ? relative.replace(/\/$/, '') : relative };
}
