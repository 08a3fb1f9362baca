import { describe, expect, it } from 'vitest';
import { readActionMetadata, readRepoFile } from './support/repo.js';

interface TableRow {
  name: string;
  cells: string[];
}

const readme = readRepoFile('README.md').content;

/** From the heading to the next heading of its level or above. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`README has no "${heading}" section`);
  const level = heading.indexOf(' ');
  const above = new RegExp(`^#{1,${level}} `);
  const end = lines.findIndex((line, index) => index > start && above.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function backticked(cell: string): string | undefined {
  return /^`([^`]+)`$/.exec(cell)?.[1];
}

function tableRows(markdown: string): TableRow[] {
  const rows = markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .slice(2) // the header and the |---| line
    .map(splitRow);
  return rows.map((cells) => ({ name: backticked(cells[0] ?? '') ?? `?${cells[0]}`, cells }));
}

function documentedDefault(row: TableRow): string | undefined {
  return backticked(row.cells[1] ?? '');
}

/** Each action of the repository: its metadata and the README sections that document it. */
const ACTIONS = [
  { metadata: 'action.yml', inputs: '## Inputs', outputs: '## Outputs' },
  {
    metadata: 'dataflow/action.yml',
    inputs: '## Dataflow action inputs',
    outputs: '## Dataflow action outputs',
  },
];

describe.each(ACTIONS)('$metadata', ({ metadata, inputs, outputs }) => {
  const action = readActionMetadata(metadata);
  const inputRows = tableRows(section(readme, inputs));
  const outputRows = tableRows(section(readme, outputs));

  describe(`README ${inputs} table`, () => {
    it('lists exactly the inputs of its action.yml, in a backticked first column', () => {
      expect(inputRows.map((row) => row.name).sort()).toEqual(
        action.inputs.map((input) => input.name).sort(),
      );
    });

    it.each(action.inputs.map((input) => [input.name, input] as const))(
      'shows the default of %s as its action.yml declares it',
      (name, input) => {
        const row = inputRows.find((candidate) => candidate.name === name);
        expect(row && documentedDefault(row)).toBe(input.default);
      },
    );

    it.each(action.inputs.filter((input) => input.required).map((input) => [input.name] as const))(
      'marks %s as required',
      (name) => {
        const row = inputRows.find((candidate) => candidate.name === name);
        expect(row?.cells[1]).toBe('required');
      },
    );

    it('gives every input a description', () => {
      const undescribed = inputRows.filter((row) => (row.cells[2] ?? '') === '');
      expect(undescribed.map((row) => row.name)).toEqual([]);
    });
  });

  describe(`README ${outputs} table`, () => {
    it('lists exactly the outputs of its action.yml, in a backticked first column', () => {
      expect(outputRows.map((row) => row.name).sort()).toEqual([...action.outputs].sort());
    });

    it('gives every output a description', () => {
      const undescribed = outputRows.filter((row) => (row.cells[1] ?? '') === '');
      expect(undescribed.map((row) => row.name)).toEqual([]);
    });
  });
});

describe('README ## Teardown action tables', () => {
  const teardown = readActionMetadata('teardown/action.yml');
  const inputs = tableRows(section(readme, '### Teardown inputs'));
  const outputs = tableRows(section(readme, '### Teardown outputs'));

  it('list exactly the inputs and outputs of teardown/action.yml', () => {
    expect(inputs.map((row) => row.name).sort()).toEqual(teardown.inputs.map((i) => i.name).sort());
    expect(outputs.map((row) => row.name).sort()).toEqual([...teardown.outputs].sort());
  });

  it.each(teardown.inputs.map((input) => [input.name, input] as const))(
    'show the default of %s as teardown/action.yml declares it, or required',
    (name, input) => {
      const row = inputs.find((candidate) => candidate.name === name);
      if (input.required) expect(row?.cells[1]).toBe('required');
      else expect(row && documentedDefault(row)).toBe(input.default);
    },
  );

  it('describe every input and output', () => {
    const undescribed = [
      ...inputs.filter((row) => (row.cells[2] ?? '') === ''),
      ...outputs.filter((row) => (row.cells[1] ?? '') === ''),
    ];
    expect(undescribed.map((row) => row.name)).toEqual([]);
  });
});

describe('README quick start', () => {
  it.each(['npm ci && npm start', 'npm ci && npm test'])('shows `%s`', (command) => {
    expect(readme).toContain(`\`\`\`sh\n${command}\n\`\`\``);
  });
});
