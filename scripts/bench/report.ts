// Writes a measured section into docs/benchmarks.md between its markers, and the raw figures to docs/bench/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { round } from './stats.ts';

export const machine = () => ({
  cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: round(os.totalmem() / 2 ** 30, 1),
  node: process.version, platform: `${os.type()} ${os.release()}`,
});

export function table(rows: Record<string, unknown>[]): string {
  const cols = Object.keys(rows[0] ?? {});
  return [`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${cols.map((c) => String(r[c])).join(' | ')} |`)].join('\n');
}

const HEADER = '# Benchmarks\n\nEvery figure below is written by `npm run bench` itself; none is typed in by hand.\n';

export function writeSection(name: string, title: string, body: string, json: unknown): void {
  mkdirSync('docs/bench', { recursive: true });
  writeFileSync(`docs/bench/${name}-latest.json`, `${JSON.stringify(json, null, 2)}\n`);
  const file = 'docs/benchmarks.md';
  let doc: string;
  try { doc = readFileSync(file, 'utf8'); } catch { doc = HEADER; }
  const start = `<!-- bench:${name}:start`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start} (written by \`npm run bench\`; do not edit by hand) -->\n## ${title}\n\n${body}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  doc = pattern.test(doc) ? doc.replace(pattern, section) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, doc);
  console.log(section);
}
