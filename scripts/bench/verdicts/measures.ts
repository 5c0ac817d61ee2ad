// Issue 14, target 7: measures at scale computed by the database (Neo4j Graph Data Science), timed at 100k.
import { num, type Latest, type Row, type Target } from './common.ts';

export function measureVerdicts(latest: Latest): Target[] {
  const part = latest('measures');
  const rows = (part?.timings ?? []) as Row[];
  if (!part) return [{ target: 'measures at 100k by the database (recorded)', measured: 'not measured', verdict: '—' }];
  if (!part.gds) return [{ target: 'measures at 100k by the database (recorded)', measured: `no GDS in this database: ${String(part.why ?? '')}`, verdict: 'missed' }];
  return [{ target: 'measures at 100k by the database (recorded)', measured: rows.map((r) => `${String(r.measure)} ${num(r.ms)?.toLocaleString('en')} ms`).join('; '), verdict: rows.length ? 'recorded' : '—' }];
}
