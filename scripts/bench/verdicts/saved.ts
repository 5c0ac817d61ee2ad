// Issue 14, target 1: every shipped saved query at the largest graph measured, p50 ≤ 100 ms and p95 ≤ 250 ms via the API.
import { checkAll, num, type Latest, type Row, type Target } from './common.ts';

export function savedVerdicts(latest: Latest): Target[] {
  const rows = (latest('saved')?.savedQueries ?? []) as Row[];
  const largest = rows.at(-1)?.graph;
  const at = rows.filter((r) => r.graph === largest);
  const from = largest ? ` (${String(largest)})` : '';
  return [
    checkAll(`every saved query, API p50 ≤ 100 ms${from}`, at.map((r) => ({ label: String(r.query), value: num(r.apiP50) })), 'ms', (v) => v <= 100),
    checkAll(`every saved query, API p95 ≤ 250 ms${from}`, at.map((r) => ({ label: String(r.query), value: num(r.apiP95) })), 'ms', (v) => v <= 250),
  ];
}
