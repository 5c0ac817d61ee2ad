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

/** 90 frames of panning by (6, 4) pixels, zooming in or out around the centre every 15th. */
export function cameraMoves(): Array<{ dx: number; dy: number; zoom: number }> {
  return Array.from({ length: 90 }, (_, i) => ({ dx: 6, dy: 4, zoom: i % 15 === 0 ? (i % 30 === 0 ? 1.15 : 0.87) : 1 }));
}
