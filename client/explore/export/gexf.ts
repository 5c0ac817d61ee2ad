// GEXF 1.3 for Gephi: attribute declarations per class, values per element, positions and type colours in viz.
import { attrText, EDGE_ATTRS, NODE_ATTRS, type ExportGraph } from './model.ts';
import { xmlText } from './xml.ts';

/** Colour per node type (the canvas palette), so Gephi opens with the same colours. */
export type ColourOf = (type: string) => { r: number; g: number; b: number } | undefined;

export function toGexf(graph: ExportGraph, colourOf: ColourOf = () => undefined, date = new Date().toISOString().slice(0, 10)): string {
  const decl = (cls: 'node' | 'edge', attrs: ReadonlyArray<readonly [string, string]>): string =>
    [`    <attributes class="${cls}" mode="static">`, ...attrs.map(([name, type]) => `      <attribute id="${name}" title="${name}" type="${type}"/>`), '    </attributes>'].join('\n');
  const values = (el: Parameters<typeof attrText>[0], attrs: ReadonlyArray<readonly [string, string]>): string => {
    const items = attrs.flatMap(([name]) => {
      const v = attrText(el, name);
      return v === undefined ? [] : [`          <attvalue for="${name}" value="${xmlText(v)}"/>`];
    });
    return items.length > 0 ? `\n        <attvalues>\n${items.join('\n')}\n        </attvalues>` : '';
  };
  const nodes = graph.nodes.map((n) => {
    const c = colourOf(n.type);
    const viz = [
      c ? `\n        <viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>` : '',
      n.x !== undefined && n.y !== undefined ? `\n        <viz:position x="${n.x.toFixed(1)}" y="${(-n.y).toFixed(1)}" z="0"/>` : '',
    ].join('');
    return `      <node id="${xmlText(n.id)}" label="${xmlText(n.label)}">${values(n, NODE_ATTRS)}${viz}\n      </node>`;
  });
  const edges = graph.edges.map((e) =>
    `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" label="${xmlText(e.label)}">${values(e, EDGE_ATTRS)}\n      </edge>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${date}">`,
    '    <creator>scamgraph</creator>',
    '    <description>Allegations are claims: read status, credibility and sources before relying on any link.</description>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    decl('node', NODE_ATTRS),
    decl('edge', EDGE_ATTRS),
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
