// Progress lines for backup and restore: counts, rate and, when the total is known, a bar. At most two a second.
export type ProgressEvent = { phase: string; done: number; total: number };
export type OnProgress = (p: ProgressEvent) => void;

export function progressLogger(log: (line: string) => void): OnProgress {
  // The rate counts from a phase's first report (the callers send one at 0 when a phase begins).
  const started = new Map<string, { at: number; done: number }>();
  let last = 0;
  return ({ phase, done, total }) => {
    const now = Date.now();
    if (!started.has(phase)) started.set(phase, { at: now, done });
    if (now - last < 500 && done < total) return;
    last = now;
    const from = started.get(phase)!;
    const seconds = Math.max((now - from.at) / 1000, 0.001);
    const rate = `  ${Math.round((done - from.done) / seconds).toLocaleString()}/s`;
    const width = 30;
    const bar = total > 0 ? '█'.repeat(Math.round((Math.min(done, total) / total) * width)).padEnd(width, '░') : ''.padEnd(width, '█');
    log(`${phase.padEnd(22)} ${bar} ${done.toLocaleString()}/${total.toLocaleString()}${rate}`);
  };
}
