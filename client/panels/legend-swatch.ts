// Small SVG pictures of node shapes, allegation statuses and edge styles, drawn to match the canvas.
import type { NodeType } from '@contract/vocabulary.ts';
import { opinionShape, statusLook, typeLook, type Shape, type StatusGroup } from '../cy/palette.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function regular(sides: number, rotation: number): number[][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [Math.cos(a), Math.sin(a)];
  });
}

function star(): number[][] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 1 : 0.42;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

/** Unit outlines in [-1, 1], approximating Cytoscape's own shapes. */
const outlines: Partial<Record<Shape, number[][]>> = {
  hexagon: regular(6, 0),
  pentagon: regular(5, -Math.PI / 2),
  octagon: regular(8, Math.PI / 8),
  'round-triangle': [[0, -1], [1, 0.85], [-1, 0.85]],
  star: star(),
  rhomboid: [[-1, -1], [0.33, -1], [1, 1], [-0.33, 1]],
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  'round-tag': [[-1, -0.8], [0.35, -0.8], [1, 0], [0.35, 0.8], [-1, 0.8]],
};

interface Paint {
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  dash?: string;
}

function shapeEl(shape: Shape, rx: number, ry: number, paint: Paint): SVGElement {
  const common = {
    fill: paint.fill,
    'fill-opacity': paint.fillOpacity,
    stroke: paint.stroke,
    'stroke-width': paint.strokeWidth,
    'stroke-linejoin': 'round',
    'stroke-linecap': 'round',
    ...(paint.dash ? { 'stroke-dasharray': paint.dash } : {}),
  };
  if (shape === 'ellipse') return svgEl('ellipse', { cx: 0, cy: 0, rx, ry, ...common });
  if (shape === 'rectangle' || shape === 'round-rectangle') {
    const r = shape === 'round-rectangle' ? 3 : 0.5;
    return svgEl('rect', { x: -rx, y: -ry, width: rx * 2, height: ry * 2, rx: r, ...common });
  }
  const points = (outlines[shape] ?? []).map(([x = 0, y = 0]) => `${(x * rx).toFixed(2)},${(y * ry).toFixed(2)}`).join(' ');
  return svgEl('polygon', { points, ...common });
}

function frame(...children: SVGElement[]): SVGSVGElement {
  const svg = svgEl('svg', { viewBox: '-12 -12 24 24', width: 22, height: 22, class: 'swatch', 'aria-hidden': 'true', focusable: 'false' }) as SVGSVGElement;
  for (const child of children) svg.append(child);
  return svg;
}

function extent(width: number, height: number): [number, number] {
  const scale = 10 / Math.max(width, height);
  return [width * scale, height * scale];
}

export function typeSwatch(type: NodeType): SVGSVGElement {
  const look = typeLook[type];
  const [rx, ry] = extent(look.width, look.height);
  const body = shapeEl(look.shape, rx, ry, { fill: look.colour, fillOpacity: 1, stroke: look.stateActor ? '#E4E9F0' : 'none', strokeWidth: 1.2 });
  if (!look.stateActor) return frame(body);
  // The double border marks the state; the inner ring echoes Cytoscape's "double" border.
  const inner = shapeEl(look.shape, rx - 2.2, ry - 2.2, { fill: 'none', fillOpacity: 0, stroke: '#E4E9F0', strokeWidth: 0.8 });
  return frame(body, inner);
}

const dashes: Record<string, string | undefined> = { dashed: '2.6 1.8', dotted: '0.2 2', solid: undefined, double: undefined };

export function statusSwatch(group: StatusGroup, opinion = false): SVGSVGElement {
  const look = statusLook[group];
  const shape = opinion ? opinionShape : 'diamond';
  const [rx, ry] = opinion ? [10, 8] : [9.5, 9.5];
  return frame(shapeEl(shape, rx, ry, {
    fill: look.fill,
    fillOpacity: look.fillOpacity,
    stroke: look.border,
    strokeWidth: Math.min(look.borderWidth * 0.7, 3),
    dash: dashes[look.borderStyle],
  }));
}

export function edgeSwatch(colour: string, style: 'solid' | 'dashed' | 'dotted'): SVGSVGElement {
  const line = svgEl('line', {
    x1: -11, y1: 0, x2: 7, y2: 0, stroke: colour, 'stroke-width': 1.8, 'stroke-linecap': 'round',
    ...(style === 'dashed' ? { 'stroke-dasharray': '3.5 2.2' } : style === 'dotted' ? { 'stroke-dasharray': '0.2 2.6' } : {}),
  });
  const head = svgEl('polygon', { points: '6,-3.5 11.5,0 6,3.5', fill: colour });
  return frame(line, head);
}
