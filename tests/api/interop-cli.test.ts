// npm run export and npm run import against the database NEO4J_URI names: a whole dataset to a file with progress
// on stderr, the file back into a new dataset, and usage errors with exit code 2.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { rollbackImport } from '../../server/import/import-graph.ts';
import { testDb } from '../support/db.ts';
import { graphCounts } from '../support/db.ts';

const db = testDb();
const NAME = 'cli-copy';
afterAll(async () => {
  await rollbackImport(db, `import-${NAME}`).catch(() => {});
  await db.driver.close();
});

describe('npm run export / npm run import', () => {
  it('exports the seed as GEXF 1.2draft with progress, imports it back, and says what is wrong with bad arguments', async () => {
    const { uri, password } = inject('neo4j');
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'interop-cli-'));
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password };
    const tsx = path.resolve('node_modules/.bin/tsx');
    const run = (script: string, ...args: string[]) =>
      promisify(execFile)(tsx, [path.resolve('scripts', script), ...args], { cwd, env, timeout: 120_000 }).then(
        (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
      );
    const out = path.join(cwd, 'seed.gexf');
    const exported = await run('export.ts', '--dataset', 'cambodia-crackdown', '--format', 'gexf', '--gexf-version', '1.2', '--out', out);
    expect(exported.code, exported.err).toBe(0);
    expect(exported.err).toMatch(/export: [\d,]+\/[\d,]+ rows, [\d,]+ rows\/s, ETA \d+ s/);
    expect(exported.out).toMatch(/export: cambodia-crackdown -> .*seed\.gexf: \d+ nodes, \d+ relationships \(gexf\)/);
    expect(readFileSync(out, 'utf8')).toContain('http://www.gexf.net/1.2draft');

    const before = await graphCounts(db);
    const imported = await run('import.ts', out, '--dataset', NAME);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toMatch(new RegExp(`import: .*seed\\.gexf -> import-${NAME}: \\d+ nodes, \\d+ relationships \\(gexf, run import-${NAME}-file\\)`));
    expect((await graphCounts(db)).nodes).toBeGreaterThan(before.nodes);

    const usage = await run('export.ts', '--dataset', 'cambodia-crackdown', '--format', 'pdf');
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/--format: want one of scamgraph-json, graphml, gexf, cyjs, csv.*not 'pdf'[\s\S]*usage: npm run export/);
    const again = await run('import.ts', out, '--dataset', NAME);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/a dataset 'cli-copy' already exists/);
  }, 240_000);
});
