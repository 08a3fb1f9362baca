import { z } from 'zod';
import { z as mini } from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { parseJsonAnswer } from '../../src/platform/json-answer.js';
import { answer } from '../support/scripted-transport.js';

const refSchema = z.object({ id: z.string().regex(/^[0-9a-f-]{36}$/, 'not a UUID') });
const ID = '0f6d3c1e-6a4b-4d8e-9b2a-1c3e5f7a9b0d';

describe('parseJsonAnswer', () => {
  it('returns the answer its schema accepts', () => {
    expect(parseJsonAnswer('POST /connections', answer(201, `{"id":"${ID}"}`), refSchema)).toEqual({
      id: ID,
    });
  });

  it.each([
    ['an empty body', ''],
    ['an HTML page', '<html><body>Gateway</body></html>'],
    ['truncated JSON', '{"id":"0f6d'],
  ])('names %s as not JSON, with the call and its status', (_, body) => {
    expect(() => parseJsonAnswer('POST /connections', answer(201, body), refSchema)).toThrow(
      'POST /connections answered HTTP 201 with an unexpected body: not JSON',
    );
  });

  it('names the field that does not match, and why', () => {
    expect(() =>
      parseJsonAnswer('POST /connections', answer(201, '{"id":"../../admin"}'), refSchema),
    ).toThrow('POST /connections answered HTTP 201 with an unexpected body: id: not a UUID');
  });

  it('names a nested field by its path', () => {
    const list = z.object({ items: z.array(refSchema) });
    const body = JSON.stringify({ items: [{ id: ID }, { id: 7 }] });
    expect(() => parseJsonAnswer('GET /connections', answer(200, body), list)).toThrow(
      /^GET \/connections answered HTTP 200 with an unexpected body: items\.1\.id: /,
    );
  });

  it('says "body" when the whole answer has the wrong shape', () => {
    expect(() => parseJsonAnswer('GET /connections', answer(200, '[]'), refSchema)).toThrow(
      /^GET \/connections answered HTTP 200 with an unexpected body: body: /,
    );
  });

  describe('without classic zod, which sets the English messages (a bundle on zod/mini)', () => {
    const { localeError } = z.config();
    afterEach(() => z.config({ localeError }));

    it('still says in English why a field does not match', () => {
      z.config({ localeError: undefined });
      const ref = mini.object({ id: mini.string() });
      expect(() => parseJsonAnswer('POST /connections', answer(201, '{"id":7}'), ref)).toThrow(
        'POST /connections answered HTTP 201 with an unexpected body: id: Invalid input: expected string, received number',
      );
    });
  });
});
