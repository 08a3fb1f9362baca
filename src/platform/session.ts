import type { Log } from '../github/log.js';
import type { Redactor } from '../github/redact.js';
import type { Runtime } from '../github/runtime.js';
import { Deadline } from './deadline.js';
import { flowServiceClient, type FlowService } from './flow-service/client.js';
import { createHttp, type Http } from './http.js';
import { tokenSource } from './ims.js';
import type { PlatformConfig } from './inputs.js';

/** What every action's stages talk to Platform through, bound by the step's one deadline. */
export interface Session {
  http: Http;
  deadline: Deadline;
  accessToken: string;
  flow: FlowService;
}

/**
 * The step's deadline starts now; the access token is fetched (or taken as given) at once, while
 * a connection to Platform opens for the first call that needs it.
 */
export async function openSession(
  rt: Runtime,
  config: PlatformConfig,
  log: Log,
  redactor: Redactor,
): Promise<Session> {
  const { transport, clock } = rt;
  const { adobe, maxAttempts } = config;
  const deadline = new Deadline(clock.now, config.timeoutSeconds);
  const http = createHttp({ transport, clock, log, deadline, maxAttempts, redactor });
  const source = tokenSource(adobe.credential, {
    http,
    redactor,
    imsUrl: config.imsUrl,
    clientId: adobe.clientId,
  });
  transport.prepare?.(config.platformUrl, 1);
  const accessToken = await log.group('Adobe access token', () => {
    log.info(`Access token from ${source.description}`);
    return source.token();
  });
  const { clientId, orgId, sandboxName } = adobe;
  const flow = flowServiceClient({
    http,
    platformUrl: config.platformUrl,
    accessToken,
    clientId,
    orgId,
    sandboxName,
  });
  return { http, deadline, accessToken, flow };
}
