// HTTP for whole-dataset exchange: GET /datasets/:dataset/export?format=F streams the file; POST
// /datasets/:name/import takes a file (as JSON, see server/contract/interop.ts) into `import-<name>`.
import { Router, type Response } from 'express';
import { ExportParams, ExportQuery, ImportParams, ImportReport, ImportRequest } from '../contract/interop.ts';
import type { Db } from '../db/run.ts';
import { parsed, validate } from '../http/validate.ts';
import { respond } from '../http/respond.ts';
import { BadRequestError } from '../http/errors.ts';
import { exportDataset } from './export-dataset.ts';
import { importFile } from './import-file.ts';
import type { Chunk } from './formats.ts';
import type { AfterImport } from '../xref/after-import.ts';

/** Writes chunks as the client takes them (waits for drain), so a big export never piles up in memory. */
async function stream(res: Response, chunks: AsyncIterable<Chunk>): Promise<void> {
  for await (const c of chunks) {
    if (res.destroyed) return;
    if (!res.write(c)) await new Promise<void>((resolve) => { res.once('drain', resolve); res.once('close', resolve); });
  }
  res.end();
}

export interface InteropDeps {
  /** Issue 12's history of changes for scamgraph-json exports: (ids) => historyOf(teamStore, ids), once i12-edits is merged. */
  historyOf?: (ids: readonly string[]) => unknown[];
  /** Cross-referencing after an import, as uploads have it: "N possible duplicates" in the report. */
  afterImport?: AfterImport;
}

export function interopRoutes(db: Db, deps: InteropDeps = {}): Router {
  return Router()
    .get('/datasets/:dataset/export', validate('params', ExportParams), validate('query', ExportQuery), async (_req, res) => {
      const { dataset } = parsed(res, 'params', ExportParams);
      const q = parsed(res, 'query', ExportQuery);
      const out = await exportDataset(db, dataset, q.format, { gexfVersion: q.gexfVersion, historyOf: deps.historyOf });
      const companion = q.part === 'companion' ? out.format.companion : undefined;
      if (q.part === 'companion' && !companion) throw new BadRequestError(`part: the format ${q.format} has no companion file`, 'part');
      res.status(200);
      res.setHeader('Content-Type', companion ? 'application/json; charset=utf-8' : `${out.format.mediaType}${out.format.name === 'csv' ? '' : '; charset=utf-8'}`);
      res.setHeader('Content-Disposition', `attachment; filename="${out.filename}${companion?.suffix ?? ''}"`);
      if (out.notices.length) res.setHeader('X-Scamgraph-Notice', out.notices.join(' | '));
      try {
        await stream(res, companion ? companion.write(out.dump, { gexfVersion: q.gexfVersion }) : out.chunks);
      } catch (err) {
        // Headers are gone: cut the answer short so the client sees a broken download, never a truncated "complete" file.
        console.error('export failed mid-stream:', (err as Error).message);
        res.destroy(err as Error);
      }
    })
    .post('/datasets/:name/import', validate('params', ImportParams), validate('body', ImportRequest), async (_req, res) => {
      const { name } = parsed(res, 'params', ImportParams);
      const body = parsed(res, 'body', ImportRequest);
      const bytes = body.encoding === 'base64' ? new Uint8Array(Buffer.from(body.content, 'base64')) : new TextEncoder().encode(body.content);
      const companion = body.companion === undefined ? undefined : new TextEncoder().encode(body.companion);
      const report = await importFile(db, bytes, { file: body.file, name, format: body.format, resume: body.resume, companion });
      const possibleDuplicates = await deps.afterImport?.(report.dataset);
      respond(res, ImportReport, possibleDuplicates === undefined ? report : { ...report, possibleDuplicates }, 201);
    });
}
