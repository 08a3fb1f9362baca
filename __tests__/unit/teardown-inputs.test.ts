import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/platform/inputs.js';
import { DEFAULTS, INPUT_NAMES, parseInputs, readRawInputs } from '../../src/teardown/inputs.js';
import { readActionMetadata } from './support/repo.js';

const ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const raw = (given: Record<string, string>) =>
  readRawInputs(
    (name) =>
      ({ 'client-id': 'c', 'client-secret': 'secret!!', 'org-id': 'O@AdobeOrg', ...given })[name],
  );

function problems(given: Record<string, string>): string[] {
  try {
    parseInputs(raw(given));
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
}

describe('teardown inputs', () => {
  it('keeps the names and defaults in step with teardown/action.yml', () => {
    const action = readActionMetadata('teardown/action.yml');
    expect(action.inputs.map((i) => i.name).sort()).toEqual([...INPUT_NAMES].sort());
    const declared = action.inputs.flatMap((i) =>
      i.default === undefined ? [] : [[i.name, i.default]],
    );
    expect(Object.fromEntries(declared)).toEqual(DEFAULTS);
  });

  it.each([
    [{ 'connection-id': ID }, { by: 'connection-id', id: ID, cascade: false }],
    [
      { name: 'CRM', cascade: 'true' },
      { by: 'name', name: 'CRM', specId: 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5', cascade: true },
    ],
    [{ 'dataflow-id': ID }, { by: 'dataflow-id', id: ID }],
  ])('reads the target from %j', (given, target) => {
    expect(parseInputs(raw(given))).toMatchObject({ target, missingOk: true, dryRun: false });
  });

  it('refuses cascade with dataflow-id, naming both', () => {
    expect(problems({ 'dataflow-id': ID, cascade: 'true' })).toEqual([
      'cascade is for a base connection (connection-id or name), not with dataflow-id',
    ]);
  });

  it('names all three target inputs when more than one is set', () => {
    expect(problems({ 'connection-id': ID, name: 'CRM', 'dataflow-id': ID })).toEqual([
      'exactly one of connection-id, name, dataflow-id is required: connection-id and name and dataflow-id are all set',
    ]);
  });
});
