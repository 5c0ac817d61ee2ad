// GraphML (yEd, Gephi, Gephi Lite, networkx): keys declared per domain (for="node", for="edge"; never for="all",
// which graphology-graphml, Gephi Lite's parser, refuses), one key per property with its type, and a
// scamgraph role (sg:role) on the keys Scamgraph adds, so its own reader gets every value back exactly.
import type { Chunk, Dump, Format, InteropNode, InteropRel, ReadResult, WriteOptions } from './model.ts';
import { InteropReadError, textOf } from './model.ts';
import { parseValue, sortedProps, valueText, ValueTextError, XML_TYPE, type ValueKind } from './values.ts';
import { SG_NS, XML_LEAVES_OUT, xmlAttr, xmlContent } from './xml-text.ts';
import { childrenOf, parseXml, textContent, type XmlElement } from './xml-read.ts';

export const GRAPHML_LEAVES_OUT = [XML_LEAVES_OUT, 'whole-number floats (3.0 is read back as the integer 3)'];

interface Key { id: string; name: string; kind: ValueKind; role?: 'labels' | 'type' | 'display' }

function keysFor(domain: 'node' | 'edge', props: Record<string, ValueKind>): Key[] {
  const p = domain === 'node' ? 'n' : 'e';
  const keys: Key[] = [{ id: `${p}_sg`, name: domain === 'node' ? 'labels' : 'type', kind: domain === 'node' ? 'json' : 'string', role: domain === 'node' ? 'labels' : 'type' }];
  // A display label for peers (Gephi shows `label`), unless the rows have a property of that name.
  if (!('label' in props)) keys.push({ id: `${p}_label`, name: 'label', kind: 'string', role: 'display' });
  Object.keys(props).sort().forEach((name, i) => keys.push({ id: `${p}${i}`, name, kind: props[name]! }));
  return keys;
}

const keyXml = (domain: string, k: Key) =>
  `  <key id="${k.id}" for="${domain}" attr.name="${xmlAttr(k.name)}" attr.type="${XML_TYPE[k.kind]}"${k.kind === 'json' ? ' sg:kind="json"' : ''}${k.role ? ` sg:role="${k.role}"` : ''}/>\n`;

function dataXml(keys: Key[], props: Record<string, unknown>, fixed: Record<string, string>): string {
  let out = '';
  for (const k of keys) {
    const v = k.role ? fixed[k.role] : props[k.name];
    if (v === undefined || v === null) continue;
    out += `\n      <data key="${k.id}">${xmlContent(k.role ? String(v) : valueText(v, k.kind))}</data>`;
  }
  return out;
}

export async function* writeGraphml(dump: Dump, options: WriteOptions = {}): AsyncIterable<Chunk> {
  const nodeKeys = keysFor('node', dump.header.nodeKeys);
  const edgeKeys = keysFor('edge', dump.header.relKeys);
  const pos = options.positions;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    + `<!-- Exported by scamgraph: dataset ${xmlContent(dump.header.dataset).replace(/--/g, '- -')}, ${dump.header.exportedAt}. Allegations are claims: read status, credibility and sources before relying on any link.\n`
    + `     Leaves out: ${GRAPHML_LEAVES_OUT.join('; ')}. Lists are JSON text (keys marked sg:kind="json"). -->\n`
    + `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sg="${SG_NS}"\n`
    + '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    + nodeKeys.map((k) => keyXml('node', k)).join('')
    + (pos ? '  <key id="x" for="node" attr.name="x" attr.type="double" sg:role="position"/>\n  <key id="y" for="node" attr.name="y" attr.type="double" sg:role="position"/>\n' : '')
    + edgeKeys.map((k) => keyXml('edge', k)).join('')
    + `  <graph id="${xmlAttr(dump.header.dataset)}" edgedefault="directed">\n`;
  for await (const page of dump.nodes()) {
    yield page.map((n) => {
      const at = pos?.get(n.id);
      const xy = at ? `\n      <data key="x">${at.x}</data>\n      <data key="y">${at.y}</data>` : '';
      return `    <node id="${xmlAttr(n.id)}">${dataXml(nodeKeys, n.props, { labels: JSON.stringify(n.labels), display: String(n.props.name ?? n.id) })}${xy}\n    </node>\n`;
    }).join('');
  }
  for await (const page of dump.relationships()) {
    yield page.map((r) => `    <edge id="${xmlAttr(r.id)}" source="${xmlAttr(r.from)}" target="${xmlAttr(r.to)}">${dataXml(edgeKeys, r.props, { type: r.type, display: String(r.props.kind ?? r.type) })}\n    </edge>\n`).join('');
  }
  yield '  </graph>\n</graphml>\n';
}

