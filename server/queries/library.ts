// The query library: shipped queries from cypher/queries, plus those saved by users into a folder of their own.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import type { QueryHeader, SavedQuery } from '../contract/queries.ts';
import { checkParametersMatch, parseQueryFile, QueryFileError } from './header.ts';
import { singleStatement } from '../guard/rules.ts';

export const SHIPPED_QUERIES = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));

function readFolder(folder: string, origin: SavedQuery['origin']): SavedQuery[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const file = path.join(folder, f);
      const { header, cypher } = parseQueryFile(file, readFileSync(file, 'utf8'));
      return { ...header, id: f.replace(/\.cypher$/, ''), cypher, origin };
    });
}

export class QueryLibrary {
  private readonly byId = new Map<string, SavedQuery>();

  /** Throws QueryFileError naming the file at the first invalid header: the server must not start with it. */
  constructor(private readonly savedDir: string | null, shippedDir = SHIPPED_QUERIES) {
    for (const q of [...readFolder(shippedDir, 'shipped'), ...(savedDir ? readFolder(savedDir, 'saved') : [])]) this.byId.set(q.id, q);
  }

  list(): SavedQuery[] {
    return [...this.byId.values()];
  }

  get(id: string): SavedQuery | undefined {
    return this.byId.get(id);
  }

  /** Writes `<id>.cypher` with its header atomically (temp file + rename) and adds it. */
  save(id: string, header: QueryHeader, cypher: string): SavedQuery {
    if (!this.savedDir) throw new QueryFileError('(library)', 'saving is turned off: set SAVED_QUERIES_DIR');
    const statement = singleStatement(cypher);
    checkParametersMatch(`${id}.cypher`, header, statement);
    mkdirSync(this.savedDir, { recursive: true });
    const yaml = stringify(header).trimEnd().split('\n').map((l) => `// ${l}`).join('\n');
    const file = path.join(this.savedDir, `${id}.cypher`);
    writeFileSync(`${file}.tmp`, `// ---\n${yaml}\n// ---\n${statement}\n`);
    renameSync(`${file}.tmp`, file);
    const query: SavedQuery = { ...header, id, cypher: statement, origin: 'saved' };
    this.byId.set(id, query);
    return query;
  }
}
