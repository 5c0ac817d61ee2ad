// The query library: shipped queries from cypher/queries, plus those saved by users into a folder of their own.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QueryHeader, SavedQuery } from '../contract/queries.ts';
import { checkParametersMatch, formatQueryFile, parseQueryFile, QueryFileError } from './header.ts';
import { singleStatement } from '../guard/rules.ts';

export const SHIPPED_QUERIES = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));

/** Suffix given to a user-saved file that is invalid at boot: kept for its author to fix, out of the library's way. */
export const SET_ASIDE_SUFFIX = '.invalid';

/**
 * The shipped library is strict: an invalid file there is a bug, and the server must not start with it. A file a
 * user saved is their data: an invalid one (written by an older version, or edited by hand) is renamed
 * `NAME.cypher.invalid` with a warning naming it, so one bad save can never stop every later boot.
 */
function readFolder(folder: string, origin: SavedQuery['origin'], warn: (line: string) => void): SavedQuery[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) => {
      const file = path.join(folder, f);
      try {
        const { header, cypher } = parseQueryFile(file, readFileSync(file, 'utf8'));
        return [{ ...header, id: f.replace(/\.cypher$/, ''), cypher, origin }];
      } catch (err) {
        if (origin === 'shipped' || !(err instanceof QueryFileError)) throw err;
        renameSync(file, `${file}${SET_ASIDE_SUFFIX}`);
        warn(`queries: set aside ${file} as ${f}${SET_ASIDE_SUFFIX}: ${err.problem}. Fix it and rename it back to ${f} to use it again.`);
        return [];
      }
    });
}

export class QueryLibrary {
  private readonly byId = new Map<string, SavedQuery>();

  /** Throws QueryFileError naming the file at the first invalid shipped header; invalid saved files are set aside. */
  constructor(private readonly savedDir: string | null, shippedDir = SHIPPED_QUERIES, warn: (line: string) => void = (line) => console.warn(line)) {
    for (const q of [...readFolder(shippedDir, 'shipped', warn), ...(savedDir ? readFolder(savedDir, 'saved', warn) : [])]) this.byId.set(q.id, q);
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
    const text = formatQueryFile(`${id}.cypher`, header, statement);
    mkdirSync(this.savedDir, { recursive: true });
    const file = path.join(this.savedDir, `${id}.cypher`);
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
    // What the next boot will read: the query as trimmed in the file.
    const query: SavedQuery = { ...header, id, cypher: statement.trim(), origin: 'saved' };
    this.byId.set(id, query);
    return query;
  }
}
