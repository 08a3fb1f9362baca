import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLog, neutralise } from '../../src/github/log.js';
import { Redactor } from '../../src/github/redact.js';
import { FakeCore } from '../support/fake-runtime.js';
import { hostileText } from '../support/hostile-text.js';
import { runnerCommands } from '../support/runner-commands.js';

describe('neutralise', () => {
  it('escapes CR, LF and every other control character visibly', () => {
    expect(neutralise('a\nb\r\nc\u001b[31md\u0000e\tf\u007fg\u0085h\u2028i')).toBe(
      'a\\nb\\r\\nc\\u001b[31md\\u0000e\\tf\\u007fg\\u0085h\\u2028i',
    );
  });

  it('keeps a line from starting with :: (after any leading blanks) or holding ##[ anywhere', () => {
    expect(neutralise('::add-mask::x')).toBe(':\\:add-mask::x');
    expect(neutralise(' \u00a0\u3000::stop-commands::x')).toBe(' \u00a0\u3000:\\:stop-commands::x');
    expect(neutralise('name: a ##[stop-commands]x ###[debug]y')).toBe(
      'name: a ##\\[stop-commands]x ###\\[debug]y',
    );
    expect(neutralise('\n::x')).toBe('\\n::x');
  });

  it('leaves ordinary text as it is', () => {
    const plain = 'Created connection 4f3c…: "Salesforce CRM" (etag "a-b"), 100% done :: ok #1 [x]';
    expect(neutralise(plain)).toBe(plain);
  });

  it('never yields a runner command nor a second line, whatever the text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const line = neutralise(text);
        expect(line).not.toMatch(/[\r\n]/);
        expect(runnerCommands(line)).toEqual([]);
      }),
    );
  });
});

describe('createLog', () => {
  function log() {
    const core = new FakeCore({});
    const redactor = new Redactor((secret) => core.setSecret(secret));
    return { core, redactor, log: createLog(core, redactor) };
  }

  it('prints an info line as one neutralised line', () => {
    const { core, log: l } = log();
    l.info('state enabled\n::add-mask::x\n::stop-commands::y');
    expect(core.stdout()).toBe('state enabled\\n::add-mask::x\\n::stop-commands::y\n');
    expect(runnerCommands(core.stdout())).toEqual([]);
  });

  it('neutralises warnings, debug lines and group names, keeping the newlines core escapes', () => {
    const { core, log: l } = log();
    l.warning('first\n::stop-commands::x ##[y]');
    l.debug('##[debug]z');
    return l
      .group('Lookup ##[group]\r::x', async () => undefined)
      .then(() => {
        expect(core.lines).toEqual([
          { level: 'warning', message: 'first\n:\\:stop-commands::x ##\\[y]' },
          { level: 'debug', message: '##\\[debug]z' },
          { level: 'group', message: 'Lookup ##\\[group]\\r::x' },
          { level: 'endgroup', message: '' },
        ]);
      });
  });

  it("fails with the action's own lines kept and every line neutralised", () => {
    const { core, log: l } = log();
    l.fail('POST /connections failed: x\n::stop-commands::y\r\nA hint on its own line');
    expect(core.failed).toBe(
      'POST /connections failed: x\n:\\:stop-commands::y\\r\nA hint on its own line',
    );
    expect(core.stdout()).toBe(
      '::error::POST /connections failed: x%0A:\\:stop-commands::y\\r%0AA hint on its own line\n',
    );
  });

  it('scrubs a secret before neutralising, so a secret with a control character is still masked', () => {
    const { core, redactor, log: l } = log();
    redactor.register('se\u001bcret');
    l.info('token se\u001bcret');
    l.fail('token se\u001bcret');
    expect(core.messages('info')).toEqual(['token ***']);
    expect(core.failed).toBe('token ***');
  });
});
