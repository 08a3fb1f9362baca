import { DYNAMICS_SPEC_ID, INVENTED_FILE_SOURCE_SPEC_ID, SALESFORCE_SPEC_ID } from './config.js';
import type { FlowCall } from './connections.js';
import { DATA_LAKE_SPEC_ID } from './dataflow-config.js';
import { flowError, notFound } from './errors.js';
import type { Reply } from './http.js';

/** A param of an auth spec's JSON Schema, as the simulator reads it back when it validates. */
export interface ParamSchema {
  type: 'string' | 'boolean' | 'integer';
  description: string;
  format?: 'password';
  [adobeKeyword: string]: unknown;
}

export interface AuthSpec {
  name: string;
  type: string;
  spec: {
    $schema: string;
    type: 'object';
    description: string;
    properties: Record<string, ParamSchema>;
    required: string[];
  };
}

export interface ConnectionSpec {
  id: string;
  name: string;
  providerId: string;
  version: string;
  attributes: Record<string, unknown>;
  authSpec: AuthSpec[];
  sourceSpec?: Record<string, unknown>;
  targetSpec?: Record<string, unknown>;
  exploreSpec?: { name: string; type: string };
  permissionsInfo: Record<string, unknown>;
}

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
/** The provider id of the official examples' connection specs. */
const PROVIDER_ID = '0ed90a81-07f4-4586-8190-b40eccef1c5a';

const text = (description: string): ParamSchema => ({ type: 'string', description });
const secret = (description: string): ParamSchema => ({
  type: 'string',
  description,
  format: 'password',
});

function authSpec(
  name: string,
  type: string,
  properties: Record<string, ParamSchema>,
  required: string[],
): AuthSpec {
  const description = `Defines auth params required for connecting with ${name}.`;
  return {
    name,
    type,
    spec: { $schema: DRAFT_07, type: 'object', description, properties, required },
  };
}

/** The permissions of an enterprise source, as the official examples show them. */
const ENTERPRISE_SOURCE = {
  manage: { '@type': 'lowLevel', name: 'EnterpriseSource', permissions: ['write'] },
  view: { '@type': 'lowLevel', name: 'EnterpriseSource', permissions: ['read'] },
};

/** A CRM source's sourceSpec: a table and its columns, the official Dynamics example's shape. */
function crmSourceSpec(label: string, icon: string): Record<string, unknown> {
  return {
    spec: {
      $schema: DRAFT_07,
      type: 'object',
      description: `Defines params required when ${label} connection is used as a source in flow.`,
      properties: {
        tableName: { type: 'string', description: `The input table from ${label}.` },
        columns: { type: 'array', items: { type: 'object' } },
      },
      required: ['tableName', 'columns'],
    },
    attributes: {
      uiAttributes: { isSource: true, category: { key: 'crm' }, icon: { key: icon } },
    },
  };
}

const TABULAR_EXPLORE = { name: 'Tabular', type: 'Tabular' };

const apiVersion = text('The Salesforce API version, such as 60.0; blank means the latest.');

const SALESFORCE: ConnectionSpec = {
  id: SALESFORCE_SPEC_ID,
  name: 'Salesforce',
  providerId: PROVIDER_ID,
  version: '1.0',
  attributes: { category: 'CRM', isSource: true, uiAttributes: { apiFeatures: {} } },
  authSpec: [
    authSpec(
      'OAuth2 Client Credential',
      'OAuth2ClientCredential',
      {
        environmentUrl: text('The URL of your Salesforce instance.'),
        clientId: text('The consumer key of your connected app.'),
        clientSecret: secret('The consumer secret of your connected app.'),
        apiVersion,
        includeDeletedObjects: {
          type: 'boolean',
          description: 'Whether soft-deleted records are ingested too.',
        },
      },
      ['environmentUrl', 'clientId', 'clientSecret'],
    ),
    authSpec(
      'Basic Authentication',
      'BasicAuthentication',
      {
        environmentUrl: text('The URL of your Salesforce instance.'),
        username: text('The username of your Salesforce account.'),
        password: secret('The password of your Salesforce account.'),
        securityToken: secret('The security token of your Salesforce account.'),
        apiVersion,
      },
      ['environmentUrl', 'username', 'password', 'securityToken'],
    ),
    authSpec(
      'OAuth2 JWT Token Credential',
      'OAuth2JwtTokenCredential',
      {
        jwtToken: secret('An RS256 JWT signed with the connected app certificate key.'),
        clientId: text('The consumer key of your connected app.'),
        clientSecret: secret('The consumer secret of your connected app.'),
        instanceUrl: text('The URL of your Salesforce instance.'),
      },
      ['jwtToken', 'clientId', 'clientSecret', 'instanceUrl'],
    ),
  ],
  sourceSpec: crmSourceSpec('salesforce', 'salesforce'),
  exploreSpec: TABULAR_EXPLORE,
  permissionsInfo: ENTERPRISE_SOURCE,
};

