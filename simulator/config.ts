import type { ClientCredentials, SalesforceCredentials, SimulatorOptions } from './types.js';

export const SALESFORCE_SPEC_ID = 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5';
export const DYNAMICS_SPEC_ID = '38ad80fe-8b06-4938-94f4-d4ee80266b07';
/** Not Adobe's: the id of the simulator's invented source whose explore is not tabular. */
export const INVENTED_FILE_SOURCE_SPEC_ID = 'a11ce5ed-f11e-4000-8000-000000000001';
export const FLOW_SERVICE_BASE = '/data/foundation/flowservice';
/** The sandboxes the examples use. */
export const DEFAULT_SANDBOXES = ['prod', 'dev', 'stage'];

/** Fake credentials that a simulator started without options accepts. */
export const DEMO = {
  clientId: 'demo-client-id',
  clientSecret: 'demo-client-secret-5c1d0e7a9b3f',
  orgId: 'DEMO0000000000000000000@AdobeOrg',
  sandbox: 'prod',
  salesforce: {
    environmentUrl: 'https://demo.my.salesforce.com',
    oauth: { clientId: 'demo-salesforce-client-id', clientSecret: 'demo-salesforce-client-secret' },
    basic: {
      username: 'demo@example.com',
      password: 'demo-password',
      securityToken: 'demo-security-token',
    },
  },
  /** The one secret the simulated sources other than Salesforce accept in every secret param. */
  sourceSecret: 'demo-source-secret',
} as const;

export interface SimulatorConfig {
  port: number;
  host: '127.0.0.1' | '::1';
  clients: ClientCredentials[];
  orgId: string;
  sandboxes: string[];
  pageSize: number;
  salesforce: SalesforceCredentials;
  initializingReads: number;
  finalState: 'enabled' | 'disabled' | 'failed';
  patchEnabled: boolean;
}

export function resolveConfig(options: SimulatorOptions = {}): SimulatorConfig {
  const config: SimulatorConfig = {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    clients: options.clients ?? [{ clientId: DEMO.clientId, clientSecret: DEMO.clientSecret }],
    orgId: options.orgId ?? DEMO.orgId,
    sandboxes: options.sandboxes ?? [...DEFAULT_SANDBOXES],
    pageSize: options.pageSize ?? 20,
    salesforce: options.salesforce ?? DEMO.salesforce,
    initializingReads: options.initializingReads ?? 0,
    finalState: options.finalState ?? 'enabled',
    patchEnabled: options.patchEnabled ?? true,
  };
  if (!Number.isInteger(config.pageSize) || config.pageSize < 1) {
    throw new RangeError('pageSize must be a positive integer');
  }
  if (!Number.isInteger(config.initializingReads) || config.initializingReads < 0) {
    throw new RangeError('initializingReads must be a non-negative integer');
  }
  return config;
}
