// The targets against the latest measurements in docs/bench/*-latest.json: written after every run, so
// the verdicts can never disagree with the figures (a target with no figure yet says so).
import { existsSync, readFileSync } from 'node:fs';
import { writeSection, table } from './report.ts';

type Row = Record<string, unknown>;
const latest = (name: string): Row | null => (existsSync(`docs/bench/${name}-latest.json`) ? JSON.parse(readFileSync(`docs/bench/${name}-latest.json`, 'utf8')) : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

interface Target { target: string; measured: string; verdict: string }

function check(target: string, value: number | null, unit: string, ok: (v: number) => boolean, from: string): Target {
  if (value === null) return { target, measured: `not measured (${from})`, verdict: '—' };
  return { target, measured: `${value.toLocaleString('en')} ${unit} (${from})`, verdict: ok(value) ? 'met' : 'missed' };
}

export function writeTargets(): void {
  const scale = latest('scale');
  const browser = latest('browser');
  const imports = (scale?.import ?? []) as Row[];
  const largestImport = imports.at(-1);
  const api = (scale?.api ?? []) as Row[];
  const at = (prefix: string) => api.filter((r) => String(r.operation).startsWith(prefix)).at(-1);
  const where = (r: Row | undefined, key = 'operation') => (r ? String(r[key]) : 'no run');
  const rows: Target[] = [];
  const size = where(largestImport, 'size');
  rows.push(check('import ≥ 50,000 nodes/s', num(largestImport?.nodesPerSec), 'nodes/s', (v) => v >= 50_000, size));
  rows.push(check('import ≥ 40,000 relationships/s', num(largestImport?.relsPerSec), 'rels/s', (v) => v >= 40_000, size));
  rows.push(check('nodes no slower than LOAD CSV (ratio ≥ 1)', num(largestImport?.nodesRatio), '×', (v) => v >= 1, size));
  rows.push(check('relationships no slower than LOAD CSV (ratio ≥ 1)', num(largestImport?.relsRatio), '×', (v) => v >= 1, size));
  const search = at('search (');
  const hop = at('1-hop expand, median node');
  const path = at('shortest path (');
  rows.push(check('search p95 ≤ 30 ms', num(search?.apiP95), 'ms', (v) => v <= 30, where(search)));
  rows.push(check('1-hop expand p95 ≤ 20 ms', num(hop?.apiP95), 'ms', (v) => v <= 20, where(hop)));
  rows.push(check('shortest path p95 ≤ 50 ms', num(path?.apiP95), 'ms', (v) => v <= 50, where(path)));
  const metP50 = api.filter((r) => r.p50Target === 'met').length;
  rows.push({ target: 'API p50 ≤ 1.2 × raw p50 + 1 ms', measured: api.length ? `${metP50} of ${api.length} operations` : 'not measured', verdict: api.length ? (metP50 === api.length ? 'met' : 'missed') : '—' });
  const worst16 = api.length ? Math.max(...api.map((r) => num(r.p95At16Over1) ?? Infinity)) : null;
  rows.push(check('p95 at 16 clients ≤ 2 × one client', worst16, '× (worst operation)', (v) => v <= 2, `${api.length} operations`));
  const big = ((browser?.rows ?? []) as Row[]).filter((r) => num(r.elements) !== null).sort((a, b) => (b.elements as number) - (a.elements as number))[0];
  const label = big ? `${Number(big.elements).toLocaleString('en')} elements, ${String(browser?.glRenderer ?? '').includes('SwiftShader') ? 'SwiftShader' : 'GPU'}` : 'no run';
  const budget = String(browser?.glRenderer ?? '').includes('SwiftShader') ? 7_500 : 2_500;
  if (big && typeof big.firstFrameMs === 'string') rows.push({ target: `largest view, first frame ≤ ${budget.toLocaleString('en')} ms`, measured: `${big.firstFrameMs} (${label})`, verdict: 'missed' });
  else rows.push(check(`largest view, first frame ≤ ${budget.toLocaleString('en')} ms`, num(big?.firstFrameMs), 'ms', (v) => v <= budget, label));
  rows.push(check('largest view, panning stays responsive (p95 frame ≤ 100 ms)', num(big?.panZoomP95FrameMs), 'ms', (v) => v <= 100, label));
  writeSection('targets', 'Targets of the scale issue against the latest figures', [
    'Verdicts computed from docs/bench/*-latest.json after each `npm run bench`; sizes are the largest measured.',
    '', table(rows as unknown as Row[]),
  ].join('\n'), { rows });
}
