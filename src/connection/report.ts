import { shownValue, type Drift } from './drift.js';
import { codeBlock, inlineMarkdown as inline } from '../github/summary.js';
import type { Outcome } from './outcome.js';

type VerificationReport =
  | { status: 'passed'; objects?: number | undefined }
  | { status: 'failed'; message: string }
  | { status: 'skipped'; reason: 'verify: false' | 'dry run' }
  | { status: 'not run' };

/** Invalid inputs are listed one problem a line; any other failure is its message. */
type Failure = { problems: string[] } | { message: string };

/**
 * What the job summary and the result line show: whatever the run learnt before it ended.
 * Never a secret: the publisher scrubs every text before it lands here.
 */
export interface Report {
  name?: string | undefined;
  sandbox?: string | undefined;
  specId?: string;
  /** The auth type the connection has (or would have) after the run, not the one requested. */
  authType?: string | undefined;
  outcome?: Outcome;
  connectionId?: string | undefined;
  state?: string | undefined;
  verification?: VerificationReport;
  drift?: Drift[];
  /** When the JWT this run writes (or would write) expires, ISO 8601 UTC. */
  jwtExpiresAt?: string;
  salesforceOrgId?: string;
  /** Set when a write was planned: what Salesforce said of the credentials, or why it was not asked. */
  salesforceCredentials?: string;
  plannedRequest?: string;
  failure?: Failure;
}

/** A table cell; an unknown value is a dash. */
const cell = (value: string | undefined) => (value === undefined ? '—' : inline(value));

function verificationCell(v: VerificationReport | undefined): string | undefined {
  if (v === undefined) return undefined;
  switch (v.status) {
    case 'passed':
      return v.objects === undefined ? 'passed (connection test)' : `passed (${v.objects} objects)`;
    case 'failed':
      return `failed: ${v.message}`;
    case 'skipped':
      return v.reason === 'dry run' ? 'skipped (dry run)' : 'skipped';
    case 'not run':
      return 'not run';
  }
}

/** `Salesforce base connection <id or "name"> in sandbox <sandbox>`, with what is known. */
function subject(r: Report): string {
  const which = r.connectionId ?? (r.name ? `"${r.name}"` : undefined);
  return [
    'Salesforce base connection',
    ...(which ? [which] : []),
    ...(r.sandbox ? [`in sandbox ${r.sandbox}`] : []),
  ].join(' ');
}

function heading(r: Report): string {
  const which = r.name ? ` ${inline(`"${r.name}"`)}` : '';
  const where = r.sandbox ? ` in sandbox ${inline(r.sandbox)}` : '';
  return `## Salesforce base connection${which}${where}`;
}

const VERIFICATION_WORDS: Record<VerificationReport['status'], string | undefined> = {
  passed: 'verified',
  failed: 'verification failed',
  skipped: undefined,
  'not run': undefined,
};

/** One plain line with the result, printed after the groups so nothing needs expanding. */
export function resultLine(r: Report): string {
  const v = r.verification;
  const verification =
    v?.status === 'skipped'
      ? v.reason === 'dry run'
        ? 'nothing changed (dry run)'
        : 'not verified (verify: false)'
      : v && VERIFICATION_WORDS[v.status];
  const words = [
    r.outcome,
    r.state,
    verification,
    r.drift?.length ? `drift in ${r.drift.map((d) => d.field).join(', ')}` : undefined,
    r.failure && v?.status !== 'failed' ? 'failed' : undefined,
  ].filter((word) => word !== undefined);
  return `${subject(r)}: ${words.join(', ')}`;
}

function failureSection(failure: Failure): string[] {
  return 'problems' in failure
    ? ['', '### Invalid inputs', '', ...failure.problems.map((p) => `- ${inline(p)}`)]
    : ['', '### Failed', '', ...codeBlock('text', failure.message)];
}

function driftSection(drift: Drift[]): string[] {
  const row = (d: Drift) =>
    `| ${cell(d.field)} | ${cell(shownValue(d.stored))} | ${cell(shownValue(d.requested))} |`;
  return [
    '',
    '### Drift from the inputs',
    '',
    '| Field | Stored | Requested |',
    '|---|---|---|',
    ...drift.map(row),
  ];
}

export function summaryMarkdown(r: Report): string {
  const rows: Array<[string, string | undefined]> = [
    ['Name', r.name],
    ['Connection id', r.connectionId],
    ['Sandbox', r.sandbox],
    ['Connection spec', r.specId],
    ['Auth type', r.authType],
    ['Outcome', r.outcome],
    ['State', r.state],
    ['Verification', verificationCell(r.verification)],
    ...(r.jwtExpiresAt ? [['JWT expires at', r.jwtExpiresAt] as [string, string]] : []),
    ...(r.salesforceOrgId ? [['Salesforce org id', r.salesforceOrgId] as [string, string]] : []),
    ...(r.salesforceCredentials
      ? [['Salesforce credentials', r.salesforceCredentials] as [string, string]]
      : []),
  ];
  const table = ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)];
  return [
    heading(r),
    '',
    ...table,
    ...(r.failure ? failureSection(r.failure) : []),
    ...(r.drift?.length ? driftSection(r.drift) : []),
    ...(r.plannedRequest
      ? ['', '### Planned request', '', ...codeBlock('http', r.plannedRequest)]
      : []),
    '',
  ].join('\n');
}
