// The targets against the latest measurements in docs/bench/*-latest.json: written after every run, so
// the verdicts can never disagree with the figures (a target with no figure yet says so). Each part's targets
// live beside its figures' shape in scripts/bench/verdicts/.
import { writeSection, table } from './report.ts';
import { latest, type Row, type Target } from './verdicts/common.ts';
import { savedVerdicts } from './verdicts/saved.ts';
import { throughputVerdicts } from './verdicts/throughput.ts';
import { importVerdicts } from './verdicts/import.ts';
import { viewVerdicts } from './verdicts/views.ts';
import { measureVerdicts } from './verdicts/measures.ts';

export function writeTargets(): void {
  const groups: [string, Target[]][] = [
    ['Saved queries', savedVerdicts(latest)],
    ['Throughput, overhead, hubs', throughputVerdicts(latest)],
    ['Import', importVerdicts(latest)],
    ['Big views', viewVerdicts(latest)],
    ['Measures at scale', measureVerdicts(latest)],
  ];
  const rows = groups.flatMap(([area, ts]) => ts.map((t) => ({ area, ...t })));
  writeSection('targets', 'Targets of the scale issues against the latest figures', [
    'Verdicts computed from docs/bench/*-latest.json after each `npm run bench`; sizes are the largest measured.',
    '', table(rows as unknown as Row[]),
  ].join('\n'), { rows });
}
