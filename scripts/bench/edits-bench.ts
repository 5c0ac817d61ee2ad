// Editing and the audit trail (issue 12): the time per edit through the API (p50 of 100 sequential POST /api/edits,
// each an update that the server validates, version-checks, records and applies), and the audit feed's latency once the
// team store holds 10,000 recorded changes (first page, and filtered by user, element and date). The 10,000 are
// recorded first, before any request, so the edits too run against a store of that size.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../server/app.ts';
import { insertChange } from '../../server/audit/store.ts';
import { writeQuery } from '../../server/db/run.ts';
import { loadSeed } from '../../server/seed/load.ts';
import { openTeamStore } from '../../server/store/team-store.ts';
import type { BenchInstance } from './instance.ts';
import { machine, table, writeSection } from './report.ts';
import { percentile, round, timeEach } from './stats.ts';

const FIXTURE = fileURLToPath(new URL('../../tests/fixtures/synthetic-team/', import.meta.url));
const DATASET = 'bench-synthetic-team';
const RECORDED = 10_000;

export async function editsBench(inst: BenchInstance, edits: number, samples: number, log: (l: string) => void): Promise<void> {
  await loadSeed(inst.db, { folder: FIXTURE, dataset: DATASET, reset: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-team-'));
  // A store file of the bench's own (WAL, synchronous=FULL, as the server runs it), so the figures include its fsyncs.
  const store = openTeamStore(path.join(dir, 'team.sqlite'));
  const app = createApp({ driver: inst.db.driver, teamStore: store, config: { QUERY_TIMEOUT_MS: 120_000, NEO4J_DATABASE: undefined,
    SAVED_QUERIES_DIR: mkdtempSync(path.join(os.tmpdir(), 'bench-q-')), RATE_LIMIT_QUERIES: 1_000_000, RATE_LIMIT_WRITES: 1_000_000, AUTH: 'off' } });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    // 10,000 recorded changes, spread over 20 people and 200 elements, as a busy team's trail would be.
    const at0 = Date.parse('2032-01-01T00:00:00Z');
    store.transaction(() => {
      for (let i = 0; i < RECORDED; i++) {
        const element = `bench-element-${i % 200}`;
        insertChange(store, { id: `ch-bench-${i}`, at: new Date(at0 + i * 60_000).toISOString(), actor: { id: `u-bench-${i % 20}`, name: `Bench user ${i % 20}` },
          dataset: DATASET, comment: `Recorded change ${i}`, status: 'applied', ops: [], reverts: null,
          items: [{ kind: 'entity', element, op: 'update', before: { id: element, description: `v${i}`, version: i }, after: { id: element, description: `v${i + 1}`, version: i + 1 } }] });
      }
    })();
    let version = 0;
    const edit = async () => {
      const r = await fetch(`${base}/api/edits`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({
        dataset: DATASET, comment: `Bench edit ${version}`,
        ops: [{ op: 'update', kind: 'entity', id: 'team-compound-beta', version, set: { description: `Bench wording number ${version} (synthetic).` } }],
      }) });
      await r.arrayBuffer();
      if (r.status !== 201) throw new Error(`bench: edit answered ${r.status}`);
      version++;
    };
    await timeEach(10, edit); // warm-up: plans, JIT, pool
    const editTimes = await timeEach(edits, edit);
    log('bench: edits measured');

    const total = (store.prepare('SELECT COUNT(*) AS n FROM changes').get() as { n: number }).n;
    const get = (q: string) => async () => {
      const r = await fetch(`${base}/api/changes?${q}`);
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`bench: feed answered ${r.status}`);
    };
    const feeds = [
      ['first page (50)', 'limit=50'],
      ['by user', 'user=u-bench-7&limit=50'],
      ['by element', 'element=bench-element-42&limit=50'],
      ['by dataset and date', `dataset=${DATASET}&from=2032-01-02&to=2032-01-03&limit=50`],
      ['a page deep in the trail (cursor 2000)', 'limit=50&cursor=2000'],
    ] as const;
    const feedRows = [];
    for (const [name, q] of feeds) {
      await timeEach(5, get(q));
      const t = await timeEach(samples, get(q));
      feedRows.push({ feed: name, requests: t.length, p50: round(percentile(t, 50)), p95: round(percentile(t, 95)) });
    }
    log('bench: audit feed measured');

    const m = machine();
    const measuredAt = new Date().toISOString();
    const editRow = { edits: editTimes.length, p50: round(percentile(editTimes, 50)), p95: round(percentile(editTimes, 95)), max: round(Math.max(...editTimes)) };
    writeSection('edits', 'Editing and the audit feed', [
      `Measured ${measuredAt} with \`BENCH_ONLY=edits npm run bench\` on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}.`,
      `Load average when the section ended (1, 5, 15 min): ${os.loadavg().map((l) => round(l, 1)).join(', ')}.`,
      `Time per edit: ${editTimes.length} sequential \`POST /api/edits\` (one update of one entity: validated by the seed schema, version-checked,`,
      'recorded in the SQLite team store, applied in one Neo4j transaction), after 10 warm-up edits; times in ms.',
      '', table([editRow]), '',
      `Audit feed: \`GET /api/changes\` with ${total.toLocaleString('en')} recorded changes in the store, ${samples} requests per row; times in ms.`,
      '', table(feedRows),
    ].join('\n'), { measuredAt, command: 'BENCH_ONLY=edits npm run bench', machine: m, loadAverage: os.loadavg(), edit: editRow, recorded: total, feed: feedRows });
  } finally {
    server.closeAllConnections();
    server.close();
    store.close();
    await writeQuery(inst.db, 'delete-dataset', { rows: [{ dataset: DATASET }] });
    rmSync(dir, { recursive: true, force: true });
  }
}
