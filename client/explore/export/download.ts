// Saving exports: a Blob per file through a temporary link, and the picture formats straight from Cytoscape.
import type { Core } from 'cytoscape';
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

/** The whole graph as PNG, at twice the pixels for print, capped so a huge graph does not exhaust memory. */
export function pngOf(cy: Core): Blob {
  return cy.png({ full: true, bg: BACKGROUND, scale: 2, maxWidth: 8000, maxHeight: 8000, output: 'blob' });
}

export function svgOf(cy: Core): string {
  return drawSvg(cy, BACKGROUND);
}
