// npm run generate -- --nodes 100000 [--seed 42] [--batch 10000] [--rollback]
// Generates a synthetic investigation graph and imports it into its own database (.neo4j-synthetic on port 7689
// unless NEO4J_URI is set), never into the curated one. A failed or killed run resumes when run again, or --rollback
// removes it; a rollback that was killed is finished by the next run of either.
import { loadConfig } from '../server/config.ts';
import { connectDatabase } from '../server/startup/database.ts';
import { generateSynthetic } from '../server/synthetic/generate.ts';
import { DEFAULT_BATCH_SIZE, importGraph, rollbackImport, type ImportStage } from '../server/import/import-graph.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const nodes = Number(arg('nodes', '10000'));
const seed = Number(arg('seed', '42'));
const batchSize = Number(arg('batch', String(DEFAULT_BATCH_SIZE)));
if (![nodes, seed, batchSize].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('usage: npm run generate -- --nodes 100000 [--seed 42] [--batch 10000] [--rollback]');
  process.exit(2);
}

const env = { ...process.env };
if (!env.NEO4J_URI) {
  env.NEO4J_DATA_DIR ??= '.neo4j-synthetic';
  env.NEO4J_BOLT_PORT ??= '7689';
}
const log = (line: string) => console.log(line);
const database = await connectDatabase(loadConfig(env), log, { reuseRunning: true });
const dataset = `synthetic-${nodes}-seed${seed}`;
let last = 0;
try {
  // A rollback, asked for or left unfinished by a crash (the import finishes it first), shows its progress too.
  const onStage = (s: ImportStage) => {
    if (s.phase === 'index') return log('import: waiting for the search index to catch up…');
    if (Date.now() - last < 500) return;
    last = Date.now();
    log(`rollback: ${s.done.toLocaleString()}/${s.total.toLocaleString()} nodes removed`);
  };
  if (process.argv.includes('--rollback')) {
    await rollbackImport(database.db, dataset, { onProgress: onStage });
    log(`rolled back ${dataset}`);
  } else {
    log(`generate: ${nodes.toLocaleString()} nodes, seed ${seed}…`);
    const graph = generateSynthetic({ nodes, seed, dataset });
    log(`generate: ${graph.nodes.length.toLocaleString()} nodes, ${graph.relationships.length.toLocaleString()} relationships`);
    const report = await importGraph(database.db, graph, {
      batchSize,
      onStage,
      onProgress: (p) => {
        if (Date.now() - last < 500 && p.done < p.total) return;
        last = Date.now();
        const width = 30;
        const bar = '█'.repeat(Math.round((p.done / p.total) * width)).padEnd(width, '░');
        log(`import ${p.phase.padEnd(13)} ${bar} ${p.done.toLocaleString()}/${p.total.toLocaleString()}  ${Math.round(p.rowsPerSecond).toLocaleString()} rows/s  ETA ${p.etaSeconds.toFixed(1)}s`);
      },
    });
    log(`import: ${dataset} complete (run ${report.runId}; nodes ${report.seconds.nodes.toFixed(1)}s, relationships ${report.seconds.relationships.toFixed(1)}s)`);
    log(`explore it: NEO4J_DATA_DIR=${env.NEO4J_DATA_DIR ?? '(your database)'} NEO4J_BOLT_PORT=${env.NEO4J_BOLT_PORT ?? ''} SEED_ON_START=never npm start`);
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
