import type { Redactor } from './redact.js';
import type { ActionCore } from './runtime.js';

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Ends the step as failed with this message (the only `::error::` the action prints). */
  fail(message: string): void;
}

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escapeControl = (c: string) =>
  NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * One line the runner cannot read a workflow command out of: control characters escaped
 * visibly, no `::` at its start (the runner trims leading blanks first), no `##[` anywhere.
 */
export function neutralise(text: string): string {
  return text
    .replace(CONTROL, escapeControl)
    .replace(/##\[/g, '##\\[')
    .replace(/^(\s*):(?=:)/, '$1:\\');
}

/** At most `max` characters (code points) of `text`, with an ellipsis where it was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max * 2));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/**
 * For messages `@actions/core` wraps in a command, which %-encodes LF itself: the action's own
 * line breaks stay readable, and each line is neutralised as if it stood alone.
 */
const neutraliseLines = (text: string) => text.split('\n').map(neutralise).join('\n');

/** Everything the action prints goes through here: scrubbed of every secret, then neutralised. */
export function createLog(core: ActionCore, redactor: Redactor): Log {
  const line = (message: string) => neutralise(redactor.scrub(message));
  const lines = (message: string) => neutraliseLines(redactor.scrub(message));
  return {
    info: (message) => core.info(line(message)),
    warning: (message) => core.warning(lines(message)),
    debug: (message) => core.debug(lines(message)),
    fail: (message) => core.setFailed(lines(message)),
    async group(name, work) {
      core.startGroup(line(name));
      try {
        return await work();
      } finally {
        core.endGroup();
      }
    },
  };
}
