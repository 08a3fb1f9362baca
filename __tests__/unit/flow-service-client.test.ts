import { describe, expect, it } from 'vitest';
import { flowServiceClient, type FlowService } from '../../src/platform/flow-service/client.js';
import { findByName } from '../../src/platform/flow-service/lookup.js';
import { COLLECTIONS } from '../../src/platform/flow-service/schemas.js';
import { answer, scriptedPlatform, ScriptedTransport } from '../support/scripted-transport.js';

const BASE = 'https://platform.example/data/foundation/flowservice';

function client(pages: string[]) {
  const transport = new ScriptedTransport(pages.map((body) => answer(200, body)));
  const flow = flowServiceClient(scriptedPlatform(transport));
  return { flow, urls: () => transport.sent.map((s) => s.request.url) };
}

/** Flow Service ids are UUID-shaped; `a` stands for `000…00a`. */
const uuid = (short: string) => short.padStart(36, '0');
const item = (id: string, name = 'CRM', spec = 'spec') => ({
  id: uuid(id),
  name,
  etag: `"${id}"`,
  connectionSpec: { id: spec },
});
const page = (ids: string[], next?: string) =>
  JSON.stringify({
    items: ids.map((id) => item(id)),
    _links: next ? { next: { href: next } } : {},
  });

async function listedIds(flow: FlowService, filters: string[]): Promise<string[]> {
  const ids: string[] = [];
  for await (const items of flow.list('connections', filters)) ids.push(...items.map((c) => c.id));
  return ids;
}

describe('flowServiceClient.list', () => {
  it('URL-encodes each filter and follows relative (with or without a leading /), base-prefixed and same-origin absolute links', async () => {
    const { flow, urls } = client([
      page(['a'], '/connections?continuationToken=t1'),
      page(['b'], '/data/foundation/flowservice/connections?continuationToken=t2'),
      page(['c'], `${BASE}/connections?continuationToken=t3`),
      page(['d'], 'connections?continuationToken=t4'),
      page(['e']),
    ]);
    const found = await listedIds(flow, ['name==A & B #1', 'connectionSpec.id==spec']);
    expect(found).toEqual(['a', 'b', 'c', 'd', 'e'].map(uuid));
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
    await expect(listedIds(flow, [])).rejects.toThrow(
      `GET /connections: the next-page link leaves ${BASE}: https://elsewhere.example/connections?continuationToken=t`,
    );
    expect(urls()).toHaveLength(1);
  });

  it('stops when a next link repeats itself', async () => {
    const { flow, urls } = client([
      page(['a'], '/connections?continuationToken=same'),
      page(['b'], '/connections?continuationToken=same'),
    ]);
    expect(await listedIds(flow, [])).toEqual(['a', 'b'].map(uuid));
    expect(urls()).toHaveLength(2);
  });
});

describe('findByName', () => {
  const items = (...list: ReturnType<typeof item>[]) => list;
  const pageOf = (list: ReturnType<typeof item>[], next?: string) =>
    JSON.stringify({ items: list, _links: next ? { next: { href: next } } : {} });

  it('keeps the exact name and spec matches of every page and drops the other items', async () => {
    const { flow } = client([
      pageOf(items(item('a'), item('f1', 'crm'), item('f2', 'CRM', 'other')), '/connections?t=1'),
      pageOf(items(item('f3', 'CRM '), item('b')), '/connections?t=2'),
      pageOf(items(item('f4', 'Other'))),
    ]);
    const found = await findByName(flow, 'CRM', 'spec');
    expect(found.map((c) => c.id)).toEqual(['a', 'b'].map(uuid));
  });

  it('counts an item that two pages show once, with the later copy', async () => {
    const { flow } = client([
      pageOf(items(item('a'), item('b')), '/connections?t=1'),
      pageOf(items({ ...item('b'), etag: '"b2"' }, item('c'))),
    ]);
    const found = await findByName(flow, 'CRM', 'spec');
    expect(found.map((c) => [c.id, c.etag])).toEqual([
      [uuid('a'), '"a"'],
      [uuid('b'), '"b2"'],
      [uuid('c'), '"c"'],
    ]);
  });

  it('reads a page only once the previous one was filtered', async () => {
    const { flow, urls } = client([
      pageOf(items(item('a')), '/connections?t=1'),
      pageOf(items(item('b'))),
    ]);
    const pages = flow.list('connections', []);
    await pages.next();
    expect(urls()).toHaveLength(1);
    await pages.next();
    expect(urls()).toHaveLength(2);
  });
});

describe('a flow as Flow Service answers it', () => {
  const flow = (mapping: Record<string, unknown>) => ({
    id: '1'.repeat(8) + '-1111-1111-1111-' + '1'.repeat(12),
    name: 'Contacts',
    etag: '"e"',
    flowSpec: { id: 'spec', version: '1.0' },
    sourceConnectionIds: [],
    targetConnectionIds: [],
    transformations: [
      { name: 'Copy', params: { deltaColumn: { name: 'LastModifiedDate' } } },
      { name: 'Mapping', params: mapping },
    ],
  });

  it('takes a Mapping transformation with a Data Prep id and a whole version', () => {
    const ok = { mappingId: 'a'.repeat(32), mappingVersion: 3 };
    expect(COLLECTIONS.flows.safeParse(flow(ok)).success).toBe(true);
  });

  it.each([
    { mappingId: 'x\n::warning::pwned', mappingVersion: 0 },
    { mappingId: 'a'.repeat(32), mappingVersion: 'NaN?' },
    { mappingId: 'a'.repeat(32), mappingVersion: 1.5 },
    { mappingId: 'a'.repeat(32) },
  ])('refuses a Mapping transformation holding %j', (mapping) => {
    expect(COLLECTIONS.flows.safeParse(flow(mapping)).success).toBe(false);
  });
});
