// npm run bench: measured side by side in one run, on a Neo4j of the benchmark's own; writes docs/benchmarks.md.
// BENCH_ITERATIONS (default 200), BENCH_SIZES (default 10000,100000), BENCH_RUNS (default 5), BENCH_BATCH (default 10000),
// BENCH_ONLY (seed | scale | browser | limits | interop) selects one part; BENCH_INTEROP_NODES (default 100000) sizes the interop part.
import { startBenchInstance } from './bench/instance.ts';
import { seedBench } from './bench/seed-bench.ts';
import { scaleBench } from './bench/scale-bench.ts';
import { browserBench } from './bench/browser-bench.ts';
import { writeTargets } from './bench/targets.ts';
import { limitsBench } from './bench/limits-bench.ts';
import { interopBench } from './bench/interop-bench.ts';

const env = process.env;
const iterations = Number(env.BENCH_ITERATIONS ?? 200);
const sizes = (env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const runsSmall = Number(env.BENCH_RUNS ?? 5);
const batch = Number(env.BENCH_BATCH ?? 10_000);
const log = (line: string) => process.stderr.write(`${line}\n`);

const inst = await startBenchInstance(log);
try {
  if (!env.BENCH_ONLY || env.BENCH_ONLY === 'seed') await seedBench(inst, iterations, log);
  // Imports of a million nodes take minutes each: one run above 100k nodes (said in the table), five up to it.
  if (!env.BENCH_ONLY || env.BENCH_ONLY === 'browser') await browserBench(inst, [1000, 5000, 20000], runsSmall, log);
  // Before the scale part, on the seed graph alone, so search is measured at the same size in all three rows.
  if (!env.BENCH_ONLY || env.BENCH_ONLY === 'limits') await limitsBench(inst, Math.min(iterations, 200), log);
  if (!env.BENCH_ONLY || env.BENCH_ONLY === 'interop') await interopBench(inst, Number(env.BENCH_INTEROP_NODES ?? 100_000), log);
  if (!env.BENCH_ONLY || env.BENCH_ONLY === 'scale') await scaleBench(inst, sizes, (size) => (size > 100_000 ? 1 : runsSmall), batch, Math.min(iterations, 100), log);
} finally {
  await inst.close();
}
writeTargets();
