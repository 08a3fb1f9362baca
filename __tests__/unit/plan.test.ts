import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src/platform/flow-service/schemas.js';
import { lookupFilters } from '../../src/platform/flow-service/lookup.js';
import { planConnection, type Desired } from '../../src/connection/plan.js';

const SPEC = 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5';
const desired: Desired = {
  name: 'CRM',
  description: 'Sales data',
  sandboxName: 'prod',
  auth: {
    specName: 'OAuth2 Client Credential',
    params: {
      environmentUrl: 'https://a.my.salesforce.com',
      clientId: 'i',
      clientSecret: 's',
      includeDeletedObjects: false,
    },
  },
};

function connection(id: string, extra: Partial<Connection> = {}): Connection {
  return {
    id,
    name: 'CRM',
    etag: `"${id}-etag"`,
    state: 'enabled',
    auth: { specName: 'OAuth2 Client Credential', params: { clientId: 'old' } },
    connectionSpec: { id: SPEC, version: '1.0' },
    ...extra,
  };
}

describe('planConnection', () => {
  it('creates when nothing exists, whatever if-exists says', () => {
    for (const mode of ['reuse', 'update', 'fail', 'create'] as const) {
      expect(planConnection(mode, [], desired)).toEqual({ action: 'create' });
    }
  });

  it('reuses the one existing connection', () => {
    const existing = connection('a');
    expect(planConnection('reuse', [existing], desired)).toEqual({
      action: 'reuse',
      connection: existing,
    });
  });

  it('creates another anyway with if-exists: create', () => {
    expect(planConnection('create', [connection('a'), connection('b')], desired)).toEqual({
      action: 'create',
    });
  });

  it('fails with if-exists: fail, naming the existing id', () => {
    expect(planConnection('fail', [connection('a')], desired)).toEqual({
      action: 'fail',
      reason: 'A connection named "CRM" already exists (a) and if-exists is fail.',
    });
  });

  it.each(['reuse', 'update'] as const)(
    'fails on twins with if-exists: %s, listing every id with its creation time, oldest first',
    (mode) => {
      const twins = [
        connection('b', { createdAt: Date.parse('2026-03-02T10:00:00Z') }),
        connection('a', { createdAt: Date.parse('2026-03-01T09:30:00Z') }),
      ];
      expect(planConnection(mode, twins, desired)).toEqual({
        action: 'fail',
        reason:
          '2 connections are named "CRM" in sandbox prod, oldest first:\n' +
          '- a (created 2026-03-01T09:30:00.000Z)\n' +
          '- b (created 2026-03-02T10:00:00.000Z)\n' +
          'Only you can tell which one is right. Keep it and delete the others: ' +
          'DELETE /data/foundation/flowservice/connections/{id} (with the x-sandbox-name: prod header), ' +
          "or Experience Platform's Sources UI (Sources → Accounts, in sandbox prod). Then run again.",
      });
    },
  );

  it('keeps the list order of twins, and says so, when a creation time is missing', () => {
    const twins = [connection('b'), connection('a', { createdAt: 0 })];
    const plan = planConnection('reuse', twins, desired);
    expect(plan.action === 'fail' && plan.reason).toMatch(
      /^2 connections are named "CRM" in sandbox prod, in list order:\n- b\n- a \(created 1970-01-01T00:00:00.000Z\)\nOnly you/,
    );
  });

  it('never suggests if-exists: create for twins: it would make a third', () => {
    const plan = planConnection('update', [connection('a'), connection('b')], desired);
    expect(plan.action === 'fail' && plan.reason).not.toContain('create');
  });

  it('updates params whole and replaces an existing description', () => {
    const existing = connection('a', { description: 'old' });
    expect(planConnection('update', [existing], desired)).toEqual({
      action: 'update',
      connection: existing,
      authTypeChanged: false,
      patch: [
        { op: 'replace', path: '/auth/params', value: desired.auth.params },
        { op: 'replace', path: '/description', value: 'Sales data' },
      ],
    });
  });

  it('adds a description the connection lacks, and replaces /auth when the auth type changes', () => {
    const existing = connection('a', { auth: { specName: 'Basic Authentication' } });
    expect(planConnection('update', [existing], desired)).toEqual({
      action: 'update',
      connection: existing,
      authTypeChanged: true,
      patch: [
        { op: 'replace', path: '/auth', value: desired.auth },
        { op: 'add', path: '/description', value: 'Sales data' },
      ],
    });
  });

  it('leaves the description alone when none is given', () => {
    const plan = planConnection('update', [connection('a')], {
      ...desired,
      description: undefined,
    });
    expect(plan).toMatchObject({ patch: [{ op: 'replace', path: '/auth/params' }] });
    expect(plan.action === 'update' && plan.patch).toHaveLength(1);
  });
});

describe('lookupFilters', () => {
  it('filters on name and spec when the name is safe in Adobe filter syntax', () => {
    expect(lookupFilters('Sales & Service #1 100% +ü', SPEC)).toEqual([
      'name==Sales & Service #1 100% +ü',
      `connectionSpec.id==${SPEC}`,
    ]);
  });

  it.each(['a,b', 'say "hi"', "it's", 'x==y'])('lists by spec only for %s', (name) => {
    expect(lookupFilters(name, SPEC)).toEqual([`connectionSpec.id==${SPEC}`]);
  });
});
