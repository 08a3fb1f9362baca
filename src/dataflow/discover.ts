import type { Log } from '../github/log.js';
import type { Catalog, SchemaRef } from '../platform/catalog.js';
import type { DataPrep, Mapping } from '../platform/data-prep.js';
import type { FlowService } from '../platform/flow-service/client.js';
import { findNamed } from '../platform/flow-service/lookup.js';
import type { Column } from '../platform/flow-service/schemas.js';
import { attributeSources } from './mapping.js';
import { chainNames, type Found } from './plan.js';

/** The flow spec of CRM sources; its id is read from Flow Service, never assumed. */
const CRM_FLOW_SPEC = 'CRMToAEP';

/** What Platform says about the inputs before anything is planned. */
export interface Context {
  /** The base connection's connection spec, which the source connection takes. */
  connectionSpec: { id: string; version: string };
  columns: Column[];
  flowSpecId: string;
  schemaRef: SchemaRef;
}

export interface Services {
  flow: FlowService;
  catalog: Catalog;
  dataPrep: DataPrep;
  log: Log;
}

const MAX_CLOSE = 5;

/** Names that differ from `wanted` only in case, or start alike: what a typo most likely meant. */
export function closeNames(wanted: string, names: string[]): string[] {
  const lower = wanted.toLowerCase();
  const stem = lower.slice(0, 3);
  return names
    .filter((n) => n.toLowerCase() === lower || n.toLowerCase().startsWith(stem))
    .slice(0, MAX_CLOSE);
}

function missingObject(object: string, tables: string[]): Error {
  const close = closeNames(object, tables);
  const hint = close.length > 0 ? ` Close names: ${close.join(', ')}.` : '';
  return new Error(
    `object ${object} is not a table of this Salesforce connection (names are case-sensitive).${hint}`,
  );
}

/** The selected columns as explore answers them; every column the inputs name must be one. */
function selectColumns(
  all: Column[],
  wanted: string[],
  needed: { deltaColumn: string; mappings: Mapping[] },
): Column[] {
  const selected = wanted.length === 0 ? all : all.filter((c) => wanted.includes(c.name));
  const have = new Set(selected.map((c) => c.name));
  const known = new Set(all.map((c) => c.name));
  const problems = [
    ...wanted
      .filter((c) => !known.has(c))
      .map((c) => `columns: ${c} is not a column of the object`),
    ...(have.has(needed.deltaColumn) || !known.has(needed.deltaColumn)
      ? []
      : [`delta-column ${needed.deltaColumn} must be one of the selected columns`]),
    ...(known.has(needed.deltaColumn)
      ? []
      : [`delta-column: ${needed.deltaColumn} is not a column of the object`]),
    ...attributeSources(needed.mappings)
      .filter((source) => !have.has(source))
      .map((source) => `mapping: source ${source} is not a selected column`),
  ];
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return selected;
}

export async function discover(
  s: Services,
  config: {
    connectionId: string;
    object: string;
    columns: string[];
    datasetId: string;
    deltaColumn: string;
  },
  mappings: Mapping[],
): Promise<Context> {
  const base = await s.flow.get('connections', config.connectionId);
  const tables = (await s.flow.explore(config.connectionId)).map((t) => t.name);
  if (!tables.includes(config.object)) throw missingObject(config.object, tables);
  const all = await s.flow.exploreTable(config.connectionId, config.object);
  const columns = selectColumns(all, config.columns, { deltaColumn: config.deltaColumn, mappings });
  const [spec, ...others] = await s.flow.flowSpecs(CRM_FLOW_SPEC);
  if (!spec || others.length > 0)
    throw new Error(
      `GET /flowSpecs found ${others.length + (spec ? 1 : 0)} flow specs named ${CRM_FLOW_SPEC}, not one`,
    );
  if (!spec.sourceConnectionSpecIds.includes(base.connectionSpec.id))
    throw new Error(
      `Connection ${base.id} has connection spec ${base.connectionSpec.id}, which flow spec ${CRM_FLOW_SPEC} (${spec.id}) does not take: connection-id must be a Salesforce base connection.`,
    );
  const schemaRef = await s.catalog.datasetSchema(config.datasetId);
  s.log.info(
    `${config.object}: ${columns.length} column(s); flow spec ${CRM_FLOW_SPEC} ${spec.id}; dataset schema ${schemaRef.id}`,
  );
  return {
    connectionSpec: { id: base.connectionSpec.id, version: base.connectionSpec.version ?? '1.0' },
    columns,
    flowSpecId: spec.id,
    schemaRef,
  };
}

/** Each piece looked up by its derived name; source connections by their base connection too. */
export async function lookUp(s: Services, name: string, connectionId: string): Promise<Found> {
  const names = chainNames(name);
  const byBase = `baseConnectionId==${connectionId}`;
  const found: Found = {
    source: await findNamed(
      s.flow,
      'sourceConnections',
      names.source,
      [byBase],
      (c) => c.baseConnectionId === connectionId,
    ),
    target: await findNamed(s.flow, 'targetConnections', names.target, []),
    mapping: await s.dataPrep.findByName(names.mapping),
    flow: await findNamed(s.flow, 'flows', names.flow, []),
  };
  const counts = (['source', 'target', 'mapping', 'flow'] as const).map(
    (piece) => `${piece}: ${found[piece].map((item) => item.id).join(', ') || 'none'}`,
  );
  s.log.info(`Found by name: ${counts.join('; ')}`);
  return found;
}
