import { describe, expect, it } from 'vitest';
import { parseRunInputs, readRawInputs } from '../../src/connection/inputs.js';
import { inputProblems } from './support/connection-inputs.js';

/** Any source: the Adobe inputs, and auth given whole. */
const GENERIC: Record<string, string> = {
  'client-id': 'adobe-client',
  'client-secret': 'adobe-secret',
  'org-id': '0123456789ABCDEF01234567@AdobeOrg',
  name: 'Dynamics CRM',
  'connection-spec-id': '38ad80fe-8b06-4938-94f4-d4ee80266b07',
};

const problemsWith = (inputs: Record<string, string>) =>
  inputProblems(() =>
    parseRunInputs(
      readRawInputs((name) => inputs[name]),
      Date.parse('2026-11-28T12:00:00Z'),
    ),
  );

describe('auth-spec-name and auth-params', () => {
  it('asks for the other one when only one is given', () => {
    expect(problemsWith({ ...GENERIC, 'auth-spec-name': 'Basic Authentication' })).toEqual([
      'auth-params is required with auth-spec-name, auth-params',
    ]);
  });

  it('refuses auth-params longer than one secret holds, without quoting it', () => {
    const text = JSON.stringify({ password: 'p'.repeat(70_000) });
    const problems = problemsWith({ ...GENERIC, 'auth-spec-name': 'Basic', 'auth-params': text });
    expect(problems).toEqual(['auth-params is longer than 65536 characters']);
  });

  it('names every Salesforce input given beside them, salesforce-include-deleted-objects too', () => {
    const given = {
      ...GENERIC,
      'auth-spec-name': 'Basic Authentication',
      'auth-params': '{"serviceUri":"https://acme.crm.dynamics.com"}',
      'salesforce-client-id': 'sf-client',
      'salesforce-include-deleted-objects': 'true',
    };
    expect(problemsWith(given)).toEqual([
      'salesforce-client-id, salesforce-include-deleted-objects cannot be used with auth-spec-name and auth-params: give the Salesforce inputs, or auth-spec-name and auth-params (the whole auth of any source), not both',
    ]);
  });
});
