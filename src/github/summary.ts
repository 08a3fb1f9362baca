import { neutralise, type Log } from './log.js';
import type { Redactor } from './redact.js';
import type { ActionCore } from './runtime.js';

/**
 * Inline text: line breaks (CR too) made spaces, other control characters shown escaped, and
 * Markdown's special characters escaped, so it stays one cell or one heading.
 */
export const inlineMarkdown = (value: string) =>
  neutralise(value.replace(/\r\n|\r|\n/g, ' ')).replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);

/** A fenced code block no line of `content` can close: its fence outruns every backtick run. */
export function codeBlock(info: string, content: string): string[] {
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return [`${fence}${info}`, content, fence];
}

/** The job summary, scrubbed last; one that cannot be written is a warning, never a failure. */
export async function writeJobSummary(
  core: ActionCore,
  redactor: Redactor,
  log: Log,
  markdown: string,
): Promise<void> {
  try {
    await core.writeSummary(redactor.scrub(markdown));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warning(`Could not write the job summary: ${reason}`);
  }
}

/** Sets outputs that have a value: an unknown one is left unset rather than set empty. */
export function outputSetter<Name extends string>(
  core: ActionCore,
): (name: Name, value: string | undefined) => void {
  return (name, value) => {
    if (value !== undefined) core.setOutput(name, value);
  };
}
