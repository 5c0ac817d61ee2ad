// GEXF for Gephi and networkx: 1.3 by default, 1.2draft (--gexf-version 1.2) for networkx 2.8 and older readers,
// which know only 1.1 and 1.2draft. Attributes are declared per class with their type; the ones Scamgraph adds
// carry sg:role, lists are JSON text (sg:kind="json"), so Scamgraph's own reader gets every value back.
import type { Chunk, Dump, Format, InteropNode, InteropRel, ReadResult, WriteOptions } from './model.ts';
import { InteropReadError, textOf } from './model.ts';
import { parseValue, sortedProps, valueText, ValueTextError, XML_TYPE, type ValueKind } from './values.ts';
import { SG_NS, XML_LEAVES_OUT, xmlAttr } from './xml-text.ts';
import { childrenOf, parseXml, type XmlElement } from './xml-read.ts';

export const GEXF_LEAVES_OUT = [XML_LEAVES_OUT, 'whole-number floats (3.0 is read back as the integer 3)'];

const NS = {
  '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', schema: 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd', version: '1.3' },
  '1.2': { gexf: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz', schema: 'http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd', version: '1.2' },
} as const;

interface Attr { id: string; name: string; kind: ValueKind; role?: 'labels' | 'type' }

function attrsFor(cls: 'node' | 'edge', props: Record<string, ValueKind>): Attr[] {
  const first: Attr = cls === 'node' ? { id: 'sg_labels', name: 'labels', kind: 'json', role: 'labels' } : { id: 'sg_type', name: 'type', kind: 'string', role: 'type' };
  return [first, ...Object.keys(props).sort().map((name, i): Attr => ({ id: String(i), name, kind: props[name]! }))];
}

const declXml = (cls: string, attrs: Attr[]) => `    <attributes class="${cls}" mode="static">\n${attrs.map((a) =>
  `      <attribute id="${a.id}" title="${xmlAttr(a.name)}" type="${XML_TYPE[a.kind]}"${a.kind === 'json' ? ' sg:kind="json"' : ''}${a.role ? ` sg:role="${a.role}"` : ''}/>\n`).join('')}    </attributes>\n`;

function valuesXml(attrs: Attr[], props: Record<string, unknown>, fixed: string): string {
  const items = attrs.flatMap((a) => {
    const v = a.role ? fixed : props[a.name];
    if (v === undefined || v === null) return [];
    return [`          <attvalue for="${a.id}" value="${xmlAttr(a.role ? String(v) : valueText(v, a.kind))}"/>\n`];
  });
  return items.length ? `\n        <attvalues>\n${items.join('')}        </attvalues>` : '';
}

export async function* writeGexf(dump: Dump, options: WriteOptions = {}): AsyncIterable<Chunk> {
  const ns = NS[options.gexfVersion ?? '1.3'];
  const nodeAttrs = attrsFor('node', dump.header.nodeKeys);
  const edgeAttrs = attrsFor('edge', dump.header.relKeys);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    + `<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" xmlns:sg="${SG_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n`
    + `  xsi:schemaLocation="${ns.schema}" version="${ns.version}">\n`
    + `  <meta lastmodifieddate="${dump.header.exportedAt.slice(0, 10)}">\n    <creator>scamgraph</creator>\n`
    + `    <description>${xmlAttr(`Dataset ${dump.header.dataset}. Allegations are claims: read status, credibility and sources before relying on any link. Leaves out: ${GEXF_LEAVES_OUT.join('; ')}.`)}</description>\n  </meta>\n`
    + `  <graph defaultedgetype="directed" mode="static">\n${declXml('node', nodeAttrs)}${declXml('edge', edgeAttrs)}    <nodes>\n`;
  for await (const page of dump.nodes()) {
    yield page.map((n) => {
      const c = options.colours?.get(n.id);
      const at = options.positions?.get(n.id);
      const viz = (c ? `\n        <viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>` : '') + (at ? `\n        <viz:position x="${at.x}" y="${-at.y}" z="0"/>` : '');
      return `      <node id="${xmlAttr(n.id)}" label="${xmlAttr(String(n.props.name ?? n.id))}">${valuesXml(nodeAttrs, n.props, JSON.stringify(n.labels))}${viz}\n      </node>\n`;
    }).join('');
  }
  yield '    </nodes>\n    <edges>\n';
  for await (const page of dump.relationships()) {
    yield page.map((r) => `      <edge id="${xmlAttr(r.id)}" source="${xmlAttr(r.from)}" target="${xmlAttr(r.to)}" label="${xmlAttr(String(r.props.kind ?? r.type))}">${valuesXml(edgeAttrs, r.props, r.type)}\n      </edge>\n`).join('');
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

export function readGexf(bytes: Uint8Array, file = 'file.gexf'): ReadResult {
  const root = parseXml(file, textOf(bytes), 'gexf');
  const graph = childrenOf(root, 'graph')[0];
  if (!graph) throw new InteropReadError(file, '<gexf>', undefined, 'has no <graph> element');
  const attrs = { node: new Map<string, Attr>(), edge: new Map<string, Attr>() };
  for (const block of childrenOf(graph, 'attributes')) {
    const cls = block.attrs.class === 'edge' ? 'edge' : 'node';
    for (const a of childrenOf(block, 'attribute')) {
      const type = a.attrs.type ?? 'string';
      const kind: ValueKind = a.attrs['sg:kind'] === 'json' ? 'json' : type === 'boolean' ? 'boolean' : ['integer', 'long'].includes(type) ? 'long' : ['float', 'double'].includes(type) ? 'double' : 'string';
      attrs[cls].set(a.attrs.id ?? '', { id: a.attrs.id ?? '', name: a.attrs.title ?? a.attrs.id ?? '', kind, role: a.attrs['sg:role'] as Attr['role'] });
    }
  }
  const read = (el: XmlElement, cls: 'node' | 'edge', where: string) => {
    const props: Record<string, unknown> = {};
    let fixed: string | undefined;
    for (const block of childrenOf(el, 'attvalues')) {
      for (const v of childrenOf(block, 'attvalue')) {
        const a = attrs[cls].get(v.attrs.for ?? v.attrs.id ?? '');
        if (!a) throw new InteropReadError(file, where, `attvalue for="${v.attrs.for}"`, 'no <attribute> declares it');
        try {
          if (a.role) fixed = v.attrs.value ?? '';
          else props[a.name] = parseValue(v.attrs.value ?? '', a.kind);
        } catch (err) {
          if (err instanceof ValueTextError) throw new InteropReadError(file, where, a.name, err.message);
          throw err;
        }
      }
    }
    return { props, fixed };
  };
  const nodes = childrenOf(childrenOf(graph, 'nodes')[0] ?? { attrs: {}, children: {}, text: '' }, 'node').map((n, i): InteropNode => {
    const where = `<node> ${i + 1}${n.attrs.id ? ` (id "${n.attrs.id}")` : ''}`;
    if (!n.attrs.id) throw new InteropReadError(file, where, 'id', 'is missing');
    const { props, fixed } = read(n, 'node', where);
    if (props.name === undefined && n.attrs.label !== undefined) props.name = n.attrs.label;
    let labels: string[] = [];
    try { labels = fixed ? (JSON.parse(fixed) as string[]) : []; } catch { throw new InteropReadError(file, where, 'labels', 'is not a JSON list'); }
    return { id: n.attrs.id, labels, props: sortedProps(props) };
  });
  const relationships = childrenOf(childrenOf(graph, 'edges')[0] ?? { attrs: {}, children: {}, text: '' }, 'edge').map((e, i): InteropRel => {
    const where = `<edge> ${i + 1}${e.attrs.id ? ` (id "${e.attrs.id}")` : ''}`;
    for (const f of ['source', 'target']) if (!e.attrs[f]) throw new InteropReadError(file, where, f, 'is missing');
    const { props, fixed } = read(e, 'edge', where);
    // In GEXF an edge's `type` attribute says directed or not; the link word sits in its label.
    return { id: e.attrs.id ?? '', type: fixed ?? e.attrs.label ?? String(props.type ?? ''), from: e.attrs.source!, to: e.attrs.target!, props: sortedProps(props) };
  });
  // Scamgraph's own GEXF names its dataset in the description.
  const description = childrenOf(childrenOf(root, 'meta')[0] ?? { attrs: {}, children: {}, text: '' }, 'description')[0]?.text ?? '';
  return { dataset: /^Dataset (\S+)\. /.exec(description)?.[1], nodes, relationships, notices: [] };
}

export const gexfFormat: Format = {
  name: 'gexf', extension: 'gexf', mediaType: 'application/gexf+xml', leavesOut: GEXF_LEAVES_OUT,
  read: (bytes, o) => readGexf(bytes, o?.file),
  write: writeGexf,
};
