// The sigma.js side of the browser bench: draws the graph the Cytoscape side draws, at the same positions, and
// times it the same way (first frame from handing over the graph; frame times over the same camera moves).
// Bundled at bench time by scripts/bench/sigma-page/bundle.ts and run in a blank page of the same Chromium.
import Graph from 'graphology';
import Sigma from 'sigma';
import { cameraMoves, type BenchGraph, type RenderResult } from './shared.ts';

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

/** Colours per type, so sigma draws as many distinct colours as the app does. */
function colourOf(type: string): string {
  let h = 0;
  for (const c of type) h = (h * 31 + c.charCodeAt(0)) % 360;
  return `hsl(${h}, 55%, 50%)`;
}

export async function renderWithSigma(container: HTMLElement, data: BenchGraph): Promise<RenderResult> {
  const t0 = performance.now();
  const graph = new Graph({ multi: true, type: 'directed' });
  for (const n of data.nodes) graph.addNode(n.id, { x: n.x, y: -n.y, size: 3, label: n.label, color: colourOf(n.type) });
  for (const e of data.edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { size: 1, color: '#999' });
  const renderer = new Sigma(graph, container, { defaultEdgeType: 'arrow' });
  await frame();
  await frame();
  const firstFrame = performance.now() - t0;
  const camera = renderer.getCamera();
  const { width, height } = renderer.getDimensions();
  const times: number[] = [];
  let last = await frame();
  for (const move of cameraMoves()) {
    // Panning the picture by (dx, dy) pixels moves the camera to the point now at centre minus (dx, dy).
    const centre = renderer.viewportToFramedGraph({ x: width / 2 - move.dx, y: height / 2 - move.dy });
    camera.setState({ x: centre.x, y: centre.y, ratio: camera.ratio / move.zoom });
    const now = await frame();
    times.push(now - last);
    last = now;
  }
  renderer.kill();
  return { firstFrame, frameTimes: times };
}
