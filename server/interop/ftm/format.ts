// 'ftm' in the format registry: FtM lines as the file, the Scamgraph extension as its companion FILE.scamgraph.json.
// The writer needs the whole dataset at once (an edge's FtM schema depends on both ends' schemata), so the pages
// are gathered first; the lines and the sidecar come from one computation, shared through `written`.
import { InteropReadError, textOf, type Chunk, type Dump, type Format } from '../model.ts';
import { readFtmFile } from './read-ftm.ts';
import { ftmLines, writeFtm, type FtmWritten } from './write-ftm.ts';
import { SIDECAR_SUFFIX } from './sidecar.ts';

export const FTM_LEAVES_OUT = [
  'in the FtM lines alone: allegations as such (they are Notes), their status, status history, credibility and opinion flag, '
  + 'sources\' reliability, established-or-reported, the exact Scamgraph types and ids, and properties FtM has no place for; '
  + `all of it is in the Scamgraph extension beside the file (FILE${SIDECAR_SUFFIX}), which npm run import reads back`,
];

const cache = new WeakMap<Dump, Promise<FtmWritten>>();

/** One computation per dump: the lines and the sidecar of one export agree by construction. */
export function written(dump: Dump): Promise<FtmWritten> {
  let w = cache.get(dump);
  if (!w) {
    w = (async () => {
      const nodes = [];
      const relationships = [];
      for await (const page of dump.nodes()) nodes.push(...page);
      for await (const page of dump.relationships()) relationships.push(...page);
      return writeFtm({ dataset: dump.header.dataset, nodes, relationships: relationships as Parameters<typeof writeFtm>[0]['relationships'] });
    })();
    cache.set(dump, w);
  }
  return w;
}

async function* lines(dump: Dump): AsyncIterable<Chunk> {
  const { entities } = await written(dump);
  for (let i = 0; i < entities.length; i += 1000) yield ftmLines(entities.slice(i, i + 1000));
}

async function* sidecar(dump: Dump): AsyncIterable<Chunk> {
  yield `${JSON.stringify((await written(dump)).sidecar)}\n`;
}

export const ftmFormat: Format = {
  name: 'ftm', extension: 'ftm.jsonl', mediaType: 'application/x-ndjson', leavesOut: FTM_LEAVES_OUT,
  read(bytes, options) {
    const file = options?.file ?? 'file.ftm.jsonl';
    let extension: unknown;
    if (options?.companion) {
      try {
        extension = JSON.parse(textOf(options.companion));
      } catch (err) {
        throw new InteropReadError(`${file}${SIDECAR_SUFFIX}`, 'the document', undefined, `is not JSON (${(err as Error).message})`);
      }
    }
    return readFtmFile(textOf(bytes), { file, sidecar: extension });
  },
  write: (dump) => lines(dump),
  companion: { suffix: SIDECAR_SUFFIX, write: (dump) => sidecar(dump) },
};
