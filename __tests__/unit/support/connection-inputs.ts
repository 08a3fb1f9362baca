import { InputError } from '../../../src/connection/inputs.js';

/** The root action's inputs for an OAuth2 Client Credential connection, as a workflow gives them. */
export const OAUTH_INPUTS: Readonly<Record<string, string>> = {
  'client-id': 'adobe-client',
  'client-secret': 'adobe-secret',
  'org-id': '0123456789ABCDEF01234567@AdobeOrg',
  name: 'Salesforce CRM',
  'salesforce-environment-url': 'https://acme.my.salesforce.com',
  'salesforce-client-id': 'sf-client',
  'salesforce-client-secret': 'sf-secret',
};

/** The problems the InputError of `parse` lists; that it throws one is part of the expectation. */
export function inputProblems(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected an InputError');
}
