// The export serialisers: GraphML and GEXF parse back with their attribute declarations, .cyjs loads in Cytoscape, CSV quotes safely.
import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { edgesCsv, nodesCsv, csvCell } from '../../client/explore/export/csv.ts';
import { toCyjs } from '../../client/explore/export/cyjs.ts';
import { toGexf } from '../../client/explore/export/gexf.ts';
import { toGraphml } from '../../client/explore/export/graphml.ts';
import type { ExportGraph } from '../../client/explore/export/model.ts';

const graph: ExportGraph = {
  nodes: [
    { id: 'org-amnesty', label: 'Amnesty International', type: 'Organization', sources: ['src-a'], sourceTitles: ['Analysis, "in depth" & more'], sourceGrades: ['F'], x: 10, y: -20 },
    {
      id: 'al-gov', label: 'Alleged <complicity>', type: 'Allegation', status: 'alleged', category: 'complicity_collusion', credibility: 3, isOpinion: false,
      sources: ['src-a', 'src-b'], sourceTitles: ['Analysis, "in depth" & more', 'Investigations'], sourceGrades: ['F', 'F'], x: 0, y: 0,
    },
    { id: 'src-a', label: '=HYPERLINK("x")', type: 'Source', reliability: 'F', sources: [], sourceTitles: [], sourceGrades: [] },
  ],
  edges: [
    { id: 'MADE_BY:al-gov:org-amnesty', source: 'al-gov', target: 'org-amnesty', type: 'MADE_BY', label: 'made by', status: 'alleged', sources: ['src-a'], sourceTitles: ['Analysis, "in depth" & more'], sourceGrades: ['F'] },
    { id: 'allegation:al-gov:org-amnesty:src-a', source: 'org-amnesty', target: 'src-a', type: 'ALLEGES', label: 'ALLEGED · complicity', status: 'alleged', allegation: 'al-gov', sources: ['src-b'], sourceTitles: ['Investigations'], sourceGrades: ['F'] },
  ],
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['key', 'node', 'edge', 'data', 'attribute', 'attvalue', 'attributes'].includes(name) });

type Attrs = Record<string, string>;

describe('GraphML', () => {
  const xml = toGraphml(graph);
  const doc = parser.parse(xml) as { graphml: { key: Attrs[]; graph: { node: Array<Attrs & { data: Array<Attrs & { '#text': string | number }> }>; edge: Array<Attrs & { data: Array<Attrs & { '#text': string | number }> }> } } };

  it('is well-formed and declares a key per attribute, for nodes and edges', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const keys = doc.graphml.key.map((k) => `${k['@_for']}:${k['@_attr.name']}`);
    for (const name of ['type', 'status', 'category', 'credibility', 'isOpinion', 'reliability', 'sources', 'sourceTitles']) expect(keys).toContain(`node:${name}`);
    for (const name of ['status', 'sources', 'sourceTitles', 'allegation']) expect(keys).toContain(`edge:${name}`);
  });

  it('keeps every id and the provenance of each element', () => {
    const g = doc.graphml.graph;
    expect(g.node.map((n) => n['@_id'])).toEqual(graph.nodes.map((n) => n.id));
    expect(g.edge.map((e) => e['@_id'])).toEqual(graph.edges.map((e) => e.id));
    const claim = Object.fromEntries(g.node[1]!.data.map((d) => [d['@_key'], String(d['#text'])]));
    expect(claim).toMatchObject({ label: 'Alleged <complicity>', n_status: 'alleged', n_credibility: '3', n_sources: 'src-a; src-b', n_sourceTitles: 'Analysis, "in depth" & more; Investigations' });
    const link = Object.fromEntries(g.edge[1]!.data.map((d) => [d['@_key'], String(d['#text'])]));
    expect(link).toMatchObject({ e_status: 'alleged', e_allegation: 'al-gov', e_sources: 'src-b' });
  });
});

describe('GEXF', () => {
  const xml = toGexf(graph, () => ({ r: 1, g: 2, b: 3 }), '2025-01-01');
  const doc = parser.parse(xml) as { gexf: { graph: { attributes: Array<{ '@_class': string; attribute: Attrs[] }>; nodes: { node: Array<Attrs & { attvalues?: { attvalue: Attrs[] } }> }; edges: { edge: Array<Attrs & { attvalues?: { attvalue: Attrs[] } }> } } } };

  it('is well-formed GEXF 1.3 with node and edge attribute declarations', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const decl = Object.fromEntries(doc.gexf.graph.attributes.map((a) => [a['@_class'], a.attribute.map((x) => x['@_id'])]));
    expect(decl.node).toEqual(expect.arrayContaining(['type', 'status', 'category', 'credibility', 'isOpinion', 'reliability', 'sources', 'sourceTitles']));
    expect(decl.edge).toEqual(expect.arrayContaining(['status', 'sources', 'sourceTitles']));
  });

  it('keeps ids, labels and attribute values', () => {
    const nodes = doc.gexf.graph.nodes.node;
    expect(nodes.map((n) => n['@_id'])).toEqual(graph.nodes.map((n) => n.id));
    expect(nodes[1]!['@_label']).toBe('Alleged <complicity>');
    const values = Object.fromEntries(nodes[1]!.attvalues!.attvalue.map((v) => [v['@_for'], v['@_value']]));
    expect(values).toMatchObject({ status: 'alleged', sources: 'src-a; src-b', type: 'Allegation' });
    expect(doc.gexf.graph.edges.edge.map((e) => e['@_id'])).toEqual(graph.edges.map((e) => e.id));
  });
});

describe('Cytoscape JSON', () => {
  it('loads in headless Cytoscape with the same ids and data', () => {
    const doc = JSON.parse(toCyjs(graph)) as { format_version: string; generated_by: string; elements: cytoscape.ElementsDefinition };
    expect(doc.format_version).toBe('1.0');
    expect(doc.generated_by).toBe('scamgraph');
    // The preset layout keeps the file's positions (Cytoscape's default null layout puts every node at 0,0).
    const cy = cytoscape({ headless: true, elements: doc.elements, layout: { name: 'preset' } });
    expect(cy.nodes().map((n) => n.id())).toEqual(graph.nodes.map((n) => n.id));
    expect(cy.edges().map((e) => e.id())).toEqual(graph.edges.map((e) => e.id));
    expect(cy.getElementById('al-gov').data('sources')).toEqual(['src-a', 'src-b']);
    expect(cy.getElementById('org-amnesty').position()).toEqual({ x: 10, y: -20 });
  });
});

describe('CSV', () => {
  it('writes a header and one row per node and edge, quoting commas, quotes and newlines', () => {
    const nodes = nodesCsv(graph).trimEnd().split('\r\n');
    expect(nodes).toHaveLength(graph.nodes.length + 1);
    expect(nodes[0]).toBe('id,label,type,status,category,credibility,isOpinion,reliability,sources,sourceTitles,sourceGrades,x,y');
    expect(nodes[1]).toContain('"Analysis, ""in depth"" & more"');
    expect(edgesCsv(graph).trimEnd().split('\r\n')).toHaveLength(graph.edges.length + 1);
  });

  it('never lets a cell run as a spreadsheet formula, but keeps numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-7.5')).toBe('-7.5');
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });
});
