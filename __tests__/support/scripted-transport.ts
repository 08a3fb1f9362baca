import type { HttpRequest, HttpResponse, Transport } from '../../src/github/runtime.js';

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
