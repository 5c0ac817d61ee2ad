// Issue 14, target 5: import against Neo4j's own write ceiling and LOAD CSV. They replace the fixed rates (50,000
// nodes/s, 40,000 relationships/s): no import can beat what Neo4j writes when it generates the rows itself, so a
// ratio to that ceiling on the same machine is what can be met.
import { check, num, type Latest, type Row, type Target } from './common.ts';

export function importVerdicts(latest: Latest): Target[] {
  const part = latest('import');
  const rows = (part?.import ?? []) as Row[];
  const largest = rows.at(-1);
  const size = largest ? String(largest.size) : 'no run';
  const big = part?.big as Row | undefined;
  const formats = (part?.formats ?? []) as Row[];
  return [
    check('nodes ≥ 0.9 × Neo4j\'s own write ceiling', num(largest?.nodesCeilingRatio), '×', (v) => v >= 0.9, size),
    check('relationships ≥ 0.9 × Neo4j\'s own write ceiling', num(largest?.relsCeilingRatio), '×', (v) => v >= 0.9, size),
    check('nodes no slower than LOAD CSV (ratio ≥ 1)', num(largest?.nodesRatio), '×', (v) => v >= 1, size),
    check('relationships no slower than LOAD CSV (ratio ≥ 1)', num(largest?.relsRatio), '×', (v) => v >= 1, size),
    recorded('GraphML and FtM imports through importGraph (recorded)', formats.length > 1 ? formats.map((f) => `${String(f.format)} ${num(f.rowsPerSec)?.toLocaleString('en')} rows/s`).join('; ') : null),
    { target: '1M nodes / 5M relationships imported end to end (recorded)', measured: big && num(big.seconds) !== null ? `${num(big.seconds)!.toLocaleString('en')} s (${String(big.size)})` : 'not measured', verdict: big && num(big.seconds) !== null ? 'recorded' : '—' },
  ];
}

const recorded = (target: string, measured: string | null): Target => ({ target, measured: measured ?? 'not measured', verdict: measured ? 'recorded' : '—' });
