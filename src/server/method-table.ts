// Which methods each route path answers, gathered from the routes as they are registered (report routes
// added later are known without a list to keep): a known path asked with another method is a 405 with
// Allow, not a 404.

/** "/api/v1/programs/:programId/versions" → a regex of the whole path, one segment per parameter. */
function patternOf(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

export class MethodTable {
  private readonly byUrl = new Map<string, { pattern: RegExp; methods: Set<string> }>();

  add(url: string, method: string | string[]): void {
    if (url.includes('*')) return; // the CORS preflight's catch-all
    let entry = this.byUrl.get(url);
    if (!entry) this.byUrl.set(url, (entry = { pattern: patternOf(url), methods: new Set() }));
    for (const m of Array.isArray(method) ? method : [method]) if (m !== 'OPTIONS') entry.methods.add(m);
  }

  /** The methods of the route whose path matches `url` (query left out), or none. */
  allowedFor(url: string): string[] {
    const path = url.split('?')[0];
    for (const { pattern, methods } of this.byUrl.values()) {
      if (pattern.test(path)) return [...methods].sort();
    }
    return [];
  }
}
