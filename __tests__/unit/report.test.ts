import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultLine, summaryMarkdown, type Report } from '../../src/connection/report.js';
import { hostileText } from '../support/hostile-text.js';

const report: Report = {
  name: 'Salesforce CRM',
  sandbox: 'prod',
  specId: 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5',
  authType: 'OAuth2 Client Credential',
  verification: { status: 'skipped', reason: 'verify: false' },
};

/** A table row of exactly two cells, `|` inside a cell escaped. */
const ROW = /^\|((?:\\.|[^\\|])*)\|((?:\\.|[^\\|])*)\|$/;

/** The lines of the table, and what the fenced block holds, read the way CommonMark reads them. */
function structure(markdown: string) {
  const lines = markdown.split(/\r\n|\r|\n/);
  const table = lines.slice(2, lines.indexOf('', 2));
  const open = lines.findIndex((l) => /^`{3,}http$/.test(l));
  if (open < 0) return { table, block: undefined };
  const fence = lines[open]!.replace('http', '');
  const close = lines.findIndex(
    (l, i) => i > open && new RegExp(`^ {0,3}${fence}\`*[ \t]*$`).test(l),
  );
  return { table, block: lines.slice(open + 1, close).join('\n'), rest: lines.slice(close + 1) };
}

describe('summaryMarkdown', () => {
  it('keeps each value in its own cell: | escaped, line breaks of any kind made spaces', () => {
    const markdown = summaryMarkdown({
      ...report,
      name: 'a | b\nc\r\nd\re',
      verification: { status: 'failed', message: 'x\n| Injected | row |' },
    });
    expect(markdown).toContain('| Name | a \\| b c d e |');
    expect(markdown).toContain('| Verification | failed: x \\| Injected \\| row \\| |');
    expect(structure(markdown).table).toHaveLength(10);
  });

  it('fences the planned request with more backticks than any run inside it', () => {
    const planned = 'POST /connections\n\n{"description": "```\\n````` done"}\n```';
    const markdown = summaryMarkdown({ ...report, plannedRequest: planned });
    expect(markdown).toContain(`\n\`\`\`\`\`\`http\n${planned}\n\`\`\`\`\`\`\n`);
    expect(structure(markdown)).toMatchObject({ block: planned, rest: [''] });
  });

  it('uses the ordinary three-backtick fence when the request holds none', () => {
    const markdown = summaryMarkdown({ ...report, plannedRequest: 'POST /connections' });
    expect(markdown).toContain('\n```http\nPOST /connections\n```\n');
  });

  it('never lets outside text add a row or close the block, whatever it holds', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (name, message, request) => {
        const plannedRequest = `POST /connections\n\n${request}`;
        const verification = { status: 'failed', message } as const;
        const markdown = summaryMarkdown({ ...report, name, verification, plannedRequest });
        const { table, block } = structure(markdown);
        expect(table).toHaveLength(10);
        for (const row of table) expect(row).toMatch(ROW);
        const contentLines = `${plannedRequest}\n`.split(/\r\n|\r|\n/).slice(0, -1);
        expect(block).toBe(contentLines.join('\n'));
      }),
    );
  });
});

describe('summaryMarkdown of a failed run', () => {
  it('heads the summary with the connection and sandbox, escaped into one line', () => {
    const markdown = summaryMarkdown({ name: 'a | *b*\n## c', sandbox: 'dev' });
    expect(markdown.split('\n')[0]).toBe(
      '## Salesforce base connection "a \\| \\*b\\* ## c" in sandbox dev',
    );
    expect(summaryMarkdown({}).split('\n')[0]).toBe('## Salesforce base connection');
  });

  it('lists input problems one a line, each kept on its line', () => {
    const markdown = summaryMarkdown({ failure: { problems: ['x is wrong', 'y\n- injected'] } });
    expect(markdown).toContain('\n### Invalid inputs\n\n- x is wrong\n- y - injected\n');
  });

  it('fences any other failure so that nothing in it closes the block', () => {
    const message = 'POST failed\n```\n# not a heading';
    expect(summaryMarkdown({ failure: { message } })).toContain(
      `\n### Failed\n\n\`\`\`\`text\n${message}\n\`\`\`\`\n`,
    );
  });

  it('tabulates drift with stored and requested values, absent ones as none', () => {
    const markdown = summaryMarkdown({
      drift: [
        { field: 'apiVersion', stored: undefined, requested: '60.0' },
        { field: 'environmentUrl', stored: 'https://x|y', requested: 'https://a' },
      ],
    });
    expect(markdown).toContain(
      '| Field | Stored | Requested |\n|---|---|---|\n' +
        '| apiVersion | none | "60.0" |\n' +
        '| environmentUrl | "https://x\\|y" | "https://a" |\n',
    );
  });
});

describe('resultLine', () => {
  it('names the connection by id once it exists, else by name, with what became of it', () => {
    expect(
      resultLine({
        ...report,
        connectionId: 'c1',
        outcome: 'reused',
        state: 'enabled',
        verification: { status: 'passed', objects: 6 },
      }),
    ).toBe('Salesforce base connection c1 in sandbox prod: reused, enabled, verified');
    expect(resultLine({ name: 'CRM', sandbox: 'dev', failure: { problems: ['x'] } })).toBe(
      'Salesforce base connection "CRM" in sandbox dev: failed',
    );
  });

  it('says when verification failed, was off, or the run was a dry run, and names drift', () => {
    const base = { ...report, connectionId: 'c1', state: 'enabled' };
    expect(
      resultLine({
        ...base,
        outcome: 'created',
        verification: { status: 'failed', message: 'x' },
        failure: { message: 'Verification failed: x' },
      }),
    ).toBe('Salesforce base connection c1 in sandbox prod: created, enabled, verification failed');
    expect(resultLine({ ...base, outcome: 'updated' })).toBe(
      'Salesforce base connection c1 in sandbox prod: updated, enabled, not verified (verify: false)',
    );
    expect(
      resultLine({
        ...base,
        outcome: 'would-reuse',
        verification: { status: 'skipped', reason: 'dry run' },
        drift: [{ field: 'description', stored: 'a', requested: 'b' }],
      }),
    ).toBe(
      'Salesforce base connection c1 in sandbox prod: would-reuse, enabled, nothing changed (dry run), drift in description',
    );
  });
});
