import type { ClientCredentials, SalesforceCredentials, SimulatorOptions } from './types.js';

export const SALESFORCE_SPEC_ID = 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5';
export const DYNAMICS_SPEC_ID = '38ad80fe-8b06-4938-94f4-d4ee80266b07';
/** Not Adobe's: the id of the simulator's invented source whose explore is not tabular. */
export const INVENTED_FILE_SOURCE_SPEC_ID = 'a11ce5ed-f11e-4000-8000-000000000001';
export const FLOW_SERVICE_BASE = '/data/foundation/flowservice';
/** The Salesforce org behind every simulated login and JWT connection (18 characters). */
export const SALESFORCE_ORG_ID = '00D5g000004Nd4mEAC';

/**
 * A throwaway RSA key pair for the demo's JWT bearer flow (oauth2-jwt-token), generated once with
 * `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`. It guards nothing: never trust it.
 */
const DEMO_PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----
MIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQDW3aIPa+doRedH
DsEVlz8x5wl6ijLu4/b/5hQBxieOCUiEZtLzBDlFNARE7diaRw9xgBctbHdzhwKm
qEmdT/SEbD6crU1ZaHqXF9ActspG8+S5wx9izcxu3zpEng8teMcpfxbcCVCwu1A5
03qRrF2wOeXFLqVVya3STKRgiaNIA8x45wzpHPSJr8xTtMuCC6UBCvrfn1CrOWPF
hK1+usa3Af4TP6GvuiKOaQxLnoFRCAjUyhExuHM+4ayW8YyBSPu2ShF1KR380De6
KeVBjUcH6P5d1aFXToCJdBKaM7z8w07UaxhyuvZMU3v0t7FUSgewX0E+F67yF1eN
gKrXxmk5AgMBAAECggEAThhIKurBNPkTUpReQYazhWO/4jYQxRs+T0xEwVBQWCOv
o8/rpEBIwIpjctov/AMP7eTsh6oA0JClugU4nGDPMsJVD4U9s91xkTEqhwU5CAjl
fU8aPUMnprSj7QS154Uafk6e9GK+XT33rszao8/OTZr9lGmb1k5zSxhoNl5QZn+w
YPMOReVYcFqte6V+dRfhTb1uE7aGujnrtPeHukIHd1HhB1SO4vLP1aeTcBiu6+Qn
Q+rc+PvjNLaSJJ1hmSPqmwXIu6ZNvrCH+WT/sX7Cx3XDvnTvL8ZSlFm78LubfqQ1
PhFArPzPzwRMtQyyZST0zly5S0OX6LJZoOCy89/xcQKBgQDyZ1n1x18rEiiiJvJu
VQe8PU4Oy4gb+y9ZHgELBSt57sDES/ukh+Z5qEOJY8rM5a7sIxmaRFjUw5plkrkF
GAJvRqbg/ogsMjbETyF4Sska/hqd2nhVIywq3vBQWaVFUecn4ydEIFexu+Q5iBCu
Ft3tgsfMlw8ZD5osIgeLl03xfwKBgQDi6t32EB6zyDpd0p9DI79b3zi7kxLsdTkj
Coa48Fza7sIwb88I5Zr4YX0RgP7rWmubQNHxiKQOPykcglAbLjw74s0QNMeeo8x+
Rg1FjyLfwHYAABGIgnysIaJSJzKj7AjcrQO0A1CaHUQD8mBYNaXx0ZQbMTvhXtUD
qchETWERRwKBgQCCReMGALj3t9GYm5/MhewbUUMjFmU2zH68wTBEUOn1pMd6d29t
FBBcL37kVnpGNeYVSCPZUYQADINstTa0MxwT23+SCZj7T505UWGmeWKtHAUH8sKa
1sVE4P174UG+CG9Xc2/F4C/g+B6GgMaeGPH6VD+2hzR4/naX4030ykL8VwKBgQCl
H5gJWM2esdOXNo9iQf8cEaGtDWc13k+Hqj9DENXhEuEIcjRMGxjcKcTjGeVmylOH
lHGxu2b2XwvBjSpRvSFjyrTCWEXysOs78Cn0NiaAgALeGS6pEZs7fvYpphB5rGb+
foA1XDwpCabW4GcviUqKX6HQ79DNPT7w/XmYCl7aPQKBgQDmJEh4b1FiWSCnLr69
2IgbkLdvJWblyy64PYxTKZx7roFQokHQDpizyMTT3Nat5L950l5h+cg7iYy0rw49
eDkSkV40je8ks2xbYyEXjGyu0/Hu/c5/sAx5AJIrsybKSAF8TIa9nDUufKVyJ7JR
y+8lszkoX5iTbeakXVYAdASdoQ==
-----END PRIVATE KEY-----
`;
const DEMO_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1t2iD2vnaEXnRw7BFZc/
MecJeooy7uP2/+YUAcYnjglIhGbS8wQ5RTQERO3YmkcPcYAXLWx3c4cCpqhJnU/0
hGw+nK1NWWh6lxfQHLbKRvPkucMfYs3Mbt86RJ4PLXjHKX8W3AlQsLtQOdN6kaxd
sDnlxS6lVcmt0kykYImjSAPMeOcM6Rz0ia/MU7TLggulAQr6359QqzljxYStfrrG
twH+Ez+hr7oijmkMS56BUQgI1MoRMbhzPuGslvGMgUj7tkoRdSkd/NA3uinlQY1H
B+j+XdWhV06AiXQSmjO8/MNO1GsYcrr2TFN79LexVEoHsF9BPheu8hdXjYCq18Zp
OQIDAQAB
-----END PUBLIC KEY-----
`;

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
    jwt: {
      username: 'demo-integration@example.com',
      publicKey: DEMO_PUBLIC_KEY,
      privateKey: DEMO_PRIVATE_KEY,
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
