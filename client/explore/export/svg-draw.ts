// The SVG export: cytoscape-svg replays Cytoscape's canvas drawing into canvas2svg's recording context. Three things
// that context gets wrong are put right for the length of one export, so the SVG draws what the PNG draws:
// - round polygons (the opinion tag, round triangles) start without beginPath(), which a canvas forgives (Cytoscape
//   passes it a fresh Path2D there) but canvas2svg does not: the shape was lost and its fill and dashes were put on
//   the label drawn before it, the "stray glyphs";
// - a double border is a stroke, then a thinner 'destination-out' stroke that cuts its middle away. canvas2svg has
//   no compositing and restyles the same element, so the border came out single. Here the cut is a stroke of its own
//   in the background colour, which is what the cut shows in the PNG (it is drawn on the background);
// - labels: canvas and SVG place 'bottom' and 'middle' baselines by different font metrics, so every line of a
//   label sat a pixel or two off, more on wrapped labels. Text is written on the alphabetic baseline instead, moved
//   by the distance the canvas itself measures (TextMetrics.alphabeticBaseline), with its spaces kept.

import type { Core } from 'cytoscape';

type DrawText = (this: SvgRecorder, text: string, x: number, y: number) => void;

interface SvgRecorder {
  __currentElement: Element;
  /** The real canvas context canvas2svg measures text with. */
  __ctx: CanvasRenderingContext2D;
  globalCompositeOperation: unknown;
  strokeStyle: unknown;
  font: string;
  textBaseline: CanvasTextBaseline;
  stroke(): void;
  fillText: DrawText;
  strokeText: DrawText;
}

/**
 * A wrapped label's lines end in the space they were broken at, and the canvas centres them with it; SVG drops
 * it unless told, which moved every line but the last by half a space.
 */
function keepSpaces(text: Element): void {
  text.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  text.setAttribute('style', 'white-space: pre');
}

/** The same text drawn on the alphabetic baseline, where SVG and canvas agree. */
function onAlphabetic(draw: DrawText): DrawText {
  return function alphabetic(this: SvgRecorder, text, x, y) {
    const base = this.textBaseline;
    if (base === 'alphabetic') {
      draw.call(this, text, x, y);
      keepSpaces(this.__currentElement);
      return;
    }
    this.__ctx.font = this.font;
    this.__ctx.textBaseline = base;
    // Positive when the asked-for baseline lies below the alphabetic one.
    const shift = this.__ctx.measureText(text).alphabeticBaseline;
    this.textBaseline = 'alphabetic';
    try {
      draw.call(this, text, x, y - shift);
      keepSpaces(this.__currentElement);
    } finally {
      this.textBaseline = base;
    }
  };
}

interface Renderer {
  drawRoundPolygonPath(ctx: { beginPath?: () => void }, ...rest: unknown[]): void;
}

declare global {
  // cytoscape-svg's bundle publishes canvas2svg's constructor here when it loads.
  interface Window { C2S?: { prototype: SvgRecorder } }
}

export function drawSvg(cy: Core, background: string): string {
  // renderer() is public at run time but missing from the typings.
  const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
  const recorder = window.C2S?.prototype;
  const roundPolygon = renderer.drawRoundPolygonPath;
  const ownMethod = Object.hasOwn(renderer, 'drawRoundPolygonPath');
  const stroke = recorder?.stroke;
  const fillText = recorder?.fillText;
  const strokeText = recorder?.strokeText;
  renderer.drawRoundPolygonPath = function beginThenDraw(this: Renderer, ctx, ...rest) {
    // A Path2D starts empty; the recording context must be told a new shape begins.
    if (!(typeof Path2D !== 'undefined' && ctx instanceof Path2D)) ctx.beginPath?.();
    roundPolygon.call(this, ctx, ...rest);
  };
  if (recorder && fillText && strokeText) {
    recorder.fillText = onAlphabetic(fillText);
    recorder.strokeText = onAlphabetic(strokeText);
  }
  if (recorder && stroke) {
    recorder.stroke = function strokeOrCut(this: SvgRecorder) {
      if (this.globalCompositeOperation !== 'destination-out') return stroke.call(this);
      const drawn = this.__currentElement;
      const cut = drawn.cloneNode(false) as Element;
      cut.setAttribute('fill', 'none');
      cut.removeAttribute('fill-opacity');
      drawn.parentNode?.insertBefore(cut, drawn.nextSibling);
      this.__currentElement = cut;
      const style = this.strokeStyle;
      this.strokeStyle = background;
      try {
        stroke.call(this);
      } finally {
        this.strokeStyle = style;
      }
    };
  }
  try {
    return cy.svg({ full: true, bg: background });
  } finally {
    if (ownMethod) renderer.drawRoundPolygonPath = roundPolygon;
    else delete (renderer as Partial<Renderer>).drawRoundPolygonPath;
    if (recorder && stroke) recorder.stroke = stroke;
    if (recorder && fillText && strokeText) Object.assign(recorder, { fillText, strokeText });
  }
}
