// API latency against the raw driver running the same named Cypher: one client (overhead), and a closed loop of
// sixteen clients (throughput).
import { closedLoop, median, percentile, round, timeEach, timeInterleaved } from './stats.ts';

export interface Operation {
  name: string;
  api: () => Promise<unknown>;
  raw: () => Promise<unknown>;
}

/** Issue 14, target 3: API p50 ≤ raw p50 + 1.5 ms, or ≤ 1.2 × raw. */
export const overheadMet = (apiP50: number, rawP50: number) => apiP50 <= rawP50 + 1.5 || apiP50 <= 1.2 * rawP50;

export async function measureLatency(ops: Operation[], iterations: number, log: (l: string) => void): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const op of ops) {
    await timeEach(20, op.api);
    await timeEach(20, op.raw); // warm-up: plan caches, JIT, connection pool
    // Side by side: one API call, then one raw call, so drift (checkpoints, GC) lands on both.
    const [api1, raw1] = await timeInterleaved(iterations, op.api, op.raw);
    const [apiP50, rawP50] = [percentile(api1, 50), percentile(raw1, 50)];
    rows.push({
      operation: op.name,
      apiP50: round(apiP50), apiP95: round(percentile(api1, 95)),
      rawP50: round(rawP50), rawP95: round(percentile(raw1, 95)),
      overheadMs: round(apiP50 - rawP50), p50Ratio: round(apiP50 / rawP50),
      p50Target: overheadMet(apiP50, rawP50) ? 'met' : 'missed',
    });
    log(`bench: ${op.name} measured`);
  }
  return rows;
}

export interface ThroughputPlan { clients: number; rounds: number; roundMs: number }

/**
 * Issue 14, target 2: requests/s and p95 of `clients` closed-loop callers, API and raw in alternate rounds (which
 * goes first alternates too, so a slow spell of the shared machine lands on both), medians over the rounds.
 */
export async function measureThroughput(ops: Operation[], plan: ThroughputPlan, log: (l: string) => void): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const op of ops) {
    const api: { rps: number; p95: number }[] = [];
    const raw: { rps: number; p95: number }[] = [];
    for (let round = 0; round < plan.rounds; round++) {
      const order = round % 2 === 0 ? [[op.api, api], [op.raw, raw]] as const : [[op.raw, raw], [op.api, api]] as const;
      for (const [work, into] of order) {
        const { rps, samples } = await closedLoop(plan.clients, plan.roundMs, work);
        into.push({ rps, p95: percentile(samples, 95) });
      }
    }
    const apiRps = median(api.map((r) => r.rps));
    const rawRps = median(raw.map((r) => r.rps));
    const api16P95 = median(api.map((r) => r.p95));
    const raw16P95 = median(raw.map((r) => r.p95));
    rows.push({
      operation: op.name, clients: plan.clients, rounds: plan.rounds, roundSeconds: plan.roundMs / 1000,
      apiRps: round(apiRps, 1), rawRps: round(rawRps, 1), rpsRatio: round(apiRps / rawRps),
      api16P95: round(api16P95), raw16P95: round(raw16P95), p95Ratio: round(api16P95 / raw16P95),
    });
    log(`bench: ${op.name} at ${plan.clients} clients measured`);
  }
  return rows;
}

export const getter = (baseUrl: string) => async (p: string) => {
  const r = await fetch(baseUrl + p);
  if (!r.ok) throw new Error(`${p}: ${r.status} ${await r.text()}`);
  return r.json();
};
