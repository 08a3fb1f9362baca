import { FLOW_SERVICE_PATH } from '../platform/flow-service/client.js';
import type {
  Connection,
  ConnectionAuth,
  PatchOperation,
} from '../platform/flow-service/schemas.js';
import type { IfExists } from './inputs.js';

export interface Desired {
  name: string;
  description: string | undefined;
  sandboxName: string;
  auth: ConnectionAuth;
}

export type Plan =
  | { action: 'create' }
  | { action: 'reuse'; connection: Connection }
  | { action: 'update'; connection: Connection; patch: PatchOperation[]; authTypeChanged: boolean }
  | { action: 'fail'; reason: string };

/** A plan the run carries out (or, in a dry run, describes). */
export type ActionablePlan = Exclude<Plan, { action: 'fail' }>;

/** Flow Service replaces `/auth/params` whole, so the patch always carries the complete object. */
export function updatePatch(existing: Connection, desired: Desired): PatchOperation[] {
  const authTypeChanged = existing.auth?.specName !== desired.auth.specName;
  const patch: PatchOperation[] = authTypeChanged
    ? [{ op: 'replace', path: '/auth', value: desired.auth }]
    : [{ op: 'replace', path: '/auth/params', value: desired.auth.params }];
  if (desired.description !== undefined) {
    const op = existing.description === undefined ? 'add' : 'replace';
    patch.push({ op, path: '/description', value: desired.description });
  }
  return patch;
}

/** Oldest first when every connection has its creation time; else as listed, and `dated` says which. */
export function oldestFirst(connections: Connection[]): { ordered: Connection[]; dated: boolean } {
  const dated = connections.every((c) => c.createdAt !== undefined);
  const ordered = dated
    ? [...connections].sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0))
    : connections;
  return { ordered, dated };
}

const created = (c: Connection) =>
  c.createdAt === undefined ? '' : ` (created ${new Date(c.createdAt).toISOString()})`;

/** No `if-exists: create` here: it would make a third. */
function twinsReason(matches: Connection[], desired: Desired): string {
  const { ordered, dated } = oldestFirst(matches);
  const sandbox = desired.sandboxName;
  return [
    `${matches.length} connections are named "${desired.name}" in sandbox ${sandbox}, ${dated ? 'oldest first' : 'in list order'}:`,
    ...ordered.map((c) => `- ${c.id}${created(c)}`),
    'Only you can tell which one is right. Keep it and delete the others: ' +
      `DELETE ${FLOW_SERVICE_PATH}/connections/{id} (with the x-sandbox-name: ${sandbox} header), ` +
      `or Experience Platform's Sources UI (Sources → Accounts, in sandbox ${sandbox}). Then run again.`,
  ].join('\n');
}

/** What to do, given what exists: the whole decision, with no I/O. */
export function planConnection(ifExists: IfExists, matches: Connection[], desired: Desired): Plan {
  const [first] = matches;
  if (!first || ifExists === 'create') return { action: 'create' };
  if (ifExists === 'fail') {
    const ids = matches.map((c) => c.id).join(', ');
    return {
      action: 'fail',
      reason: `A connection named "${desired.name}" already exists (${ids}) and if-exists is fail.`,
    };
  }
  if (matches.length > 1) return { action: 'fail', reason: twinsReason(matches, desired) };
  if (ifExists === 'reuse') return { action: 'reuse', connection: first };
  return {
    action: 'update',
    connection: first,
    patch: updatePatch(first, desired),
    authTypeChanged: first.auth?.specName !== desired.auth.specName,
  };
}
