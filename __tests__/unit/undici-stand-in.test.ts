import { expect, it } from 'vitest';
import { ProxyAgent } from '../../src/platform/undici-stand-in.js';

it('the stand-in for undici refuses to work rather than pretend to', () => {
  expect(() => new ProxyAgent()).toThrow(
    'undici is not bundled with this action (getAgentDispatcher is not supported)',
  );
});
