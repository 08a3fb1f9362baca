import { describe, expect, it } from 'vitest';
import { RunnerLog } from '../support/runner-log.js';

describe('RunnerLog: a step log as the runner shows it', () => {
  it('consumes ::add-mask:: lines and shows *** for the value in every later line', () => {
    const log = new RunnerLog();
    const shown = log.render(
      ['before: s3cret-token', '::add-mask::s3cret-token', 'after: s3cret-token!'].join('\n'),
    );
    expect(shown).toBe('before: s3cret-token\nafter: ***!\n');
    expect(log.mask('outputs and summaries too: s3cret-token')).toBe(
      'outputs and summaries too: ***',
    );
  });

  it('masks the secrets it starts with, as the runner masks secrets.* values', () => {
    const log = new RunnerLog(['from-secrets', '']);
    expect(log.render('a from-secrets b')).toBe('a *** b\n');
  });

  it('reads masked values escaped the way @actions/core escapes command data', () => {
    const log = new RunnerLog();
    log.render('::add-mask::50%25 off%0Anext line');
    expect(log.mask('50% off\nnext line')).toBe('***');
  });

  it('masks the longer of two overlapping values whole', () => {
    const log = new RunnerLog(['abc', 'abcdef']);
    expect(log.mask('abcdef abc')).toBe('*** ***');
  });

  it('shows groups, annotations and plain lines; hides debug lines', () => {
    const shown = new RunnerLog().render(
      [
        '::group::Lookup',
        '::debug::GET https://example.test',
        'No connection yet',
        '::endgroup::',
        '::warning title=Drift::stored%0Arequested',
        '::error::it failed',
        '::notice::fyi',
      ].join('\n'),
    );
    expect(shown).toBe(
      [
        '▼ Lookup',
        '  No connection yet',
        'Warning: stored',
        'requested',
        'Error: it failed',
        'Notice: fyi',
        '',
      ].join('\n'),
    );
  });
});
