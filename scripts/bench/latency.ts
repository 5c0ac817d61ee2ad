// API latency against the raw driver running the same named Cypher, at 1 and 16 concurrent clients.
import { percentile, round, timeConcurrent, timeEach, timeInterleaved } from './stats.ts';

export interface Operation {
  name: string;
  api: () => Promise<unknown>;
  raw: () => Promise<unknown>;
}

export async function measureLatency(ops: Operation[], iterations: number, log: (l: string) => void): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const op of ops) {
    await timeEach(20, op.api);
    await timeEach(20, op.raw); // warm-up: plan caches, JIT, connection pool
    // Side by side: one API call, then one raw call, so drift (checkpoints, GC) lands on both.
    const [api1, raw1] = await timeInterleaved(iterations, op.api, op.raw);
    const perClient = Math.max(5, Math.ceil(iterations / 8));
    const api16 = await timeConcurrent(16, perClient, op.api);
    const raw16 = await timeConcurrent(16, perClient, op.raw);
    rows.push({
      operation: op.name,
      apiP50: round(percentile(api1, 50)), apiP95: round(percentile(api1, 95)),
      rawP50: round(percentile(raw1, 50)), rawP95: round(percentile(raw1, 95)),
      p50Ratio: round(percentile(api1, 50) / percentile(raw1, 50)),
      // The target: API p50 within 1.2 × raw p50 + 1 ms.
      p50Target: percentile(api1, 50) <= 1.2 * percentile(raw1, 50) + 1 ? 'met' : 'missed',
      api16P50: round(percentile(api16, 50)), api16P95: round(percentile(api16, 95)),
      raw16P95: round(percentile(raw16, 95)),
      p95At16Over1: round(percentile(api16, 95) / percentile(api1, 95)),
    });
    log(`bench: ${op.name} measured`);
  }
  return rows;
}

export const getter = (baseUrl: string) => async (p: string) => {
  const r = await fetch(baseUrl + p);
  if (!r.ok) throw new Error(`${p}: ${r.status} ${await r.text()}`);
  return r.json();
};
