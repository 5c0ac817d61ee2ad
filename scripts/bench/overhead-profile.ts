// Issue 14, target 3: where the API's time goes beyond the raw driver's, one layer at a time, p50 of sequential
// calls. Each layer is timed on its own so the sum can be set beside the measured API − raw difference.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readQuery, type Db } from '../../server/db/run.ts';
import { getNeighbourhood } from '../../server/graph/service.ts';
import { Neighbourhood, NeighbourhoodQuery } from '../../server/contract/graph.ts';
import { refuseIncomplete, scopeGuard } from '../../server/datasets/complete-scope.ts';
import { underReadGuard } from '../../server/db/read-guard.ts';
import { percentile, round, timeEach } from './stats.ts';

const p50 = async (times: number, work: () => unknown) => {
  await timeEach(Math.ceil(times / 5), async () => work());
  return percentile(await timeEach(times, async () => work()), 50);
};

/** A node:http server answering a fixed body: the floor of one loopback HTTP round trip with fetch(). */
async function bareServer(body: string): Promise<{ url: string; close(): void }> {
  const server = http.createServer((_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => { server.closeAllConnections(); server.close(); } };
}

export async function profileOverhead(db: Db, baseUrl: string, node: string, dataset: string, times: number): Promise<Record<string, unknown>[]> {
  const query = { limit: '50', datasets: dataset };
  const page = NeighbourhoodQuery.parse(query);
  const params = { id: node, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false };
  const value = await getNeighbourhood(db, node, page);
  const json = JSON.stringify(value);
  const bare = await bareServer(json);
  try {
    const rows: [string, number][] = [
      ['driver: the neighbourhood query', await p50(times, () => readQuery(db, 'neighbourhood', params))],
      ['service: query + mapping to the contract', await p50(times, () => getNeighbourhood(db, node, page))],
      // What a request pays for its scope check: it rides with the first read (server/db/read-guard.ts).
      ['driver: the same query with the scope check in its transaction (how the API runs it)', await p50(times, () => underReadGuard(scopeGuard([dataset]), () => readQuery(db, 'neighbourhood', params)))],
      ['scope check on its own: datasets-incomplete round trip (before a write or user Cypher)', await p50(times, () => refuseIncomplete(db, [dataset]))],
      ['zod: request query parse', await p50(times * 10, () => NeighbourhoodQuery.parse(query))],
      ['zod: response parse', await p50(times * 10, () => Neighbourhood.parse(value))],
      ['JSON.stringify of the response', await p50(times * 10, () => JSON.stringify(value))],
      ['fetch + JSON.parse, bare node:http server, same body', await p50(times, () => fetch(bare.url).then((r) => r.json()))],
      ['Express stack: an unknown /api route through every middleware', await p50(times, () => fetch(`${baseUrl}/api/no-such-route`).then((r) => r.text()))],
      ['the whole API call', await p50(times, () => fetch(`${baseUrl}/api/entities/${node}/neighbourhood?limit=50&datasets=${dataset}`).then((r) => r.json()))],
    ];
    return rows.map(([layer, ms]) => ({ layer, p50Ms: round(ms, 3) }));
  } finally {
    bare.close();
  }
}
