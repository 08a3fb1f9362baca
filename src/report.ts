import type { ActionCore } from './runtime.js';

export type Outcome =
  'created' | 'reused' | 'updated' | 'would-create' | 'would-reuse' | 'would-update';

export interface Outputs {
  'connection-id'?: string;
  etag?: string;
  outcome?: Outcome;
  state?: string;
  'connection-spec-id'?: string;
}

/** What the job summary shows; never a secret (planned requests arrive already masked). */
export interface Report {
  name: string;
  sandbox: string;
  specId: string;
  authType: string;
  outcome?: Outcome;
  connectionId?: string;
  state?: string;
  verification: string;
  /** Set when a write was planned: what Salesforce said of the credentials, or why it was not asked. */
  salesforceCredentials?: string;
  plannedRequest?: string;
}

export function setOutputs(core: ActionCore, outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) core.setOutput(name, value);
  }
}

/** A table cell: Markdown's special characters escaped, and any line ending (CR too) a space. */
const cell = (value: string | undefined) =>
  (value ?? '—').replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, ' ');

/** A fenced code block no line of `content` can close: its fence outruns every backtick run. */
function codeBlock(info: string, content: string): string[] {
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return [`${fence}${info}`, content, fence];
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
    ['Verification', r.verification],
    ...(r.salesforceCredentials
      ? [['Salesforce credentials', r.salesforceCredentials] as [string, string]]
      : []),
  ];
  const table = ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)];
  const planned = r.plannedRequest
    ? ['', '### Planned request', '', ...codeBlock('http', r.plannedRequest)]
    : [];
  return ['## AEP Salesforce connection', '', ...table, ...planned, ''].join('\n');
}
