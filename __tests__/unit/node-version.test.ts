import { describe, expect, it } from 'vitest';
import { isYamlMap, parseYamlMap, readRepoFile, type YamlMap } from './support/repo.js';

const nodeVersion = readRepoFile('.node-version').content.trim();

/** The value at `path` in a YAML file, or undefined. */
function at(file: string, ...path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (isYamlMap(node) ? node[key] : undefined),
    parseYamlMap(readRepoFile(file)),
  );
}

/** Every `with:` of an actions/setup-node step in a workflow. */
function setupNodeInputs(file: string): unknown[] {
  const jobs = at(file, 'jobs');
  return Object.values(isYamlMap(jobs) ? jobs : {}).flatMap((job) => {
    const steps = isYamlMap(job) && Array.isArray(job['steps']) ? (job['steps'] as unknown[]) : [];
    return steps
      .filter(
        (step): step is YamlMap =>
          isYamlMap(step) && String(step['uses']).startsWith('actions/setup-node@'),
      )
      .map((step) => step['with']);
  });
}

describe('one Node version, written once in .node-version', () => {
  it('is a major version', () => {
    expect(nodeVersion).toMatch(/^\d+$/);
  });

  it('is the runtime action.yml declares', () => {
    expect(at('action.yml', 'runs', 'using')).toBe(`node${nodeVersion}`);
  });

  it.each(['.github/workflows/ci.yml', '.github/workflows/check-dist.yml'])(
    'is what every setup-node step of %s reads',
    (file) => {
      const inputs = setupNodeInputs(file);
      expect(inputs.length).toBeGreaterThan(0);
      for (const input of inputs) {
        expect(input).toMatchObject({
          'node-version-file': expect.stringMatching(
            /^(\.node-version|\$\{\{ matrix\.node-version-file \}\})$/,
          ),
        });
      }
    },
  );

  it('is tested in CI beside the oldest Node package.json allows, and no other', () => {
    const engines = (
      JSON.parse(readRepoFile('package.json').content) as { engines: { node: string } }
    ).engines.node;
    const oldest = Number(/^>=(\d+)$/.exec(engines)?.[1]);
    expect(at('.github/workflows/ci.yml', 'jobs', 'test', 'strategy', 'matrix')).toEqual({
      include: [
        { node: 'of .node-version', 'node-version-file': '.node-version' },
        { node: oldest, 'node-version': oldest },
      ],
    });
  });

  it('is the Node .ci/run runs the end-to-end tests under a second time', () => {
    const script = readRepoFile('.ci/action-node.sh').content;
    expect(script).toContain('.node-version');
    expect(script).not.toMatch(/\b24\b/);
  });
});
