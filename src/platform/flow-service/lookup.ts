import type { FlowService } from './client.js';
import type { Connection } from './schemas.js';

/**
 * In Adobe's filter syntax a comma separates OR-values, and quotes or `==` inside a value are
 * undefined: a name holding any of them cannot be filtered on safely.
 */
const UNFILTERABLE = /[,"']|==/;

export function lookupFilters(name: string, specId: string): string[] {
  const bySpec = `connectionSpec.id==${specId}`;
  return UNFILTERABLE.test(name) ? [bySpec] : [`name==${name}`, bySpec];
}

/**
 * Connections of this spec whose name is exactly `name` (case-sensitive), across all pages, each
 * once: offset paging under a concurrent insert shows an item on two pages, and the later copy is
 * the fresher. Only matches outlive their page.
 */
export async function findByName(
  flow: FlowService,
  name: string,
  specId: string,
): Promise<Connection[]> {
  const matches = new Map<string, Connection>();
  for await (const page of flow.list('connections', lookupFilters(name, specId))) {
    for (const c of page) {
      if (c.name === name && c.connectionSpec.id === specId) matches.set(c.id, c);
    }
  }
  return [...matches.values()];
}
