// Copies the curated seed folder to a temp dir, optionally breaking one file, for failure tests.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CURATED_SEED } from '../../server/seed/load.ts';

/** A copy named like the curated dataset, so loading it targets the same dataset. */
export function seedCopy(edit?: { file: string; change: (records: Record<string, unknown>[]) => void }): string {
  const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'seed-')), path.basename(CURATED_SEED));
  cpSync(CURATED_SEED, folder, { recursive: true });
  if (edit) {
    const file = path.join(folder, edit.file);
    const records = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    edit.change(records);
    writeFileSync(file, JSON.stringify(records));
  }
  return folder;
}
