// Issue 14, target 7: measures at scale computed by the database (Neo4j Graph Data Science), timed at 100k.
// Reads docs/bench/measures-latest.json: {gds, why?, gdsVersion, timings: [{measure, nodes, relationships, ms (null: failed, with error), sampledSources?}]}.
import { num, type Latest, type Row, type Target } from './common.ts';

const TARGET = 'measures at 100k by the database (recorded)';

export function measureVerdicts(latest: Latest): Target[] {
  const part = latest('measures');
  if (!part) return [{ target: TARGET, measured: 'not measured', verdict: '—' }];
  if (!part.gds) return [{ target: TARGET, measured: `no GDS in this database: ${String(part.why ?? '')}`, verdict: 'missed' }];
  const rows = (part.timings ?? []) as Row[];
  // The largest graph measured is the one the target is about; smaller sizes stay in the part's own table.
  const largest = Math.max(0, ...rows.map((r) => num(r.nodes) ?? 0));
  const at = rows.filter((r) => num(r.nodes) === largest);
  if (at.length === 0) return [{ target: TARGET, measured: 'not measured', verdict: '—' }];
  const shown = at.map((r) => (num(r.ms) === null ? `${String(r.measure)} failed (${String(r.error ?? 'no figure')})`
    : `${String(r.measure)} ${num(r.ms)!.toLocaleString('en')} ms${r.sampledSources ? ` (${String(r.sampledSources)} sampled sources)` : ''}`));
  const timed = at.filter((r) => num(r.ms) !== null).length;
  const size = `${largest.toLocaleString('en')} nodes / ${(num(at[0]!.relationships) ?? 0).toLocaleString('en')} ties, GDS ${String(part.gdsVersion)}`;
  return [{ target: TARGET, measured: `${size}: ${shown.join('; ')}`, verdict: largest < 100_000 ? 'not at 100k' : timed === 5 ? 'recorded' : 'missed' }];
}
