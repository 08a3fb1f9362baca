import type { Drift } from './drift.js';
import type { DryRunResult } from './dry-run.js';
import type { Connection } from '../platform/flow-service/schemas.js';
import { InputError, type Config, type GenericConfig } from './inputs.js';
import type { Log } from '../github/log.js';
import type { Redactor } from '../github/redact.js';
import { resultLine, summaryMarkdown, type Report } from './report.js';
import type { ActionCore } from '../github/runtime.js';
import { outputSetter, writeJobSummary } from '../github/summary.js';
import type { Done } from './apply.js';
import type { Settled } from './verify.js';
import { isoDate } from './jwt.js';
import { salesforceOrgId } from './salesforce.js';

type OutputName =
  | 'connection-id'
  | 'etag'
  | 'outcome'
  | 'state'
  | 'connection-spec-id'
  | 'drift'
  | 'jwt-expires-at'
  | 'salesforce-org-id';

/** The outcomes that write the inputs' credentials into the connection. */
const WRITES_CREDENTIALS: ReadonlySet<string> = new Set([
  'created',
  'updated',
  'would-create',
  'would-update',
]);

/**
 * The one owner of the step's results: each stage hands it what it found, it sets the outputs at
 * once (a cleanup step needs `connection-id` even when verify then fails), and at the end writes
 * the job summary and the result line, with whatever was known when the run ended.
 */
export class Publisher {
  readonly #report: Report = {};
  readonly #output: (name: OutputName, value: string | undefined) => void;
  #requestedAuthType: string | undefined;
  /** When the JWT the inputs give expires: known only of a token this run writes. */
  #jwtExpiresAt: string | undefined;
  #failure: string | undefined;

  constructor(
    private readonly core: ActionCore,
    private readonly redactor: Redactor,
    private readonly log: Log,
  ) {
    this.#output = outputSetter<OutputName>(core);
  }

  /** From the raw inputs, before they are validated: the heading needs them even when invalid. */
  identify(name: string, sandbox: string): void {
    this.#report.name = this.#text(name) || undefined;
    this.#report.sandbox = this.#text(sandbox) || undefined;
  }

  configured(config: Config | GenericConfig, requestedAuthType: string): void {
    this.#report.specId = config.connection.specId;
    this.#report.verification = config.verify
      ? { status: 'not run' }
      : { status: 'skipped', reason: 'verify: false' };
    this.#requestedAuthType = requestedAuthType;
    const auth = 'salesforce' in config ? config.salesforce.auth : undefined;
    if (auth?.type === 'oauth2-jwt-token') this.#jwtExpiresAt = isoDate(auth.expiry.expiresAt);
  }

  /** The one connection found, as a reuse (real or planned) leaves it. */
  reusing(connection: Connection, drift: Drift[]): void {
    this.#report.authType = connection.auth && this.#text(connection.auth.specName);
    this.#report.drift = drift.map((d) => ({ ...d, stored: this.#value(d.stored) }));
    if (drift.length > 0) this.#output('drift', drift.map((d) => d.field).join(','));
    this.#orgId(connection);
  }

  /** Before a write: what Salesforce said of the credentials, or why it was not asked. */
  salesforceCredentials(result: string): void {
    this.#report.salesforceCredentials = result;
  }

  /** The connection exists now. */
  connected(done: Done): void {
    const { id, etag } = done.ref;
    this.#output('connection-id', id);
    this.#output('etag', etag);
    this.#output('outcome', done.outcome);
    this.#output('connection-spec-id', this.#report.specId);
    this.#report.outcome = done.outcome;
    this.#report.connectionId = id;
    if (done.outcome !== 'reused') this.#report.authType = this.#requestedAuthType;
    this.#jwtWritten(done.outcome);
  }

  settled({ state, verification, connection }: Settled): void {
    this.#output('state', state);
    this.#report.state = state;
    this.#orgId(connection);
    if (verification) {
      this.#report.verification = verification.ok
        ? { status: 'passed', objects: verification.objects }
        : { status: 'failed', message: this.#text(verification.error.message) };
    }
  }

  /** A dry run: what a real run would do, with the connection it would reuse or update. */
  planned({ outcome, connection, plannedRequest }: DryRunResult): void {
    this.#output('connection-id', connection?.id);
    this.#output('etag', connection?.etag);
    this.#output('outcome', outcome);
    this.#output('state', connection?.state);
    this.#output('connection-spec-id', this.#report.specId);
    this.#report.outcome = outcome;
    this.#report.connectionId = connection?.id;
    this.#report.state = connection?.state;
    this.#report.verification = { status: 'skipped', reason: 'dry run' };
    this.#report.plannedRequest = this.#text(plannedRequest);
    this.#jwtWritten(outcome);
    if (!connection) this.#report.authType = this.#requestedAuthType;
    else if (connection.auth) this.#report.authType = this.#text(connection.auth.specName);
  }

  failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.#failure = message;
    this.#report.failure =
      error instanceof InputError
        ? { problems: error.problems.map((p) => this.#text(p)) }
        : { message: this.#text(message) };
  }

  /** The summary, the result line and, last, the failure. Never throws. */
  async finish(): Promise<void> {
    await writeJobSummary(this.core, this.redactor, this.log, summaryMarkdown(this.#report));
    this.log.info(resultLine(this.#report));
    if (this.#failure !== undefined) this.log.fail(this.#failure);
  }

  #jwtWritten(outcome: string): void {
    if (this.#jwtExpiresAt === undefined || !WRITES_CREDENTIALS.has(outcome)) return;
    this.#output('jwt-expires-at', this.#jwtExpiresAt);
    this.#report.jwtExpiresAt = this.#jwtExpiresAt;
  }

  #orgId(connection: Connection | undefined): void {
    const orgId = salesforceOrgId(connection);
    this.#output('salesforce-org-id', orgId);
    if (orgId) this.#report.salesforceOrgId = orgId;
  }

  /** Scrubbed before the summary escapes it: escaping could split a secret the scrub looks for. */
  #text(text: string): string {
    return this.redactor.scrub(text);
  }

  #value(value: unknown): unknown {
    return typeof value === 'string' ? this.#text(value) : value;
  }
}
