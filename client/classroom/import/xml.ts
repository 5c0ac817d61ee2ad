// GraphML and GEXF, read with the browser's own DOMParser into node and link lists (numbered by their order in the file).
import type { UploadEdge, UploadNode } from '@contract/datasets.ts';
import { ImportFileError } from './tables.ts';

export interface ParsedNetwork {
  nodes: UploadNode[];
  edges: UploadEdge[];
}

const NAME_KEYS = ['label', 'name', 'title'];
const TYPE_KEYS = ['type', 'kind', 'category'];
const EDGE_TYPE_KEYS = ['type', 'label', 'kind', 'relationship'];

const all = (root: Document | Element, tag: string): Element[] => [...root.getElementsByTagNameNS('*', tag)];
const clean = (v: string | null | undefined): string | undefined => v?.trim() || undefined;

function parse(file: string, text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new ImportFileError(file, 'is not well-formed XML');
  return doc;
}

/** GraphML: <key id attr.name for>, then <data key> inside each node and edge. */
export function parseGraphml(file: string, text: string): ParsedNetwork {
  const doc = parse(file, text);
  if (all(doc, 'graph').length === 0) throw new ImportFileError(file, 'has no <graph> element; is it GraphML?');
  const keyName = new Map(all(doc, 'key').map((k) => [k.getAttribute('id') ?? '', (k.getAttribute('attr.name') ?? k.getAttribute('id') ?? '').toLowerCase()]));
  const dataOf = (el: Element, names: string[]) => {
    for (const d of [...el.children].filter((c) => c.localName === 'data')) {
      if (names.includes(keyName.get(d.getAttribute('key') ?? '') ?? '')) return clean(d.textContent);
    }
    return undefined;
  };
  return {
    nodes: all(doc, 'node').map((n, i) => ({ id: n.getAttribute('id')?.trim() ?? '', name: dataOf(n, NAME_KEYS), type: dataOf(n, TYPE_KEYS), row: i + 1 })),
    edges: all(doc, 'edge').map((e, i) => ({
      source: e.getAttribute('source')?.trim() ?? '', target: e.getAttribute('target')?.trim() ?? '', type: dataOf(e, EDGE_TYPE_KEYS), row: i + 1,
    })),
  };
}

/** GEXF: label on the element, other fields as <attvalue for> named by <attribute id title>. */
export function parseGexf(file: string, text: string): ParsedNetwork {
  const doc = parse(file, text);
  if (all(doc, 'nodes').length === 0) throw new ImportFileError(file, 'has no <nodes> element; is it GEXF?');
  const titles = new Map(all(doc, 'attribute').map((a) => [a.getAttribute('id') ?? '', (a.getAttribute('title') ?? '').toLowerCase()]));
  const attOf = (el: Element, names: string[]) => {
    for (const v of all(el, 'attvalue')) {
      if (names.includes(titles.get(v.getAttribute('for') ?? v.getAttribute('id') ?? '') ?? '')) return clean(v.getAttribute('value'));
    }
    return undefined;
  };
  return {
    nodes: all(doc, 'node').map((n, i) => ({ id: n.getAttribute('id')?.trim() ?? '', name: clean(n.getAttribute('label')) ?? attOf(n, NAME_KEYS), type: attOf(n, TYPE_KEYS), row: i + 1 })),
    // In GEXF an edge's `type` says directed or not; what kind of link it is sits in its label or attributes.
    edges: all(doc, 'edge').map((e, i) => ({
      source: e.getAttribute('source')?.trim() ?? '', target: e.getAttribute('target')?.trim() ?? '',
      type: clean(e.getAttribute('label')) ?? clean(e.getAttribute('kind')) ?? attOf(e, EDGE_TYPE_KEYS), row: i + 1,
    })),
  };
}
