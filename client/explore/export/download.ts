// Saving exports: a Blob per file through a temporary link, and the picture formats drawn from Cytoscape, as the
// view reads without a selection, with the legend and caption strip under them when asked.
import type { Core } from 'cytoscape';
import { withoutSelection } from '../../cy/spotlight.ts';
import type { Strip } from './present.ts';
import { drawSvg } from './svg-draw.ts';

export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; the object URL can go.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveText(name: string, text: string, type: string): void {
  saveBlob(name, new Blob([text], { type: `${type};charset=utf-8` }));
}

const BACKGROUND = '#0E131A';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The strip for a picture this wide (in CSS pixels), when the export is to carry a legend and caption. */
export type StripFor = (pictureWidth: number) => Strip;

function graphWidth(cy: Core): number {
  return Math.max(1, Math.ceil(cy.elements().boundingBox().w));
}

/** The whole graph as PNG, at twice the pixels for print, capped so a huge graph does not exhaust memory. */
export async function pngOf(cy: Core, stripFor?: StripFor): Promise<Blob> {
  const graph = withoutSelection(cy, () => cy.png({ full: true, bg: BACKGROUND, scale: 2, maxWidth: 8000, maxHeight: 8000, output: 'blob' }));
  if (!stripFor) return graph;
  const cssWidth = graphWidth(cy);
  const picture = await createImageBitmap(graph);
  // The cap may have drawn at less than twice the pixels; the strip follows the graph's own scale.
  const scale = picture.width / cssWidth;
  const strip = stripFor(cssWidth);
  const stripImage = await svgImage(`<svg xmlns="${SVG_NS}" width="${strip.width * scale}" height="${strip.height * scale}" viewBox="0 0 ${strip.width} ${strip.height}">${strip.markup}</svg>`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(picture.width, Math.round(strip.width * scale));
  canvas.height = picture.height + Math.round(strip.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to compose the picture on');
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(picture, Math.round((canvas.width - picture.width) / 2), 0);
  ctx.drawImage(stripImage, 0, picture.height);
  picture.close();
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))), 'image/png'));
}

async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function svgOf(cy: Core, stripFor?: StripFor): string {
  const graph = withoutSelection(cy, () => drawSvg(cy, BACKGROUND));
  if (!stripFor) return graph;
  const size = /<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(graph);
  const [w, h] = [Number(size?.[1] ?? graphWidth(cy)), Number(size?.[2] ?? 0)];
  const strip = stripFor(w);
  const width = Math.max(w, strip.width);
  const height = h + strip.height;
  // The graph's own SVG nests as it is, centred over the strip, so nothing in it needs rewriting.
  const nested = graph.replace(/^<svg /, `<svg x="${(width - w) / 2}" y="0" `);
  return `<svg version="1.1" xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<rect fill="${BACKGROUND}" x="0" y="0" width="${width}" height="${height}"/>${nested}<g transform="translate(0,${h})">${strip.markup}</g></svg>`;
}
