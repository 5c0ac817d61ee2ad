// Percentiles and timing helpers for the benchmarks.

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export async function timeEach(times: number, work: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await work();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Alternates `a` and `b`, `times` each; returns their timings apart. */
export async function timeInterleaved(times: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number[], number[]]> {
  const out: [number[], number[]] = [[], []];
  for (let i = 0; i < times; i++) {
    out[0].push(...(await timeEach(1, a)));
    out[1].push(...(await timeEach(1, b)));
  }
  return out;
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/**
 * A closed loop of `clients` callers for `ms` milliseconds: each starts its next call when the last one answers.
 * Returns requests per second over the run and every call's time; a call started before the end is counted in full.
 */
export async function closedLoop(clients: number, ms: number, work: () => Promise<unknown>): Promise<{ rps: number; samples: number[] }> {
  const samples: number[] = [];
  const start = performance.now();
  const end = start + ms;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await work();
      samples.push(performance.now() - t0);
    }
  }));
  return { rps: samples.length / ((performance.now() - start) / 1000), samples };
}

export const median = (values: number[]) => percentile(values, 50);
