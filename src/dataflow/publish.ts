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
import type { Schedule } from '../platform/flow-service/schemas.js';
import type { Done, PieceOutcome } from './apply.js';
import { runStatus, type Run } from './first-run.js';
import { chainNames, PIECES, type ChainPlan, type Piece } from './plan.js';

type OutputName =
  | 'dataflow-id'
  | 'source-connection-id'
  | 'target-connection-id'
  | 'mapping-set-id'
  | 'mapping-version'
  | 'flow-spec-id'
  | 'outcome'
  | 'state'
  | 'drift'
  | 'run-id'
  | 'run-status'
  | 'records-read'
  | 'records-written'
  | 'records-failed';

const PIECE_OUTPUT: Record<Piece, OutputName> = {
  source: 'source-connection-id',
  target: 'target-connection-id',
  mapping: 'mapping-set-id',
  flow: 'dataflow-id',
};

const PIECE_LABEL: Record<Piece, string> = {
  source: 'Source connection',
  target: 'Target connection',
  mapping: 'Mapping set',
  flow: 'Dataflow',
};

type Outcome = PieceOutcome | `would-${'create' | 'reuse' | 'update'}`;

interface Row {
  name: string;
  id?: string;
  outcome?: string;
}

/** `every 15 minutes from 2026-01-31T08:00:00.000Z, with backfill`. */
export function scheduleInWords(s: Schedule): string {
  const from = new Date(s.startTime * 1000).toISOString();
  if (s.frequency === 'once') return `once, at ${from}`;
  const every = s.interval === 1 ? `every ${s.frequency}` : `every ${s.interval} ${s.frequency}s`;
  return `${every} from ${from}, ${s.backfill ? 'with' : 'without'} backfill`;
}

const cell = (value: string | undefined) => (value === undefined ? '—' : inline(value));

/**
 * The one owner of the step's results: each stage hands it what it found, it sets the outputs at
 * once, and at the end writes the job summary and the result line.
 */
export class Publisher implements StepPublisher {
  readonly #output: (name: OutputName, value: string | undefined) => void;
  #name: string | undefined;
  #sandbox: string | undefined;
  #schedule: string | undefined;
  #rows: Partial<Record<Piece, Row>> = {};
  #outcome: Outcome | undefined;
  #state: string | undefined;
  #drift: string[] = [];
  #run: Run | undefined;
  #requests: string[] = [];
  #failure: { problems: string[] } | { message: string } | undefined;
  #failureText: string | undefined;

  constructor(
    private readonly core: ActionCore,
    private readonly redactor: Redactor,
    private readonly log: Log,
  ) {
    this.#output = outputSetter<OutputName>(core);
  }

