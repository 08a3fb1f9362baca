/** Flow Service's connection spec of the Salesforce source, the same in every organization. */
export const SALESFORCE_CONNECTION_SPEC_ID = 'cfc0fee1-7dc0-40ef-b73e-d8b134c436f5';
