// A synthetic graph imported beside the curated one for one bench part, then rolled back: each part of
// `npm run bench` brings its own, so any part can run alone (BENCH_ONLY) and none depends on another's leftovers.
import { readQuery } from '../../server/db/run.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { loadSeed } from '../../server/seed/load.ts';
import type { BenchInstance } from './instance.ts';

export interface SyntheticFixture {
  size: number;
  dataset: string;
  relationships: number;
  /** A node of median degree a third of the way in, and another two thirds in (path ends). */
  a: string;
  b: string;
  /** The node of highest degree in the synthetic dataset. */
  hub: { id: string; degree: number };
}

export async function withSyntheticGraph<T>(inst: BenchInstance, size: number, log: (l: string) => void, work: (f: SyntheticFixture) => Promise<T>): Promise<T> {
  await loadSeed(inst.db); // saved queries take curated ids as defaults; MERGE, so a no-op after another part
  const dataset = `bench-${size}`;
  const graph = generateSynthetic({ nodes: size, seed: 42, dataset });
  await rollbackImport(inst.db, dataset).catch(() => {});
  await importGraph(inst.db, graph, { runId: `${dataset}-fixture` });
  const fixture: SyntheticFixture = {
    size, dataset, relationships: graph.relationships.length,
    a: graph.nodes[Math.floor(size / 3)]!.id, b: graph.nodes[Math.floor((2 * size) / 3)]!.id,
    hub: { id: '', degree: 0 },
  };
  const [hub] = await readQuery(inst.db, 'bench-hub', { dataset });
  fixture.hub = { id: String(hub!.id), degree: Number(hub!.degree ?? 0) };
  log(`bench: ${dataset} loaded (${size.toLocaleString()} nodes, ${graph.relationships.length.toLocaleString()} relationships)`);
  try {
    return await work(fixture);
  } finally {
    await rollbackImport(inst.db, dataset);
  }
}