export function readGraphml(bytes: Uint8Array, file = 'file.graphml'): ReadResult {
  const root = parseXml(file, textOf(bytes), 'graphml');
  const keys = new Map<string, Key>();
  for (const k of childrenOf(root, 'key')) {
    const type = k.attrs['attr.type'] ?? 'string';
    const kind: ValueKind = k.attrs['sg:kind'] === 'json' ? 'json' : type === 'boolean' ? 'boolean' : ['int', 'long'].includes(type) ? 'long' : ['float', 'double'].includes(type) ? 'double' : 'string';
    keys.set(k.attrs.id ?? '', { id: k.attrs.id ?? '', name: k.attrs['attr.name'] ?? k.attrs.id ?? '', kind, role: k.attrs['sg:role'] as Key['role'] });
  }
  const graph = childrenOf(root, 'graph')[0];
  if (!graph) throw new InteropReadError(file, '<graphml>', undefined, 'has no <graph> element');
  const notices: string[] = [];
  const read = (el: XmlElement, where: string) => {
    const props: Record<string, unknown> = {};
    const fixed: Record<string, unknown> = {};
    for (const d of childrenOf(el, 'data')) {
      const key = keys.get(d.attrs.key ?? '');
      if (!key) throw new InteropReadError(file, where, `data key="${d.attrs.key}"`, 'no <key> declares it');
      const text = textContent(d);
      try {
        if (key.role === 'labels') fixed.labels = parseValue(text, 'json');
        else if (key.role === 'type') fixed.type = text;
        else if (!key.role) props[key.name] = parseValue(text, key.kind);
        else if (key.role === 'display') fixed.display = text;
      } catch (err) {
        if (err instanceof ValueTextError) throw new InteropReadError(file, where, key.name, err.message);
        throw err;
      }
    }
    return { props, fixed };
  };
  const nodes = childrenOf(graph, 'node').map((n, i): InteropNode => {
    const where = `<node> ${i + 1}${n.attrs.id ? ` (id "${n.attrs.id}")` : ''}`;
    if (!n.attrs.id) throw new InteropReadError(file, where, 'id', 'is missing');
    const { props, fixed } = read(n, where);
    if (props.name === undefined && fixed.display !== undefined) props.name = fixed.display;
    const labels = Array.isArray(fixed.labels) ? (fixed.labels as string[]) : [];
    return { id: n.attrs.id, labels, props: sortedProps(props) };
  });
  const relationships = childrenOf(graph, 'edge').map((e, i): InteropRel => {
    const where = `<edge> ${i + 1}${e.attrs.id ? ` (id "${e.attrs.id}")` : ''}`;
    for (const f of ['source', 'target']) if (!e.attrs[f]) throw new InteropReadError(file, where, f, 'is missing');
    const { props, fixed } = read(e, where);
    const type = String(fixed.type ?? fixed.display ?? props.type ?? props.label ?? '');
    return { id: e.attrs.id ?? '', type, from: e.attrs.source!, to: e.attrs.target!, props: sortedProps(props) };
  });
  return { dataset: graph.attrs.id, nodes, relationships, notices };
}

export const graphmlFormat: Format = {
  name: 'graphml', extension: 'graphml', mediaType: 'application/graphml+xml', leavesOut: GRAPHML_LEAVES_OUT,
  read: (bytes, o) => readGraphml(bytes, o?.file),
  write: writeGraphml,
};
