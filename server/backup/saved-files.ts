// The saved-query and saved-tour folders a backup carries: plain files, read whole, written back atomically.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FileDir, FileLine } from './format.ts';

export interface SavedFolders {
  /** SAVED_QUERIES_DIR; null when saving is turned off. */
  'saved-queries': string | null;
  'saved-tours': string;
}

const KEEP = /\.(cypher|json|ya?ml)$/;

export function readSavedFiles(folders: SavedFolders): FileLine[] {
  const files: FileLine[] = [];
  for (const f of Object.keys(folders) as FileDir[]) {
    const dir = folders[f];
    if (!dir || !existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (KEEP.test(name) && statSync(file).isFile()) files.push({ f, name, text: readFileSync(file, 'utf8') });
    }
  }
  return files;
}

/** Files that exist with other content: restoring over them needs --force. */
export function conflictingFiles(folders: SavedFolders, files: FileLine[]): string[] {
  return files
    .map((line) => ({ line, dir: folders[line.f] }))
    .filter(({ line, dir }) => dir && existsSync(path.join(dir, line.name)) && readFileSync(path.join(dir, line.name), 'utf8') !== line.text)
    .map(({ line, dir }) => path.join(dir!, line.name));
}

/** Temp file + rename, as the libraries save, so a crash never leaves half a file to fail the next boot. */
export function writeSavedFiles(folders: SavedFolders, files: FileLine[]): number {
  let written = 0;
  for (const line of files) {
    const dir = folders[line.f];
    if (!dir) continue;
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, line.name);
    writeFileSync(`${file}.restore-tmp`, line.text);
    renameSync(`${file}.restore-tmp`, file);
    written++;
  }
  return written;
}
