/** `::name key=value,…::message` at the start of a line (after leading blanks), as v2 commands. */
const COMMAND = /^::([\w-]+)(?: [^:]*)?::(.*)$/;
const ANNOTATIONS: Record<string, string> = {
  error: 'Error',
  warning: 'Warning',
  notice: 'Notice',
};
const ESCAPED: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' };
const MASK = '***';

/** Command data as @actions/core escapes it: `%`, CR and LF as `%25`, `%0D`, `%0A`. */
function unescapeData(data: string): string {
  return data.replace(/%(?:25|0D|0A)/g, (escape) => ESCAPED[escape] ?? escape);
}

/**
 * A step's output as the GitHub runner shows it in the log: `::add-mask::` lines are consumed
 * and their values shown as `***` from then on, debug lines are hidden, groups and annotations
 * are drawn. Outside a runner the raw protocol would print every masked secret.
 */
export class RunnerLog {
  readonly #secrets = new Set<string>();
  #indent = '';

  /** Starts with the values the runner masks before the step runs (the `secrets.*` it uses). */
  constructor(secrets: readonly string[] = []) {
    for (const secret of secrets) this.#addMask(secret);
  }

  render(output: string): string {
    return output
      .split(/\r?\n/)
      .filter((line, index, lines) => line !== '' || index < lines.length - 1)
      .flatMap((line) => this.#show(line).map((shown) => `${this.mask(shown)}\n`))
      .join('');
  }

  /** Any text with every registered value replaced by `***`, the longest values first. */
  mask(text: string): string {
    const secrets = [...this.#secrets].sort((a, b) => b.length - a.length);
    return secrets.reduce((masked, secret) => masked.split(secret).join(MASK), text);
  }

  #addMask(value: string): void {
    if (value !== '') this.#secrets.add(value);
  }

  #show(line: string): string[] {
    const command = COMMAND.exec(line.trimStart());
    if (command === null) return [this.#indent + line];
    const [, name = '', data = ''] = command;
    const message = unescapeData(data);
    switch (name) {
      case 'add-mask':
        this.#addMask(message);
        return [];
      case 'debug':
        return [];
      case 'group':
        this.#indent = '  ';
        return [`▼ ${message}`];
      case 'endgroup':
        this.#indent = '';
        return [];
    }
    const label = ANNOTATIONS[name];
    return label === undefined ? [line] : `${label}: ${message}`.split('\n');
  }
}
