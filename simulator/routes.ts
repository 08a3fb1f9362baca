export interface Route<H> {
  method: string;
  pattern: RegExp;
  handle: H;
}

/** The first route for this method whose pattern matches the path, with the id it captured. */
export function findRoute<H>(
  routes: Route<H>[],
  method: string,
  path: string,
): { handle: H; id: string } | undefined {
  for (const route of routes) {
    const match = route.method === method ? route.pattern.exec(path) : null;
    if (match !== null) return { handle: route.handle, id: match[1] ?? '' };
  }
  return undefined;
}