/**
 * Modelled for tests: the id is Adobe's, the auth specs follow the official examples' Dynamics
 * spec (`serviceUri`, `username`, `password`) and Adobe's documented service-principal params.
 */
const DYNAMICS: ConnectionSpec = {
  id: DYNAMICS_SPEC_ID,
  name: 'Microsoft Dynamics',
  providerId: PROVIDER_ID,
  version: '1.0',
  attributes: {
    category: 'CRM',
    isSource: true,
    documentationLink: 'http://www.adobe.com/go/data-connector-Microsoft-Dynamics-en',
    uiAttributes: { apiFeatures: { explorePaginationSupported: false } },
  },
  authSpec: [
    authSpec(
      'Service Principal Based Authentication',
      'ServicePrincipalBasedAuthentication',
      {
        serviceUri: text('The service URL of your Dynamics instance.'),
        servicePrincipalId: text('The client id of the Azure AD application.'),
        servicePrincipalKey: secret('The client secret of the Azure AD application.'),
      },
      ['serviceUri', 'servicePrincipalId', 'servicePrincipalKey'],
    ),
    authSpec(
      'Basic Authentication',
      'BasicAuthentication',
      {
        serviceUri: text('The service URL of your Dynamics instance.'),
        username: text('User name for the user account.'),
        password: secret('Password for the user account.'),
      },
      ['username', 'password', 'serviceUri'],
    ),
  ],
  sourceSpec: crmSourceSpec('dynamics-online', 'msDynamics'),
  exploreSpec: TABULAR_EXPLORE,
  permissionsInfo: ENTERPRISE_SOURCE,
};

/**
 * Invented for tests, not an Adobe connection spec: a source whose explore is not tabular, so a
 * connection of it is checked with `/test`. Its key carries `restAttributes` and `uiAttributes`
 * the way Adobe's self-serve source specs do.
 */
const INVENTED_FILE_SOURCE: ConnectionSpec = {
  id: INVENTED_FILE_SOURCE_SPEC_ID,
  name: 'simulated-file-store',
  providerId: PROVIDER_ID,
  version: '1.0',
  attributes: { category: 'Cloud Storage', isSource: true },
  authSpec: [
    authSpec(
      'Access Key Authentication',
      'KeyBased',
      {
        host: {
          ...text('The host of the file store.'),
          uiAttributes: { placeholder: 'files.example.com' },
        },
        accessKey: {
          ...secret('The access key of the account.'),
          restAttributes: { headerParamName: 'X-Access-Key' },
        },
        port: { type: 'integer', description: 'The port of the file store.' },
      },
      ['host', 'accessKey'],
    ),
  ],
  sourceSpec: {
    attributes: { uiAttributes: { isSource: true, category: { key: 'cloudStorage' } } },
  },
  exploreSpec: { name: 'FileSystem', type: 'FileSystem' },
  permissionsInfo: ENTERPRISE_SOURCE,
};

/** A target (destination) spec: no sourceSpec, no auth; dataflows write to the data lake. */
const DATA_LAKE: ConnectionSpec = {
  id: DATA_LAKE_SPEC_ID,
  name: 'Data Lake',
  providerId: PROVIDER_ID,
  version: '1.0',
  attributes: { category: 'Database', isSource: false },
  authSpec: [],
  targetSpec: {
    name: 'Data Lake',
    attributes: { uiAttributes: { isDestination: true, category: 'adobe' } },
  },
  permissionsInfo: {},
};

const CONNECTION_SPECS: ConnectionSpec[] = [SALESFORCE, DYNAMICS, INVENTED_FILE_SOURCE, DATA_LAKE];

/** The served spec of a connection; any other id answers 1413-400 as Flow Service does. */
export function connectionSpecOf(id: string): ConnectionSpec {
  const spec = CONNECTION_SPECS.find((s) => s.id === id);
  if (spec === undefined) {
    throw flowError(
      '1413-400',
      'Invalid connection specification',
      `Connection spec id ${id} is not valid.`,
    );
  }
  return spec;
}

/** Every param an auth spec of any served connection spec marks `format: "password"`. */
export const SECRET_PARAM_NAMES: ReadonlySet<string> = new Set(
  CONNECTION_SPECS.flatMap((s) => s.authSpec).flatMap((a) =>
    Object.entries(a.spec.properties).flatMap(([name, p]) => (p.format === 'password' ? name : [])),
  ),
);

/** `GET /connectionSpecs/{id}`: `{items: [one]}`, or Flow Service's 404 for an unknown id. */
export function readConnectionSpec(_call: FlowCall, id: string): Reply {
  const spec = CONNECTION_SPECS.find((s) => s.id === id);
  if (spec === undefined) throw notFound(`Connection spec ${id}`);
  return { status: 200, body: { items: [structuredClone(spec)] } };
}
