/** A workflow command as the GitHub runner would read it out of one line of a step's stdout. */
export interface RunnerCommand {
  format: 'v2' | 'v1';
  command: string;
  line: string;
}

/** `::name key=value::message`, found only at the start of a line (leading blanks are trimmed). */
const V2 = /^::([^\s:]+)/;
/** `##[name key=value]message`, found anywhere in a line by the runner's older parser. */
const V1 = /##\[([^\]\s;]+)/;

/**
 * Every command the runner would find in `stdout`. It reads lines split on CR, LF or CRLF,
 * tries the v2 syntax first (after trimming leading whitespace), then the v1 syntax anywhere.
 */
export function runnerCommands(stdout: string): RunnerCommand[] {
  return stdout.split(/\r\n|\r|\n/).flatMap((line): RunnerCommand[] => {
    const v2 = V2.exec(line.trimStart());
    if (v2) return [{ format: 'v2', command: v2[1]!, line }];
    const v1 = V1.exec(line);
    return v1 ? [{ format: 'v1', command: v1[1]!, line }] : [];
  });
}

/** What `@actions/core` does to a command's message: `%`, CR and LF %-encoded. */
export function escapeData(message: string): string {
  return message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The commands the action itself issues through `@actions/core` (besides `add-mask`). */
const OWN = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup']);

/**
 * Commands in `stdout` the action did not mean to issue: any v1 command, any v2 command it never
 * issues, and any `add-mask` of something other than one of `secrets`.
 */
export function foreignCommands(stdout: string, secrets: readonly string[]): RunnerCommand[] {
  const masks = new Set(secrets.map((secret) => `::add-mask::${escapeData(secret)}`));
  const own = (c: RunnerCommand) =>
    c.format === 'v2' &&
    (OWN.has(c.command) || (c.command === 'add-mask' && masks.has(c.line.trimStart())));
  return runnerCommands(stdout).filter((c) => !own(c));
}
