import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src/platform/flow-service/schemas.js';
import { twinsWarning } from '../../src/connection/verify.js';

const connection = (id: string, createdAt?: number): Connection => ({
  id,
  name: 'CRM',
  etag: `"${id}"`,
  connectionSpec: { id: 'spec' },
  ...(createdAt !== undefined ? { createdAt } : {}),
});

const advice = 'another run may be creating the same connection. Keep one and delete the others.';

describe('twinsWarning', () => {
  it('says nothing when only the created connection and those from before the lookup are listed', () => {
    const listed = [connection('old', 1), connection('ours', 5)];
    expect(twinsWarning('CRM', 'ours', listed, new Set(['old']))).toBeUndefined();
    expect(twinsWarning('CRM', 'ours', [], new Set())).toBeUndefined();
  });

  it('lists the ones that appeared since the lookup oldest first, and names the one this run created', () => {
    const listed = [connection('ours', 20), connection('old', 1), connection('rival', 10)];
    expect(twinsWarning('CRM', 'ours', listed, new Set(['old']))).toBe(
      `2 connections named "CRM" appeared since the lookup, oldest first: rival, ours. This run created ours; ${advice}`,
    );
  });

  it('keeps the list order, and says so, when a creation time is missing', () => {
    const listed = [connection('late'), connection('ours', 1), connection('rival', 2)];
    expect(twinsWarning('CRM', 'ours', listed, new Set())).toBe(
      `3 connections named "CRM" appeared since the lookup, in list order: late, ours, rival. This run created ours; ${advice}`,
    );
  });

  it('counts the created connection when the re-list does not show it yet', () => {
    expect(twinsWarning('CRM', 'ours', [connection('rival', 2)], new Set())).toBe(
      `2 connections named "CRM" appeared since the lookup, oldest first: rival, ours. This run created ours; ${advice}`,
    );
  });

  it('names every connection that appeared since the lookup once, oldest first when dated', () => {
    const listedArb = fc.uniqueArray(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'ours'), at: fc.option(fc.nat()) }),
      { selector: (c) => c.id },
    );
    const beforeArb = fc.subarray(['a', 'b', 'c', 'd']);
    fc.assert(
      fc.property(listedArb, beforeArb, (list, before) => {
        const listed = list.map((c) => connection(c.id, c.at ?? undefined));
        const warning = twinsWarning('CRM', 'ours', listed, new Set(before));
        const appeared = listed.filter((c) => !before.includes(c.id));
        const rivals = appeared.filter((c) => c.id !== 'ours');
        if (rivals.length === 0) return warning === undefined;
        const named = /: ([^.]+)\. This run created ours;/.exec(warning ?? '')?.[1]?.split(', ');
        expect([...(named ?? [])].sort()).toEqual([...rivals.map((c) => c.id), 'ours'].sort());
        if (appeared.every((c) => c.createdAt !== undefined) && appeared.length === named?.length) {
          const times = named.map((id) => listed.find((c) => c.id === id)!.createdAt!);
          expect(times).toEqual([...times].sort((x, y) => x - y));
        }
        return true;
      }),
    );
  });
});
