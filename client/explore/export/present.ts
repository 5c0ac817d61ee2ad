// "Ready to present": a strip under the exported picture with the legend of what is drawn and a caption naming
// the sources of what is shown (title, publisher, date, reliability grade) and the date of the export. Built once
// as SVG markup: the SVG export appends it, the PNG export rasterises it under the graph.
import type { AllegationStatus } from '@contract/vocabulary.ts';
import { edgeColours, legendTypes, statusGroup, statusLook, type StatusGroup } from '../../cy/palette.ts';
import { edgeSwatch, statusSwatch, typeSwatch } from '../../panels/legend-swatch.ts';
import { reliabilityMeaning, statusLabel, typeLabel } from '../../wording.ts';
import type { ExportData } from './collect.ts';
import type { ExportGraph } from './model.ts';

export interface Strip { markup: string; width: number; height: number }

const FONT_FAMILY = 'Inter, "Segoe UI", system-ui, sans-serif';
const TEXT = '#E4E9F0';
const MUTED = '#9AA6B6';
const PAD = 16;
const LINE = 16;
const SWATCH = 22;
/** Narrow graphs still get a caption that reads as lines, not a column of words. */
const MIN_WIDTH = 560;

const CITATION_TYPES = new Set(['CITED_IN', 'CITES', 'PUBLISHED_BY']);

let measurer: CanvasRenderingContext2D | null | undefined;
function textWidth(text: string, font: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 6;
  measurer.font = font;
  return measurer.measureText(text).width;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap to a width, measured in the font the line is drawn in. */
function wrap(text: string, font: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, font) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface LegendItem { swatch: SVGSVGElement; text: string }

function legendItems(graph: ExportGraph): LegendItem[] {
  const types = new Set(graph.nodes.map((n) => n.type));
  // Allegations are listed by status below: a plain "Allegation" swatch would show a look no claim has.
  const items: LegendItem[] = legendTypes.filter((t) => types.has(t) && t !== 'Allegation').map((t) => ({ swatch: typeSwatch(t), text: typeLabel[t] }));
  const claims = graph.nodes.filter((n) => n.type === 'Allegation');
  const groups = new Set<StatusGroup>();
  for (const c of claims) if (c.status && !c.isOpinion) groups.add(statusGroup[c.status as AllegationStatus] ?? 'claimed');
  for (const g of (Object.keys(statusLook) as StatusGroup[]).filter((x) => groups.has(x))) {
    items.push({ swatch: statusSwatch(g), text: `Allegation: ${statusLook[g].statuses.map((s) => statusLabel[s]).join(' / ')}` });
  }
  if (claims.some((c) => c.isOpinion)) items.push({ swatch: statusSwatch('claimed', true), text: 'Opinion (a view, not a factual claim)' });
  const edgeTypes = new Set(graph.edges.map((e) => e.type));
  if ([...edgeTypes].some((t) => !CITATION_TYPES.has(t) && t !== 'ALLEGES')) items.push({ swatch: edgeSwatch(edgeColours.fact, 'solid'), text: 'Sourced relationship' });
  if (claims.length > 0 || edgeTypes.has('ALLEGES')) items.push({ swatch: edgeSwatch(edgeColours.allegation, 'dashed'), text: 'Made by / against (dashed while alleged)' });
  if ([...edgeTypes].some((t) => CITATION_TYPES.has(t))) items.push({ swatch: edgeSwatch(edgeColours.citation, 'dotted'), text: 'Cited in / cites' });
  return items;
}

/** Every source behind what is drawn: those the nodes and lines cite, and the sources drawn as nodes. */
export function captionSources(graph: ExportGraph, data: ExportData): string[] {
  const ids = new Set<string>();
  for (const el of [...graph.nodes, ...graph.edges]) for (const id of el.sources) ids.add(id);
  for (const n of graph.nodes) if (n.type === 'Source') ids.add(n.id);
  return [...ids].map((id) => {
    const s = data.source(id);
    if (!s) return `${graph.nodes.find((n) => n.id === id)?.label ?? id} (no title or grade held for this source)`;
    const by = s.publisher && s.publisher !== 'unknown' ? s.publisher : 'publisher not stated';
    const when = s.publishedOn ? `, ${s.publishedOn}` : ', undated';
    return `${s.title} (${by}${when}). Grade ${s.reliability}: ${reliabilityMeaning[s.reliability].toLowerCase()}.`;
  }).sort((a, b) => a.localeCompare(b));
}

function exportDate(now: Date): string {
  return now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The legend and caption for a picture of the given width, as SVG markup placed from its own top-left corner. */
export function presentationStrip(graph: ExportGraph, data: ExportData, pictureWidth: number, now = new Date()): Strip {
  const width = Math.max(MIN_WIDTH, Math.ceil(pictureWidth));
  const inner = width - 2 * PAD;
  const body = `12px ${FONT_FAMILY}`;
  const heading = `600 12px ${FONT_FAMILY}`;
  const parts: string[] = [];
  const text = (x: number, y: number, content: string, font: 'body' | 'heading' | 'muted'): void => {
    const weight = font === 'heading' ? ' font-weight="600"' : '';
    const fill = font === 'muted' ? MUTED : TEXT;
    parts.push(`<text x="${x}" y="${y}" fill="${fill}" font-family="${escapeXml(FONT_FAMILY)}" font-size="12"${weight} xml:space="preserve">${escapeXml(content)}</text>`);
  };
  let y = PAD;

  const items = legendItems(graph);
  if (items.length > 0) {
    text(PAD, y + 12, 'Legend', 'heading');
    y += LINE + 4;
    let x = PAD;
    const serializer = new XMLSerializer();
    for (const item of items) {
      const w = SWATCH + 4 + textWidth(item.text, body) + 18;
      if (x > PAD && x + w > PAD + inner) { x = PAD; y += SWATCH + 4; }
      const swatch = item.swatch.cloneNode(true) as SVGSVGElement;
      swatch.setAttribute('x', String(x));
      swatch.setAttribute('y', String(y));
      swatch.removeAttribute('class');
      parts.push(serializer.serializeToString(swatch));
      text(x + SWATCH + 4, y + 15, item.text, 'body');
      x += w;
    }
    y += SWATCH + 10;
    if (graph.nodes.some((n) => n.type === 'Official' || n.type === 'PublicBody')) {
      text(PAD, y + 12, 'Double border: the state (officials, public bodies).', 'muted');
      y += LINE + 4;
    }
  }

  const sources = captionSources(graph, data);
  text(PAD, y + 12, sources.length > 0 ? 'Sources of what is shown' : 'No source is cited by what is shown.', 'heading');
  y += LINE + 4;
  for (const source of sources) {
    for (const [i, line] of wrap(source, body, inner - 12).entries()) {
      text(PAD + (i === 0 ? 0 : 12), y + 12, i === 0 ? `• ${line}` : line, 'body');
      y += LINE;
    }
  }
  y += 4;
  const note = `Exported from Scamgraph on ${exportDate(now)}. Allegations are drawn as claims, with their status; opinions as opinions. Grades are the Admiralty scale (A reliable .. F cannot be judged).`;
  for (const line of wrap(note, body, inner)) {
    text(PAD, y + 12, line, 'muted');
    y += LINE;
  }
  const height = Math.ceil(y + PAD);
  return { markup: `<g class="scamgraph-caption" data-exported="${now.toISOString().slice(0, 10)}">${parts.join('')}</g>`, width, height };
}
