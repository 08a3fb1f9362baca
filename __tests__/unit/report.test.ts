import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryMarkdown, type Report } from '../../src/report.js';
import { hostileText } from '../support/hostile-text.js';

const report: Report = {
  name: 'Salesforce CRM',
  sandbox: 'prod',
  specId: 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5',
  authType: 'OAuth2 Client Credential',
  verification: 'skipped',
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
      verification: 'failed: x\n| Injected | row |',
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
      fc.property(hostileText, hostileText, hostileText, (name, verification, request) => {
        const plannedRequest = `POST /connections\n\n${request}`;
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
