// npm run neo4j: only the local embedded Neo4j, in the foreground (for cypher-shell, or a server run elsewhere).
import { loadConfig } from '../server/config.ts';
import { startLocalNeo4j } from '../server/neo4j-local/local-neo4j.ts';

const config = loadConfig();
try {
  const neo4j = await startLocalNeo4j({
    dataDir: config.NEO4J_DATA_DIR, boltPort: config.NEO4J_BOLT_PORT, password: config.NEO4J_PASSWORD,
    heap: config.NEO4J_HEAP, pagecacheMb: config.NEO4J_PAGECACHE_MB,
  });
  console.log(`user neo4j, password from NEO4J_PASSWORD. Ctrl-C stops it.`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(`Could not start Neo4j: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
