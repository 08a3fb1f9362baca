import fc from 'fast-check';

/** Strings built from the pieces that make the runner read a command, mixed with anything. */
export const hostileText = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          '\n',
          '\r',
          '\r\n',
          '::',
          '##[',
          ']',
          ' ',
          '\t',
          '\u00a0',
          '\u3000',
          '\ufeff',
          '\u0085',
          '\u2028',
          '\u001b[31m',
          '%0A',
          'add-mask::',
          'stop-commands::x',
          'set-output name=x::',
          'error::',
          'debug]',
          '`',
          '|',
        ),
      },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));
