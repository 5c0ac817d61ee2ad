// What both sides of the browser bench share: the graph handed over, the scripted camera moves, the result.

export interface BenchGraph {
  nodes: Array<{ id: string; label: string; type: string; x: number; y: number }>;
  edges: Array<{ id: string; source: string; target: string; type: string }>;
}

export interface RenderResult {
  firstFrame: number;
  /** Time between consecutive frames while the camera moves, one per move. */
  frameTimes: number[];
}

/** 30 frames of panning by (6, 4) pixels, zooming in or out around the centre every 5th (90 frames at 1.5 s each on
 * SwiftShader kept a 50k run past its budget). */
export function cameraMoves(): Array<{ dx: number; dy: number; zoom: number }> {
  return Array.from({ length: 30 }, (_, i) => ({ dx: 6, dy: 4, zoom: i % 5 === 0 ? (i % 10 === 0 ? 1.15 : 0.87) : 1 }));
}
