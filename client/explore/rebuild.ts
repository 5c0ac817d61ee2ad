// Opening a shared view: refetches what the view shows (its expansions, then any node or line still unknown) into the store.
import type { RelType } from '@contract/vocabulary.ts';
import { getEntity } from '../api.ts';
import type { GraphStore } from '../state/graph-store.ts';
import { getSlice } from './explore-api.ts';
import type { Snapshot } from './types.ts';

/** The API's largest page. */
const MAX_PAGE = 500;
/** Requests in flight at once: enough to be quick, few enough to be kind to the server. */
const PARALLEL = 4;

async function inTurns<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  }));
}

async function fetchPages(store: GraphStore, id: string, loaded: number, rel?: RelType, dir?: 'out' | 'in'): Promise<void> {
  for (let skip = 0; skip < loaded; skip += MAX_PAGE) {
    const n = await getSlice(id, { relTypes: rel ? [rel] : undefined, direction: dir ?? 'both', limit: Math.min(MAX_PAGE, loaded - skip), skip });
    store.absorb(n);
  }
}

/**
 * Fills the store so that restoring the snapshot can draw all of it. Returns the ids that could not be
 * found (deleted since the link was made, say), which the caller reports.
 */
export async function fetchForView(store: GraphStore, snap: Snapshot): Promise<string[]> {
  // Replaying the expansions brings most nodes and lines in a few requests.
  await inTurns(snap.paging, ([id, p]) => fetchPages(store, id, p.loaded));
  await inTurns(snap.slices, (s) => fetchPages(store, s.id, s.loaded, s.rel, s.dir));
  const missing: string[] = [];
  await inTurns(snap.nodes.filter((n) => !store.node(n.id)), async ({ id }) => {
    try {
      const detail = await getEntity(id);
      store.addNode(detail.node);
      store.addSources(detail.citations.map((c) => c.source));
    } catch {
      missing.push(id);
    }
  });
  // A line's id names its type and start, so one typed, outgoing slice of the start brings it.
  const wanted = snap.edges.filter((id) => !store.edge(id));
  const groups = new Map<string, { id: string; rel: RelType }>();
  for (const edgeId of wanted) {
    const [rel, source] = edgeId.split(':');
    if (rel && source) groups.set(`${source}|${rel}`, { id: source, rel: rel as RelType });
  }
  await inTurns([...groups.values()], async (g) => {
    try {
      await fetchPages(store, g.id, MAX_PAGE, g.rel, 'out');
    } catch {
      // Reported below as missing lines.
    }
  });
  missing.push(...wanted.filter((id) => !store.edge(id)));
  return missing;
}
