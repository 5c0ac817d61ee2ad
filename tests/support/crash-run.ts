// Runs tests/support/crash-child.ts (or a project script) as a real child process on the test Neo4j, and kill -9s
// it where the crash tests say. Node with tsx's loader in-process (not the tsx wrapper), so the kill hits the
// process that holds the database connection. Every child is bounded in time and killed on the way out.
import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import type { ChildJob } from './crash-child.ts';

const CHILD = new URL('./crash-child.ts', import.meta.url).pathname;
const live = new Set<ChildProcess>();

function start(args: string[]): { child: ChildProcess; lines: string[]; exited: Promise<number | null> } {
  const { uri, password } = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const lines: string[] = [];
  let rest = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split('\n');
    rest = parts.pop()!;
    lines.push(...parts);
  });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => { err += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    live.delete(child);
    if (code !== 0 && code !== null && err) lines.push(`stderr: ${err.slice(-2000)}`);
    resolve(code);
  }));
  return { child, lines, exited };
}

/** Runs the job until it freezes at its stop point, then kill -9s it. Returns what it printed. */
export async function killAt(job: ChildJob, timeoutMs = 60_000): Promise<string[]> {
  const { child, lines, exited } = start([CHILD, JSON.stringify(job)]);
  const frozen = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child never reached ${JSON.stringify(job.stopAt)}:\n${lines.join('\n')}`)), timeoutMs);
    const poll = setInterval(() => {
      if (lines.some((l) => l.includes('"event":"frozen"'))) { clearTimeout(timer); clearInterval(poll); resolve(); }
    }, 20);
    void exited.then(() => {
      clearInterval(poll);
      clearTimeout(timer);
      if (lines.some((l) => l.includes('"event":"frozen"'))) resolve();
      else reject(new Error(`child ended before ${JSON.stringify(job.stopAt)}:\n${lines.join('\n')}`));
    });
  });
  try {
    await frozen;
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
  return lines;
}

/** Runs a script (a project command such as scripts/generate.ts, or the child job) to its end; bounded in time. */
export async function runToEnd(args: string[], timeoutMs = 90_000): Promise<{ code: number | null; output: string }> {
  const { child, lines, exited } = start(args);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await exited;
  clearTimeout(timer);
  return { code, output: lines.join('\n') };
}

export const childJob = (job: ChildJob): string[] => [CHILD, JSON.stringify(job)];

/** For afterAll: no child outlives the tests. */
export function killAll(): void {
  for (const child of live) child.kill('SIGKILL');
}
