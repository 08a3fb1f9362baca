import { type FlowCall } from './connections.js';
import type { Column } from './dataflow-types.js';
import { invalidRequest, notFound } from './errors.js';
import type { Reply } from './http.js';
import { connectionSpecOf } from './connection-specs.js';
import { sourceFailure } from './connection-test.js';

const text = (name: string): Column => ({ name, type: 'string', xdm: { type: 'string' } });
const flag = (name: string): Column => ({ name, type: 'boolean', xdm: { type: 'boolean' } });
const number = (name: string): Column => ({ name, type: 'double', xdm: { type: 'number' } });
const date = (name: string): Column => ({
  name,
  type: 'string',
  xdm: { type: 'string', format: 'date' },
});
const instant = (name: string): Column => ({
  name,
  type: 'string',
  xdm: { type: 'string', format: 'date-time' },
});

const SYSTEM_COLUMNS = [
  flag('IsDeleted'),
  instant('CreatedDate'),
  instant('LastModifiedDate'),
  instant('SystemModstamp'),
];

/**
 * The Salesforce objects the simulated org has, each with its columns (system columns last); every
 * tabular source of the simulator serves them.
 */
const TABLES: Record<string, Column[]> = {
  Account: [
    text('Id'),
    text('Name'),
    text('Type'),
    text('Industry'),
    number('AnnualRevenue'),
    number('NumberOfEmployees'),
    text('BillingCity'),
    text('BillingCountry'),
    text('Phone'),
    text('Website'),
    text('OwnerId'),
  ],
  Contact: [
    text('Id'),
    text('AccountId'),
    text('FirstName'),
    text('LastName'),
    text('Name'),
    text('Email'),
    text('Phone'),
    text('MobilePhone'),
    text('Title'),
    text('MailingCity'),
    text('MailingCountry'),
    date('Birthdate'),
    flag('HasOptedOutOfEmail'),
  ],
  Lead: [
    text('Id'),
    text('FirstName'),
    text('LastName'),
    text('Name'),
    text('Email'),
    text('Company'),
    text('Status'),
    text('LeadSource'),
    flag('IsConverted'),
  ],
  Opportunity: [
    text('Id'),
    text('AccountId'),
    text('Name'),
    text('StageName'),
    number('Amount'),
    date('CloseDate'),
    number('Probability'),
    flag('IsClosed'),
    flag('IsWon'),
  ],
  Campaign: [
    text('Id'),
    text('Name'),
    text('Type'),
    text('Status'),
    date('StartDate'),
    date('EndDate'),
    flag('IsActive'),
    number('BudgetedCost'),
  ],
  Case: [
    text('Id'),
    text('AccountId'),
    text('ContactId'),
    text('CaseNumber'),
    text('Subject'),
    text('Status'),
    text('Priority'),
    text('Origin'),
    flag('IsClosed'),
    instant('ClosedDate'),
  ],
  Invoice__c: [
    text('Id'),
    text('Name'),
    text('Account__c'),
    number('Amount__c'),
    text('Status__c'),
    date('Due_Date__c'),
  ],
};

/** The columns of a Salesforce object, or undefined for an object the org does not have. */
export function tableColumns(table: string): Column[] | undefined {
  const columns = Object.hasOwn(TABLES, table) ? TABLES[table] : undefined;
  return columns && structuredClone([...columns, ...SYSTEM_COLUMNS]);
}

function rootTables(): unknown[] {
  return Object.keys(TABLES).map((name) => ({
    type: 'table',
    name,
    path: name,
    canPreview: true,
    canFetchSchema: true,
  }));
}

function tableSchema(object: string | undefined): unknown {
  if (object === undefined) throw invalidRequest('The object parameter is required for TABLE.');
  const columns = tableColumns(object);
  if (columns === undefined) {
    throw invalidRequest(`Error from flow provider: sObject type '${object}' is not supported.`);
  }
  return { format: 'flat', schema: { columns } };
}

/** `GET /connections/{id}/explore`: objectType `root` or `table`, either case (the spec says upper). */
export function exploreConnection(call: FlowCall, id: string): Reply {
  const connection = call.store.find(call.caller.scope, id);
  if (connection === undefined) throw notFound(`Connection ${id}`);
  const objectType = call.request.query.objectType?.[0]?.toUpperCase();
  if (objectType !== 'ROOT' && objectType !== 'TABLE') {
    throw invalidRequest('Only objectType ROOT and TABLE are simulated.');
  }
  if (connection.state !== 'enabled') {
    throw invalidRequest(
      `Error from flow provider: the connection is ${connection.state}, not enabled.`,
    );
  }
  const spec = connectionSpecOf(connection.connectionSpec.id);
  if (spec.exploreSpec?.type !== 'Tabular') {
    throw invalidRequest(`Explore is not supported for connection spec ${spec.id}.`);
  }
  const failure = sourceFailure(connection, call.config);
  if (failure !== undefined) {
    throw invalidRequest(
      `Error from flow provider: connection to ${spec.name} failed: ${failure}.`,
    );
  }
  const body = objectType === 'ROOT' ? rootTables() : tableSchema(call.request.query.object?.[0]);
  return { status: 200, body };
}
