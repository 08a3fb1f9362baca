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