  /** From the raw inputs, before they are validated: the heading needs them even when invalid. */
  identify(name: string, sandbox: string): void {
    this.#name = this.#text(name) || undefined;
    this.#sandbox = this.#text(sandbox) || undefined;
    if (this.#name) {
      const names = chainNames(this.#name);
      for (const piece of PIECES) this.#rows[piece] = { name: names[piece] };
    }
  }

  configured(schedule: Schedule): void {
    this.#schedule = scheduleInWords(schedule);
  }

  flowSpec(id: string): void {
    this.#output('flow-spec-id', id);
  }

  /** A reused or updated chain's differences from the inputs. */
  drift(drift: string[]): void {
    this.#drift = drift;
    this.#output('drift', drift.join(','));
  }

  /** A dry run: what a real run would do, with the ids it would use. */
  planned(plan: Exclude<ChainPlan, { action: 'fail' }>, requests: string[]): void {
    this.#setOutcome(`would-${plan.action === 'build' ? 'create' : plan.action}`);
    for (const step of plan.steps) {
      const id = step.action === 'create' ? undefined : step.id;
      this.#piece(step.piece, id, `would ${step.action}`);
    }
    if (plan.action !== 'build') this.#setState(plan.flow.state);
    this.#requests = requests.map((r) => this.#text(r));
  }

  /** A piece that exists now: published at once, as a later stop would leave it unnamed. */
  reached(piece: Piece, id: string, outcome: PieceOutcome): void {
    this.#piece(piece, id, outcome);
  }

  done(done: Done): void {
    this.#setOutcome(done.outcome);
    const { ids } = done;
    const idOf: Record<Piece, string> = {
      source: ids.source,
      target: ids.target,
      mapping: ids.mapping,
      flow: ids.flow,
    };
    for (const piece of PIECES) this.#piece(piece, idOf[piece], done.pieces[piece]);
    this.#output('mapping-version', String(ids.mappingVersion));
    this.#setState(done.state);
  }

  ran(run: Run): void {
    this.#run = run;
    const records = run.metrics?.recordSummary;
    this.#output('run-id', run.id);
    this.#output('run-status', runStatus(run));
    this.#output('records-read', records?.inputRecordCount?.toString());
    this.#output('records-written', records?.outputRecordCount?.toString());
    this.#output('records-failed', records?.failedRecordCount?.toString());
  }

  failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.#failureText = message;
    this.#failure =
      error instanceof InputError
        ? { problems: error.problems.map((p) => this.#text(p)) }
        : { message: this.#text(message) };
  }

  async finish(): Promise<void> {
    await writeJobSummary(this.core, this.redactor, this.log, this.#markdown());
    this.log.info(this.#resultLine());
    if (this.#failureText !== undefined) this.log.fail(this.#failureText);
  }

  #setOutcome(outcome: Outcome): void {
    this.#outcome = outcome;
    this.#output('outcome', outcome);
  }

  #setState(state: string | undefined): void {
    this.#state = state;
    this.#output('state', state);
  }

  #piece(piece: Piece, id: string | undefined, outcome: string): void {
    this.#output(PIECE_OUTPUT[piece], id);
    this.#rows[piece] = { name: this.#rows[piece]?.name ?? '', ...(id ? { id } : {}), outcome };
  }

  #resultLine(): string {
    const name = this.#name ?? '(no name)';
    if (this.#failure) return `Dataflow "${name}": failed`;
    const id = this.#rows.flow?.id ?? 'not created';
    const dry = this.#outcome?.startsWith('would-') ? ' (dry run: nothing written)' : '';
    return `Dataflow "${name}": ${this.#outcome ?? 'unknown'} ${id}${dry}`;
  }

  #markdown(): string {
    const heading = `## Dataflow ${cell(this.#name)}${this.#sandbox ? ` in sandbox ${inline(this.#sandbox)}` : ''}`;
    const rows = PIECES.flatMap((piece) => {
      const row = this.#rows[piece];
      if (!row) return [];
      return [
        `| ${PIECE_LABEL[piece]} | ${cell(row.name)} | ${cell(row.id)} | ${cell(row.outcome)} |`,
      ];
    });
    const facts: Array<[string, string | undefined]> = [
      ['Outcome', this.#outcome],
      ['State', this.#state],
      ['Schedule', this.#schedule],
      ['Drift', this.#drift.length > 0 ? this.#drift.join(', ') : undefined],
    ];
    const run = this.#run;
    const records = run?.metrics?.recordSummary;
    return [
      heading,
      '',
      '| Piece | Name | Id | Outcome |',
      '|---|---|---|---|',
      ...rows,
      '',
      ...facts.filter(([, v]) => v !== undefined).map(([k, v]) => `- ${k}: ${cell(v)}`),
      ...(run
        ? [
            `- First run: ${cell(run.id)} ${cell(runStatus(run))}, records read ${records?.inputRecordCount ?? '—'}, written ${records?.outputRecordCount ?? '—'}, failed ${records?.failedRecordCount ?? '—'}`,
          ]
        : []),
      ...(this.#failure && 'problems' in this.#failure
        ? ['', '### Invalid inputs', '', ...this.#failure.problems.map((p) => `- ${inline(p)}`)]
        : []),
      ...(this.#failure && 'message' in this.#failure
        ? ['', '### Failed', '', ...codeBlock('text', this.#failure.message)]
        : []),
      ...(this.#requests.length > 0
        ? [
            '',
            '### Planned requests (dry run)',
            '',
            ...codeBlock('http', this.#requests.join('\n\n')),
          ]
        : []),
      '',
    ].join('\n');
  }

  #text(text: string): string {
    return this.redactor.scrub(text);
  }
}
