// npm run bench: measured side by side in one run, on a Neo4j of the benchmark's own; writes docs/benchmarks.md.
// BENCH_ITERATIONS (default 200), BENCH_SIZES (default 10000,100000), BENCH_RUNS (default 5), BENCH_BATCH (default 10000),
// BENCH_ONLY (a comma-separated list of parts: seed, browser, limits, edits, interop, import, throughput, saved)
// selects parts; BENCH_INTEROP_NODES (default 100000) sizes the interop part.
import { startBenchInstance } from './bench/instance.ts';
import { seedBench } from './bench/seed-bench.ts';
import { browserBench } from './bench/browser-bench.ts';
import { writeTargets } from './bench/targets.ts';
import { limitsBench } from './bench/limits-bench.ts';
import { editsBench } from './bench/edits-bench.ts';
import { interopBench } from './bench/interop-bench.ts';
import { importBench } from './bench/import-bench.ts';
import { throughputBench } from './bench/throughput-bench.ts';
import { savedBench } from './bench/saved-bench.ts';
import { ensureClientBuilt } from '../server/startup/client-build.ts';
import { measuresBench } from './bench/measures-bench.ts';

const env = process.env;
const iterations = Number(env.BENCH_ITERATIONS ?? 200);
const sizes = (env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const runsSmall = Number(env.BENCH_RUNS ?? 5);
const batch = Number(env.BENCH_BATCH ?? 10_000);
const log = (line: string) => process.stderr.write(`${line}\n`);
const only = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
const wanted = (part: string) => !only || only.has(part);

// The app serves the built client only if it is there when the app is made (now in the API's own process), so the
// browser part builds it first: built later, the page answered 404 and no renderer drew.
if (wanted('browser')) await ensureClientBuilt(log);
const inst = await startBenchInstance(log);
try {
  if (wanted('seed')) await seedBench(inst, iterations, log);
  if (wanted('browser')) await browserBench(inst, [5000, 20000, 50000], runsSmall, log);
  // Before the scale parts, on the seed graph alone, so search is measured at the same size in all three rows.
  if (wanted('limits')) await limitsBench(inst, Math.min(iterations, 200), log);
  if (wanted('edits')) await editsBench(inst, 100, 100, log);
  if (wanted('interop')) await interopBench(inst, Number(env.BENCH_INTEROP_NODES ?? 100_000), log);
  // Imports of a million nodes take minutes each: one run above 100k nodes (said in the table), five up to it.
  if (wanted('import')) await importBench(inst, sizes, (size) => (size > 100_000 ? 1 : runsSmall), batch, log);
  if (wanted('throughput')) await throughputBench(inst, sizes, Math.min(iterations, 100), log);
  if (wanted('saved')) await savedBench(inst, sizes, log);
  if (wanted('measures')) await measuresBench(inst, sizes, runsSmall, log);
} finally {
  await inst.close();
}
writeTargets();
