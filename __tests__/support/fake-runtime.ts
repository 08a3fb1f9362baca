import { httpClientTransport } from '../../src/platform/transport.js';
import type { ActionCore, Clock, Runtime, Transport } from '../../src/github/runtime.js';
import { actionDefaults } from '../unit/support/repo.js';
import { escapeData } from './runner-commands.js';

const DEFAULTS = actionDefaults();

export type LogLine = {
  level: 'info' | 'warning' | 'debug' | 'group' | 'endgroup';
  message: string;
};

/** A recording `core`: what the runner would show, in order, and what it would keep. */
export class FakeCore implements ActionCore {
  readonly outputs: Record<string, string> = {};
  readonly secrets: string[] = [];
  readonly lines: LogLine[] = [];
  failed: string | undefined;
  summary = '';

  private readonly inputs: Record<string, string>;

  /** Like the runner, fills in action.yml's default for each input left out (not for an empty one). */
  constructor(given: Record<string, string>, defaults: Record<string, string> = DEFAULTS) {
    this.inputs = { ...defaults, ...given };
  }

  getInput(name: string): string {
    return (this.inputs[name] ?? '').trim();
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  setSecret(secret: string): void {
    this.secrets.push(secret);
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  startGroup(name: string): void {
    this.lines.push({ level: 'group', message: name });
  }
  endGroup(): void {
    this.lines.push({ level: 'endgroup', message: '' });
  }
  setFailed(message: string): void {
    this.failed = message;
  }
  async writeSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }

  messages(level: LogLine['level']): string[] {
    return this.lines.filter((l) => l.level === level).map((l) => l.message);
  }

  /**
   * Stdout as `@actions/core` would have written it: `info` raw, every other call as a
   * `::command::` whose message has `%`, CR and LF %-encoded. Masks first, the failure last.
   */
  stdout(): string {
    const command = (name: string, message: string) => `::${name}::${escapeData(message)}`;
    const lines = [
      ...this.secrets.map((secret) => command('add-mask', secret)),
      ...this.lines.map(({ level, message }) =>
        level === 'info' ? message : command(level, message),
      ),
      ...(this.failed === undefined ? [] : [command('error', this.failed)]),
    ];
    return lines.map((line) => `${line}\n`).join('');
  }

  /** Everything this step made visible: logs, outputs, summary and the failure message. */
  visibleText(): string {
    return [
      ...this.lines.map((l) => l.message),
      ...Object.values(this.outputs),
      this.summary,
      this.failed ?? '',
    ].join('\n');
  }
}

/** A clock whose sleeps return at once and are recorded; time advances by what was slept. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];

  /** A fixed day by default; a test whose tokens the simulator dates with the real clock starts now. */
  constructor(private time = Date.parse('2026-11-28T12:00:00Z')) {}

  now = (): number => this.time;
  random = (): number => 0.5;
  sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.time += ms;
  };
}

export function fakeRuntime(
  inputs: Record<string, string>,
  transport: Transport = httpClientTransport(),
): Runtime & { core: FakeCore; clock: FakeClock } {
  return { core: new FakeCore(inputs), clock: new FakeClock(), transport };
}
