import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/github/redact.js';

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

describe('Redactor, encoded echoes', () => {
  const secret = 'p@ss "wörd"/+&=~42';
  const redactor = new Redactor(() => undefined);
  redactor.register(secret);
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  const hex = (unit: string) => unit.charCodeAt(0).toString(16).padStart(4, '0');

  it.each([
    ['standard base64', utf8(secret).toString('base64')],
    ['standard base64 without padding', utf8(secret).toString('base64').replace(/=+$/, '')],
    ['url-safe base64', utf8(secret).toString('base64url')],
  ])('masks the whole %s form', (_, form) => {
    expect(redactor.scrub(`token ${form}.`)).toBe('token ***.');
  });

  it.each([0, 1, 2, 3, 4, 5].flatMap((before) => [1, 2, 3].map((after) => [before, after])))(
    'masks every base64 character made only of its bits, inside a longer text (%i bytes before, %i after)',
    (before, after) => {
      const text = utf8(`${'u'.repeat(before)}${secret}${'v'.repeat(after)}`);
      const first = Math.ceil((before * 8) / 6);
      const end = Math.floor(((before + utf8(secret).length) * 8) / 6);
      for (const encoding of ['base64', 'base64url'] as const) {
        const encoded = text.toString(encoding);
        expect(redactor.scrub(encoded)).toBe(`${encoded.slice(0, first)}***${encoded.slice(end)}`);
      }
    },
  );

  it.each([
    ['every character \\u-escaped', [...secret].map((c) => `\\u${hex(c)}`).join('')],
    [
      'every character \\u-escaped, upper-case hex',
      [...secret].map((c) => `\\u${hex(c).toUpperCase()}`).join(''),
    ],
    [
      'non-ASCII \\u-escaped (ensure_ascii)',
      JSON.stringify(secret)
        .slice(1, -1)
        .replace(/[^\x20-\x7e]/g, (c) => `\\u${hex(c)}`),
    ],
  ])('masks the JSON form with %s', (_, form) => {
    expect(redactor.scrub(`{"echo":"${form}"}`)).toBe('{"echo":"***"}');
  });
});

describe('Redactor, the escapes other encoders choose', () => {
  const secret = 'Zq7/kP2+xW9&mL<4vR8="x"';
  const redactor = new Redactor(() => undefined);
  redactor.register(secret);

  it.each([
    ['solidus as \\/ (PHP)', 'Zq7\\/kP2+xW9&mL<4vR8=\\"x\\"'],
    ['< > & as \\u003c \\u003e \\u0026 (Go)', 'Zq7/kP2+xW9\\u0026mL\\u003c4vR8=\\"x\\"'],
    ['both at once', 'Zq7\\/kP2+xW9\\u0026mL\\u003c4vR8=\\"x\\"'],
    ['HTML entities', 'Zq7/kP2+xW9&amp;mL&lt;4vR8=&quot;x&quot;'],
    ['lower-case percent-encoding', 'Zq7%2fkP2%2bxW9%26mL%3c4vR8%3d%22x%22'],
  ])('masks it with %s', (_, echoed) => {
    expect(redactor.scrub(`echo: ${echoed}.`)).toBe('echo: ***.');
  });
});
