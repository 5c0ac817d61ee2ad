// Loads the named .cypher files from cypher/: the only Cypher the server runs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher, minus `//` comment lines. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const raw = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    text = raw.split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n').trim();
    cache.set(name, text);
  }
  return text;
}

/** A file of several statements, split on semicolons that end a line (used for the schema). */
export function cypherStatements(name: string): string[] {
  return cypher(name).split(/;\s*$/m).map((s) => s.trim()).filter(Boolean);
}
