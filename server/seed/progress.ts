// Prints seed progress as one line per step and batch.
import type { Progress } from '../db/batch-write.ts';

export function seedProgressLogger(log: (line: string) => void): Progress {
  return (label, done, total) => {
    const pct = total === 0 ? 100 : Math.round((done / total) * 100);
    log(`seed: ${label} ${done}/${total} (${pct}%)`);
  };
}
