// GraphML (yEd, Gephi, NetworkX): declared keys for every attribute, so type, status and sources survive the trip.
import { attrText, EDGE_ATTRS, NODE_ATTRS, type ExportGraph } from './model.ts';
import { xmlText } from './xml.ts';

const graphmlType = { string: 'string', integer: 'int', boolean: 'boolean' } as const;

export function toGraphml(graph: ExportGraph): string {
  const keys = [
    '  <key id="label" for="all" attr.name="label" attr.type="string"/>',
    ...NODE_ATTRS.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${graphmlType[type]}"/>`),
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    ...EDGE_ATTRS.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${graphmlType[type]}"/>`),
  ];
  const data = (key: string, value: string | undefined): string => (value === undefined ? '' : `\n      <data key="${key}">${xmlText(value)}</data>`);
  const nodes = graph.nodes.map((n) => `    <node id="${xmlText(n.id)}">${data('label', n.label)}${NODE_ATTRS.map(([name]) => data(`n_${name}`, attrText(n, name))).join('')}${data('x', n.x?.toFixed(1))}${data('y', n.y?.toFixed(1))}\n    </node>`);
  const edges = graph.edges.map((e) => `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${data('label', e.label)}${EDGE_ATTRS.map(([name]) => data(`e_${name}`, attrText(e, name))).join('')}\n    </edge>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <!-- Exported by scamgraph. Allegations are claims: read status, credibility and sources before relying on any link. -->',
    ...keys,
    '  <graph id="scamgraph" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
