import type { FlowService } from './client.js';
import type { Collection, Connection, Item } from './schemas.js';

/**
 * In Adobe's filter syntax a comma separates OR-values, and quotes or `==` inside a value are
 * undefined: a name holding any of them cannot be filtered on safely.
 */
const UNFILTERABLE = /[,"']|==/;

export function lookupFilters(name: string, specId: string): string[] {
  return nameFilters(name, [`connectionSpec.id==${specId}`]);
}

const nameFilters = (name: string, others: string[]) =>
  UNFILTERABLE.test(name) ? others : [`name==${name}`, ...others];

/**
 * Items of a collection whose name is exactly `name` (case-sensitive) and that `fits`, across all
 * pages, each once: offset paging under a concurrent insert shows an item on two pages, and the
 * later copy is the fresher. Only matches outlive their page.
 */
export async function findNamed<C extends Exclude<Collection, 'runs'>>(
  flow: FlowService,
  collection: C,
  name: string,
  filters: string[],
  fits: (item: Item<C>) => boolean = () => true,
): Promise<Item<C>[]> {
  const matches = new Map<string, Item<C>>();
  for await (const page of flow.list(collection, nameFilters(name, filters))) {
    for (const item of page) {
      if (item.name === name && fits(item)) matches.set(item.id, item);
    }
  }
  return [...matches.values()];
}

/** Connections of this spec named exactly `name`. */
export const findByName = (
  flow: FlowService,
  name: string,
  specId: string,
): Promise<Connection[]> =>
  findNamed(
    flow,
    'connections',
    name,
    [`connectionSpec.id==${specId}`],
    (c) => c.connectionSpec.id === specId,
  );
