import { createLog } from '../../src/github/log.js';
import { Redactor } from '../../src/github/redact.js';
import type { HttpRequest, HttpResponse, Transport } from '../../src/github/runtime.js';
import { Deadline } from '../../src/platform/deadline.js';
import { createHttp, type Http } from '../../src/platform/http.js';
import type { PlatformOptions } from '../../src/platform/service.js';
import { FakeClock, FakeCore } from './fake-runtime.js';

export type Scripted = HttpResponse | Error;

/** Answers each request with the next scripted response (or throws the next error). */
export class ScriptedTransport implements Transport {
  readonly sent: Array<{ request: HttpRequest; timeoutMs: number }> = [];
  constructor(private readonly script: Scripted[]) {}
  async send(request: HttpRequest, timeoutMs: number): Promise<HttpResponse> {
    this.sent.push({ request, timeoutMs });
    const next = this.script.shift();
    if (!next) throw new Error('script exhausted');
    if (next instanceof Error) throw next;
    return next;
  }
}

export const answer = (
  status: number,
  body = '{}',
  headers: Record<string, string> = {},
): HttpResponse => ({
  status,
  headers,
  body,
});

/** The one HTTP layer over `transport`: one attempt per call, a minute's deadline, a silent log. */
function scriptedHttp(transport: Transport): Http {
  const clock = new FakeClock();
  const redactor = new Redactor(() => undefined);
  const log = createLog(new FakeCore({}), redactor);
  return createHttp({
    transport,
    clock,
    log,
    deadline: new Deadline(clock.now, 60),
    maxAttempts: 1,
    redactor,
  });
}

/** What every Platform client takes, over the scripted HTTP layer. */
export const scriptedPlatform = (transport: Transport): PlatformOptions => ({
  http: scriptedHttp(transport),
  platformUrl: 'https://platform.example',
  accessToken: 'token',
  clientId: 'client',
  orgId: 'ORG@AdobeOrg',
  sandboxName: 'prod',
});
