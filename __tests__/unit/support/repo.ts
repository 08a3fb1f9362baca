import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface RepoFile {
  path: string;
  content: string;
}

interface ActionInput {
  name: string;
  required: boolean;
  default: string | undefined;
}

export interface ActionMetadata {
  inputs: ActionInput[];
  outputs: string[];
}

export type YamlMap = Record<string, unknown>;

export function isYamlMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readRepoFile(path: string): RepoFile {
  return { path, content: readFileSync(join(repoRoot, path), 'utf8') };
}

export function yamlFilesIn(folder: string): RepoFile[] {
  return readdirSync(join(repoRoot, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => readRepoFile(`${folder}/${name}`));
}

export function parseYamlMap(file: RepoFile): YamlMap {
  const document: unknown = parse(file.content);
  if (!isYamlMap(document)) throw new Error(`${file.path} is not a YAML mapping`);
  return document;
}

function toInput(name: string, spec: unknown): ActionInput {
  const fields = isYamlMap(spec) ? spec : {};
  const value = fields['default'];
  return {
    name,
    required: fields['required'] === true,
    // A YAML scalar (string, number or boolean), as the runner turns it into text.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    default: value === undefined || value === null ? undefined : String(value),
  };
}

/** `action.yml` is the root action's; `dataflow/action.yml` and `teardown/action.yml` the sub-path actions'. */
export function readActionMetadata(path = 'action.yml'): ActionMetadata {
  const action = parseYamlMap(readRepoFile(path));
  const inputs = isYamlMap(action['inputs']) ? action['inputs'] : {};
  const outputs = isYamlMap(action['outputs']) ? action['outputs'] : {};
  return {
    inputs: Object.entries(inputs).map(([name, spec]) => toInput(name, spec)),
    outputs: Object.keys(outputs),
  };
}

/** What the runner puts in `INPUT_<NAME>` for an input the workflow leaves out. */
export function actionDefaults(path = 'action.yml'): Record<string, string> {
  const declared = readActionMetadata(path).inputs.flatMap((input) =>
    input.default === undefined ? [] : [[input.name, input.default] as const],
  );
  return Object.fromEntries(declared);
}
