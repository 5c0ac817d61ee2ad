// The Export menu: picture (PNG, SVG) and data formats (Cytoscape JSON, GraphML, GEXF, CSV), each keeping provenance.
import type { Core } from 'cytoscape';
import { NodeType } from '@contract/vocabulary.ts';
import { typeLook } from '../../cy/palette.ts';
import { placeBelow } from '../explore-bar.ts';
import { h } from '../../panels/dom.ts';
import { collectExport, type ExportData } from './collect.ts';
import { pngOf, saveBlob, saveText, svgOf, type StripFor } from './download.ts';
import { presentationStrip } from './present.ts';
import { viewFile } from './to-interop.ts';

const BASE = 'scamgraph-view';

function colourOf(type: string): { r: number; g: number; b: number } | undefined {
  const known = NodeType.safeParse(type);
  if (!known.success) return undefined;
  const hex = typeLook[known.data].colour.slice(1);
  return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
}

export function createExportMenu(cy: Core, data: ExportData, say: (text: string) => void): { button: HTMLButtonElement; menu: HTMLElement } {
  const graph = () => collectExport(cy, data);
  // Ready to present: the pictures carry a legend and a caption of their sources when this is ticked.
  let present = false;
  const stripFor = (): StripFor | undefined => {
    if (!present) return undefined;
    const shown = graph();
    return (width) => presentationStrip(shown, data, width);
  };
  const formats: Array<[string, string, string, () => void | Promise<void>]> = [
    ['png', 'PNG image', 'The whole graph as a picture', async () => saveBlob(`${BASE}.png`, await pngOf(cy, stripFor()))],
    ['svg', 'SVG image', 'Scalable picture, for print and editing', () => saveText(`${BASE}.svg`, svgOf(cy, stripFor()), 'image/svg+xml')],
    // The same writers as a whole-dataset export (server/interop/): one writer per format.
    ['cyjs', 'Cytoscape (.cyjs)', 'Opens in Cytoscape desktop', async () => saveText(`${BASE}.cyjs`, await viewFile(graph(), 'cyjs') as string, 'application/json')],
    ['graphml', 'GraphML', 'yEd, Gephi, Gephi Lite, NetworkX', async () => saveText(`${BASE}.graphml`, await viewFile(graph(), 'graphml') as string, 'application/graphml+xml')],
    ['gexf', 'GEXF (Gephi)', 'GEXF 1.3, with positions and colours', async () => saveText(`${BASE}.gexf`, await viewFile(graph(), 'gexf', { colourOf }) as string, 'application/gexf+xml')],
    ['gexf12', 'GEXF 1.2 (older readers)', 'For networkx 2.8 and older Gephi', async () => saveText(`${BASE}-1.2.gexf`, await viewFile(graph(), 'gexf', { colourOf, gexfVersion: '1.2' }) as string, 'application/gexf+xml')],
    ['csv', 'CSV (zip)', 'nodes.csv, edges.csv and a README of what CSV leaves out', async () => {
      const bytes = await viewFile(graph(), 'csv') as Uint8Array;
      saveBlob(`${BASE}.zip`, new Blob([bytes as BlobPart], { type: 'application/zip' }));
    }],
  ];
  const button = h('button', { type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': 'export-menu', 'data-testid': 'export-button' }, 'Export ▾');
  const exportItems = formats.map(([id, label, hint, run]) => h('button', {
    type: 'button', role: 'menuitem', tabindex: -1, class: 'menu-item', 'data-testid': `export-${id}`,
    onclick: () => {
      close();
      Promise.resolve().then(run).then(
        () => say(`Exported ${label}: what is on screen, with sources, grades and status.`),
        () => say(`Could not export ${label}.`),
      );
    },
  }, h('span', {}, label), h('small', {}, hint)));
  const presentMark = h('span', { 'aria-hidden': 'true' }, '☐');
  const presentItem = h('button', {
    type: 'button', role: 'menuitemcheckbox', 'aria-checked': 'false', tabindex: -1, class: 'menu-item', 'data-testid': 'export-present',
    onclick: () => {
      present = !present;
      presentItem.setAttribute('aria-checked', String(present));
      presentMark.textContent = present ? '☑' : '☐';
    },
  });
  presentItem.append(h('span', {}, presentMark, ' Add legend and sources'), h('small', {}, 'PNG and SVG: legend, sources shown and export date'));
  const items = [...exportItems.slice(0, 2), presentItem, ...exportItems.slice(2)];
  const menu = h('div', { id: 'export-menu', role: 'menu', class: 'explore-popover export-menu', 'aria-label': 'Export', hidden: true, 'data-testid': 'export-menu' }, ...items);
  const open = (): void => {
    menu.hidden = false;
    placeBelow(menu, button);
    button.setAttribute('aria-expanded', 'true');
    items[0]?.focus();
  };
  function close(): void {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }
  button.addEventListener('click', () => (menu.hidden ? open() : close()));
  menu.addEventListener('keydown', (e) => {
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    } else if (e.key === 'Escape') {
      close();
      button.focus();
    }
  });
  return { button, menu };
}
