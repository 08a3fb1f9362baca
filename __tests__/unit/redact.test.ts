import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/redact.js';

describe('Redactor', () => {
  it('registers each secret once with the runner and scrubs every encoding of it', () => {
    const registered: string[] = [];
    const redactor = new Redactor((s) => registered.push(s));
    const secret = 'p@ss "word"/+&=';
    redactor.register(secret);
    redactor.register(secret);
    redactor.register('');
    redactor.register(undefined);
    expect(registered).toEqual([secret]);
    const echoed = [
      `raw ${secret}`,
      `form client_secret=${new URLSearchParams({ s: secret }).toString().slice(2)}`,
      `url ${encodeURIComponent(secret)}`,
      `json ${JSON.stringify({ s: secret })}`,
    ].join('\n');
    expect(redactor.scrub(echoed)).toBe(
      'raw ***\nform client_secret=***\nurl ***\njson {"s":"***"}',
    );
  });
});
