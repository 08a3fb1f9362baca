/**
 * Stands in for undici in the bundles (tsconfig.json `paths`): `@actions/http-client` imports its
 * ProxyAgent at load time only for `getAgentDispatcher`, which these actions never call. Bundled,
 * undici was most of each bundle and tens of milliseconds of every start.
 */
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with this action (getAgentDispatcher is not supported)');
  }
}
