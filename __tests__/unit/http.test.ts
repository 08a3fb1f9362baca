import { describe, expect, it } from 'vitest';
import { Deadline } from '../../src/platform/deadline.js';
import { createHttp, UnconfirmedWriteError, type Call } from '../../src/platform/http.js';
import { createLog } from '../../src/github/log.js';
import { Redactor } from '../../src/github/redact.js';
import { FakeClock, FakeCore } from '../support/fake-runtime.js';
import { answer, ScriptedTransport, type Scripted } from '../support/scripted-transport.js';

function setup(script: Scripted[], maxAttempts = 5, timeoutSeconds = 300) {
  const core = new FakeCore({});
  const clock = new FakeClock();
  const transport = new ScriptedTransport(script);
  const redactor = new Redactor(() => undefined);
  const log = createLog(core, redactor);
  const deadline = new Deadline(clock.now, timeoutSeconds);
  const http = createHttp({ transport, clock, log, deadline, maxAttempts, redactor });
  return { core, clock, transport, http };
}

const call = (extra: Partial<Call<string>> = {}): Call<string> => ({
  label: 'POST /connections',
  request: { method: 'POST', url: 'http://127.0.0.1/connections', headers: {}, body: '{}' },
  baseUrlInput: 'platform-url',
  parse: (r) => r.body,
  ...extra,
});

