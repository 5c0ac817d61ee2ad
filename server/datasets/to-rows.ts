// An upload -> the rows the shared import path writes: one Source for the upload itself, the nodes, the links.
import { nodeLabels } from '../contract/vocabulary.ts';
import { datasetOf, type DatasetUpload } from '../contract/datasets.ts';
import type { NodeRow, RelRow } from '../seed/to-rows.ts';
import { nodeTypeOf, relTypeOf } from './upload-check.ts';

/** Entity ids are lower-case words; an uploaded id is slugged and kept in `originalId`. */
function slug(text: string, max: number): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '');
}

/**
 * `<dataset>--<slug>`: dataset names never hold `--`, so no upload can write over another dataset's nodes
 * (the import MERGEs on id) — least of all the curated graph's.
 */
export function nodeIds(dataset: string, ids: string[]): Map<string, string> {
  const room = 80 - dataset.length - 2;
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const id of ids) {
    const base = slug(id, room - 6) || 'node';
    let candidate = base;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
    taken.add(candidate);
    out.set(id, `${dataset}--${candidate}`);
  }
  return out;
}

export function uploadSourceId(dataset: string): string {
  return `${dataset}-source`;
}

export function uploadRows(upload: DatasetUpload, now = new Date()): { dataset: string; nodes: NodeRow[]; relationships: RelRow[] } {
  const dataset = datasetOf(upload.name);
  const sourceId = uploadSourceId(dataset);
  const filename = upload.files.nodes === upload.files.edges ? upload.files.nodes : `${upload.files.nodes} and ${upload.files.edges}`;
  const source: NodeRow = {
    id: sourceId,
    labels: ['Entity', ...nodeLabels.Source],
    props: {
      id: sourceId, type: 'Source', name: `Uploaded file ${filename} by a teacher`, aliases: [], dataset, sources: [sourceId],
      description: 'A network uploaded in classroom mode. Nobody has checked it against other sources, so its reliability cannot be judged (F).',
      publisher: 'classroom upload', kind: 'reference', reliability: 'F', held: true, citedBy: [],
      filename, publishedOn: now.toISOString().slice(0, 10), uploadedAt: now.toISOString(),
    },
  };
  const ids = nodeIds(dataset, upload.nodes.map((n) => n.id));
  const nodes = upload.nodes.map((n): NodeRow => {
    const type = nodeTypeOf(n.type)!;
    const id = ids.get(n.id)!;
    return {
      id,
      labels: ['Entity', ...nodeLabels[type]],
      props: {
        ...n.properties,
        id, type, name: n.name || n.id, aliases: [], dataset, sources: [sourceId], originalId: n.id,
        description: n.description ?? `From the uploaded file ${upload.files.nodes}; not checked against any other source.`,
      },
    };
  });
  const relationships = upload.edges.map((e, i): RelRow => {
    const { type, kind } = relTypeOf(e.type);
    const id = `${dataset}--link-${i + 1}`;
    return { id, type, from: ids.get(e.source)!, to: ids.get(e.target)!, props: {
      ...e.properties, id, sources: [sourceId], status: 'reported', ...(kind ? { kind } : {}),
      ...(e.weight !== undefined ? { weight: e.weight } : {}), ...(e.description ? { description: e.description } : {}),
    } };
  });
  return { dataset, nodes: [source, ...nodes], relationships };
}
