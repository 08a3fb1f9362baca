import { describe, expect, it } from 'vitest';
import { Deadline } from '../../src/deadline.js';
import { flowServiceClient } from '../../src/flow-service/client.js';
import { createHttp } from '../../src/http.js';
import { createLog } from '../../src/log.js';
import { Redactor } from '../../src/redact.js';
import { FakeClock, FakeCore } from '../support/fake-runtime.js';
import { answer, ScriptedTransport } from '../support/scripted-transport.js';

const BASE = 'https://platform.example/data/foundation/flowservice';

function client(pages: string[]) {
  const transport = new ScriptedTransport(pages.map((body) => answer(200, body)));
  const clock = new FakeClock();
  const redactor = new Redactor(() => undefined);
  const log = createLog(new FakeCore({}), redactor);
  const http = createHttp({
    transport,
    clock,
    log,
    deadline: new Deadline(clock.now, 60),
    maxAttempts: 1,
    redactor,
  });
  const flow = flowServiceClient({
    http,
    platformUrl: 'https://platform.example',
    accessToken: 'token',
    clientId: 'client',
    orgId: 'ORG@AdobeOrg',
    sandboxName: 'prod',
  });
  return { flow, urls: () => transport.sent.map((s) => s.request.url) };
}

const item = (id: string) => ({ id, name: 'CRM', etag: `"${id}"`, connectionSpec: { id: 'spec' } });
const page = (ids: string[], next?: string) =>
  JSON.stringify({ items: ids.map(item), _links: next ? { next: { href: next } } : {} });

describe('flowServiceClient.listConnections', () => {
  it('URL-encodes each filter and follows relative (with or without a leading /), base-prefixed and same-origin absolute links', async () => {
    const { flow, urls } = client([
      page(['a'], '/connections?continuationToken=t1'),
      page(['b'], '/data/foundation/flowservice/connections?continuationToken=t2'),
      page(['c'], `${BASE}/connections?continuationToken=t3`),
      page(['d'], 'connections?continuationToken=t4'),
      page(['e']),
    ]);
    const found = await flow.listConnections(['name==A & B #1', 'connectionSpec.id==spec']);
    expect(found.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(urls()).toEqual([
      `${BASE}/connections?property=name%3D%3DA%20%26%20B%20%231&property=connectionSpec.id%3D%3Dspec`,
      `${BASE}/connections?continuationToken=t1`,
      `${BASE}/connections?continuationToken=t2`,
      `${BASE}/connections?continuationToken=t3`,
      `${BASE}/connections?continuationToken=t4`,
    ]);
  });

  it('refuses a next link on another origin, so the token is never sent there', async () => {
    const { flow, urls } = client([
      page(['a'], 'https://elsewhere.example/connections?continuationToken=t'),
    ]);
    await expect(flow.listConnections([])).rejects.toThrow(
      `GET /connections: the next-page link leaves ${BASE}: https://elsewhere.example/connections?continuationToken=t`,
    );
    expect(urls()).toHaveLength(1);
  });

  it('stops when a next link repeats itself', async () => {
    const { flow, urls } = client([
      page(['a'], '/connections?continuationToken=same'),
      page(['b'], '/connections?continuationToken=same'),
    ]);
    expect((await flow.listConnections([])).map((c) => c.id)).toEqual(['a', 'b']);
    expect(urls()).toHaveLength(2);
  });
});