describe('createHttp', () => {
  it('retries 503, 503 then succeeds, logging one info line per retry', async () => {
    const { http, core, clock, transport } = setup([answer(503), answer(503), answer(201, 'made')]);
    await expect(http.request(call())).resolves.toBe('made');
    expect(transport.sent).toHaveLength(3);
    expect(clock.sleeps).toEqual([500, 1_000]);
    expect(core.messages('info')).toEqual([
      'POST /connections: HTTP 503, attempt 1/5; retrying in 0.5 s',
      'POST /connections: HTTP 503, attempt 2/5; retrying in 1.0 s',
    ]);
    expect(core.messages('warning')).toEqual([]);
  });

  it('does not retry a 400 and reports Adobe error', async () => {
    const body = JSON.stringify({
      type: 'https://ns.adobe.com/aep/errors/FLOW-1405-400',
      title: 'Empty body',
    });
    const { http, transport } = setup([answer(400, body)]);
    await expect(http.request(call())).rejects.toThrow(
      'POST /connections failed with HTTP 400 FLOW-1405-400: Empty body',
    );
    expect(transport.sent).toHaveLength(1);
  });

  it('makes one attempt with max-attempts 1', async () => {
    const { http, transport } = setup([answer(503), answer(201)], 1);
    await expect(http.request(call())).rejects.toThrow('POST /connections failed with HTTP 503');
    expect(transport.sent).toHaveLength(1);
  });

  it('honours Retry-After', async () => {
    const { http, clock } = setup([answer(429, '{}', { 'retry-after': '7' }), answer(200, 'ok')]);
    await expect(http.request(call())).resolves.toBe('ok');
    expect(clock.sleeps).toEqual([7_000]);
  });

  it('retries network errors', async () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const { http, core } = setup([reset, answer(200, 'ok')]);
    await expect(http.request(call())).resolves.toBe('ok');
    expect(core.messages('info')).toEqual([
      'POST /connections: network error, attempt 1/5; retrying in 0.5 s',
    ]);
  });

  it('does not retry an answer that the call reads as final, and throws what it made of it', async () => {
    const fault = '<soapenv:Fault><faultcode>sf:INVALID_LOGIN</faultcode></soapenv:Fault>';
    const { http, transport, clock } = setup([answer(500, fault), answer(200, 'ok')]);
    const refusal = (r: { body: string }) =>
      r.body.includes('<soapenv:Fault>') ? new Error('login refused') : undefined;
    await expect(http.request(call({ refusal }))).rejects.toThrow('login refused');
    expect(transport.sent).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries as usual what the call does not read as final', async () => {
    const { http, transport } = setup([answer(500, '<html>busy</html>'), answer(200, 'ok')]);
    const refusal = () => undefined;
    await expect(http.request(call({ refusal }))).resolves.toBe('ok');
    expect(transport.sent).toHaveLength(2);
  });

  it('asks reconcile before re-sending a write that may have acted, and takes its answer', async () => {
    const { http, transport } = setup([answer(500), answer(201, 'second')]);
    let asked = 0;
    const result = await http.request(call({ reconcile: async () => (++asked, 'found') }));
    expect(result).toBe('found');
    expect(asked).toBe(1);
    expect(transport.sent).toHaveLength(1);
  });

  it('reconciles a write whose 2xx cannot be read, without waiting or re-sending', async () => {
    const unreadable = (r: { body: string }) => JSON.parse(r.body) as string;
    const { http, transport, clock } = setup([answer(201, ''), answer(201, '"second"')]);
    let asked = 0;
    const result = await http.request(
      call({ parse: unreadable, reconcile: async () => (++asked, 'found') }),
    );
    expect(result).toBe('found');
    expect([asked, transport.sent.length, clock.sleeps]).toEqual([1, 1, []]);
    const unseen = setup([answer(201, ''), answer(201, '"second"')]);
    await expect(
      unseen.http.request(call({ parse: unreadable, reconcile: async () => undefined })),
    ).rejects.toThrow(UnconfirmedWriteError);
    expect(unseen.transport.sent).toHaveLength(1);
  });

  it('fails a read whose 2xx cannot be read, as it is', async () => {
    const { http, transport } = setup([answer(200, 'x')]);
    const parse = () => {
      throw new Error('GET /connections answered HTTP 200 with an unexpected body: not JSON');
    };
    await expect(http.request(call({ parse }))).rejects.toThrow(
      'GET /connections answered HTTP 200 with an unexpected body: not JSON',
    );
    expect(transport.sent).toHaveLength(1);
  });

  it('re-sends without reconciling after a 429 or a refused connection', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const { http } = setup([answer(429), refused, answer(201, 'made')]);
    let asked = 0;
    await expect(http.request(call({ reconcile: async () => (++asked, undefined) }))).resolves.toBe(
      'made',
    );
    expect(asked).toBe(0);
  });

  it('gives each attempt what is left of the deadline, and fails saying what it waited for', async () => {
    const { http, transport } = setup(
      [answer(503, '{}', { 'retry-after': '8' }), answer(201)],
      5,
      10,
    );
    await expect(http.request(call())).resolves.toBe('{}');
    expect(transport.sent.map((s) => s.timeoutMs)).toEqual([10_000, 2_000]);
    const late = setup([answer(503, '{}', { 'retry-after': '20' })], 5, 10);
    await expect(late.http.request(call())).rejects.toThrow(
      'POST /connections: the server asked to wait 20 s before another attempt (Retry-After); timeout-seconds leaves 10 s. Last answer: POST /connections failed with HTTP 503',
    );
    expect(late.clock.sleeps).toEqual([]);
  });

  it('fails saying so, without waiting, when a backoff would pass the deadline', async () => {
    const { http, clock } = setup([answer(503), answer(503)], 5, 1);
    await clock.sleep(200);
    await expect(http.request(call())).rejects.toThrow(
      'POST /connections: attempt 3/5 would start in 1 s, after timeout-seconds runs out (0.3 s left). Last answer: POST /connections failed with HTTP 503',
    );
    expect(clock.sleeps).toEqual([200, 500]);
  });

  describe('a host that cannot be reached', () => {
    const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

    it('does not retry a host that does not resolve, and names the input that gave it', async () => {
      const { http, transport, clock } = setup([
        failure('ENOTFOUND', 'getaddrinfo ENOTFOUND platform.invalid'),
        answer(201),
      ]);
      const request = { method: 'GET', url: 'https://platform.invalid/data/x', headers: {} };
      await expect(http.request(call({ label: 'GET /connections', request }))).rejects.toThrow(
        'GET /connections failed: the host platform.invalid was not found (ENOTFOUND): check platform-url',
      );
      expect([transport.sent.length, clock.sleeps]).toEqual([1, []]);
    });

    it('retries a temporary DNS failure, then names the input', async () => {
      const again = failure('EAI_AGAIN', 'getaddrinfo EAI_AGAIN ims.example');
      const { http, transport } = setup([again, again, again], 3);
      const request = { method: 'POST', url: 'https://ims.example/ims/token/v3', headers: {} };
      await expect(
        http.request(call({ label: 'POST /ims/token/v3', request, baseUrlInput: 'ims-url' })),
      ).rejects.toThrow(
        "POST /ims/token/v3 failed: the host ims.example could not be looked up (EAI_AGAIN, a temporary DNS failure): check ims-url and the runner's network",
      );
      expect(transport.sent).toHaveLength(3);
    });

    it.each([
      ['http://127.0.0.1:4567/connections', '127.0.0.1:4567'],
      ['https://platform.example/connections', 'platform.example:443'],
      ['http://[::1]/connections', '[::1]:80'],
    ])('retries a refused connection to %s, then names host, port and input', async (url, at) => {
      const refused = failure('ECONNREFUSED', 'connect ECONNREFUSED');
      const { http, transport } = setup([refused, refused], 2);
      await expect(
        http.request(call({ request: { method: 'GET', url, headers: {} } })),
      ).rejects.toThrow(
        `POST /connections failed: ${at} refused the connection (ECONNREFUSED): check platform-url`,
      );
      expect(transport.sent).toHaveLength(2);
    });
  });
});
