import type { Log } from '../github/log.js';
import type { Redactor } from '../github/redact.js';
import type { ActionCore } from '../github/runtime.js';
import type { StepPublisher } from '../github/step.js';
import {
  codeBlock,
  inlineMarkdown as inline,
  outputSetter,
  writeJobSummary,
} from '../github/summary.js';
import { InputError } from '../platform/inputs.js';
import { KINDS, type Kind, type Resource } from './plan.js';

type Outcome = 'deleted' | 'absent' | 'would-delete';

type OutputName =
  | 'outcome'
  | 'deleted-connection-id'
  | 'deleted-dataflow-ids'
  | 'deleted-source-connection-ids'
  | 'deleted-target-connection-ids'
  | 'kept-mapping-set-ids';

const LIST_OUTPUTS: Record<Exclude<Kind, 'base-connection'>, OutputName> = {
  dataflow: 'deleted-dataflow-ids',
  'source-connection': 'deleted-source-connection-ids',
  'target-connection': 'deleted-target-connection-ids',
};

type Failure = { problems: string[] } | { message: string };

/**
 * The one owner of the teardown's results: stages hand it what they found and did; at the end it
 * sets the outputs (what is gone, even after a failure), writes the summary and the result line.
 */
export class TeardownPublisher implements StepPublisher {
  readonly #deleted: Resource[] = [];
  #keptMappingSets: string[] = [];
  #planned: string[] = [];
  #subject: string | undefined;
  #sandbox: string | undefined;
  #outcome: Outcome | undefined;
  #failure: { text: string; shown: Failure } | undefined;

  constructor(
    private readonly core: ActionCore,
    private readonly redactor: Redactor,
    private readonly log: Log,
  ) {}

  identify(sandbox: string): void {
    this.#sandbox = this.#text(sandbox) || undefined;
  }

  target(described: string): void {
    this.#subject = this.#text(described);
  }

  absent(): void {
    this.#outcome = 'absent';
  }

  keeping(mappingSetIds: string[]): void {
    this.#keptMappingSets = mappingSetIds;
  }

  deleted(resource: Resource): void {
    this.#deleted.push({ ...resource, name: resource.name && this.#text(resource.name) });
  }

  done(): void {
    this.#outcome = 'deleted';
  }

  /** A dry run: the DELETEs a real run would send, in order. */
  wouldDelete(requests: string[]): void {
    this.#outcome = 'would-delete';
    this.#planned = requests;
  }

  failed(error: unknown): void {
    const text = error instanceof Error ? error.message : String(error);
    this.#failure = {
      text,
      shown:
        error instanceof InputError
          ? { problems: error.problems.map((p) => this.#text(p)) }
          : { message: this.#text(text) },
    };
  }

  async finish(): Promise<void> {
    this.#setOutputs();
    await writeJobSummary(this.core, this.redactor, this.log, this.#summary());
    this.log.info(this.#resultLine());
    if (this.#failure !== undefined) this.log.fail(this.#failure.text);
  }

  #setOutputs(): void {
    const output = outputSetter<OutputName>(this.core);
    output('outcome', this.#outcome);
    if (this.#outcome === 'would-delete') return;
    if (this.#outcome === undefined && this.#deleted.length === 0) return;
    const ids = (kind: Kind) => this.#deleted.filter((r) => r.kind === kind).map((r) => r.id);
    output('deleted-connection-id', ids('base-connection').join(','));
    for (const [kind, name] of Object.entries(LIST_OUTPUTS)) {
      output(name, ids(kind as Kind).join(','));
    }
    output('kept-mapping-set-ids', this.#keptMappingSets.join(','));
  }

  #resultLine(): string {
    const subject = `Teardown of ${this.#subject ?? 'Flow Service resources'}${this.#sandbox ? ` in sandbox ${this.#sandbox}` : ''}`;
    const words = [
      this.#outcome === 'would-delete'
        ? `would delete ${this.#planned.length} resource(s), nothing changed (dry run)`
        : this.#outcome,
      this.#deleted.length > 0 || this.#outcome === 'deleted'
        ? `${this.#deleted.length} resource(s) deleted`
        : undefined,
      this.#keptMappingSets.length > 0 && this.#outcome !== 'would-delete'
        ? `${this.#keptMappingSets.length} mapping set(s) kept`
        : undefined,
      this.#failure ? 'failed' : undefined,
    ].filter((word) => word !== undefined);
    return `${subject}: ${words.join(', ')}`;
  }

  #summary(): string {
    const heading = `## Teardown${this.#subject ? ` of ${inline(this.#subject)}` : ''}${this.#sandbox ? ` in sandbox ${inline(this.#sandbox)}` : ''}`;
    const row = (r: Resource) =>
      `| ${KINDS[r.kind].label} | ${r.name === undefined ? '—' : inline(r.name)} | ${r.id} |`;
    const failure = this.#failure?.shown;
    return [
      heading,
      '',
      `Outcome: ${this.#outcome ?? (failure ? 'failed' : 'not known')}`,
      ...(this.#deleted.length > 0
        ? [
            '',
            '### Deleted',
            '',
            '| Kind | Name | Id |',
            '|---|---|---|',
            ...this.#deleted.map(row),
          ]
        : []),
      ...(this.#keptMappingSets.length > 0
        ? [
            '',
            '### Kept mapping sets (Data Prep has no DELETE for them)',
            '',
            ...this.#keptMappingSets.map((id) => `- ${inline(id)}`),
          ]
        : []),
      ...(this.#planned.length > 0
        ? ['', '### Planned requests (dry run)', '', ...codeBlock('http', this.#planned.join('\n'))]
        : []),
      ...(failure === undefined
        ? []
        : 'problems' in failure
          ? ['', '### Invalid inputs', '', ...failure.problems.map((p) => `- ${inline(p)}`)]
          : ['', '### Failed', '', ...codeBlock('text', failure.message)]),
      '',
    ].join('\n');
  }

  #text(text: string): string {
    return this.redactor.scrub(text);
  }
}
