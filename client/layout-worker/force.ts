// A force-directed layout cheap enough for thousands of nodes: springs along edges, repulsion only between
// near neighbours (found through a grid, so a step costs about n, not n²), and a pull towards the centre.
// Pure and DOM-free: the layout worker runs it, and the unit tests call it directly.
import { seeded } from '../../server/synthetic/prng.ts';

export interface ForceNode {
  /** Where the node starts; a node without one is placed beside a placed neighbour, or on a spiral. */
  x?: number;
  y?: number;
  /** Pinned, or already seen by the reader: it pushes and pulls the others but never moves. */
  fixed?: boolean;
}

export interface ForceInput {
  nodes: ForceNode[];
  /** Edges as pairs of indexes into nodes. */
  edges: Array<[number, number]>;
}

export interface ForceOptions {
  /** The length an edge settles at, in model units (close to what fcose is given elsewhere). */
  idealLength?: number;
  iterations?: number;
  /** Same seed, same input: same drawing (tests and undo rely on layouts being repeatable). */
  seed?: number;
  /** Called now and then with the share of the work done, from 0 to 1. */
  onProgress?: (done: number) => void;
}

/** How hard a stretched edge pulls, against a repulsion of length² / distance. */
const STIFFNESS = 0.4;

export interface ForceResult {
  x: Float64Array;
  y: Float64Array;
}

function neighbourLists(count: number, edges: Array<[number, number]>): number[][] {
  const out: number[][] = Array.from({ length: count }, () => []);
  for (const [a, b] of edges) {
    if (a === b || a < 0 || b < 0 || a >= count || b >= count) continue;
    out[a]?.push(b);
    out[b]?.push(a);
  }
  return out;
}

/**
 * Starting places: nodes without a position go beside the first placed neighbour, walking outwards from
 * what is placed (breadth first), so a spring starts short; whatever is left goes on a sunflower spiral.
 */
function seedPositions(input: ForceInput, neighbours: number[][], length: number, rand: () => number): ForceResult {
  const n = input.nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const placed = new Uint8Array(n);
  const queue: number[] = [];
  input.nodes.forEach((node, i) => {
    if (node.x !== undefined && node.y !== undefined && Number.isFinite(node.x) && Number.isFinite(node.y)) {
      x[i] = node.x;
      y[i] = node.y;
      placed[i] = 1;
      queue.push(i);
    }
  });
  let spiral = 0;
  const spiralPoint = (): { x: number; y: number } => {
    const r = length * 0.8 * Math.sqrt(spiral + 1);
    const a = spiral * 2.399963;
    spiral += 1;
    return { x: r * Math.cos(a), y: r * Math.sin(a) };
  };
  // Highest degree first among the unplaced, so hubs anchor their neighbourhoods.
  const order = [...Array(n).keys()].sort((a, b) => (neighbours[b]?.length ?? 0) - (neighbours[a]?.length ?? 0));
  let head = 0;
  // The k-th node seeded beside a parent goes on a sunflower around it, so a hub's many leaves start apart.
  const children = new Uint32Array(n);
  const place = (i: number, parent: number): void => {
    const k = parent < 0 ? 0 : (children[parent] as number);
    if (parent >= 0) children[parent] = k + 1;
    const dist = parent < 0 ? 0 : length * (0.8 + 0.45 * Math.sqrt(k));
    const angle = k * 2.399963 + rand() * 0.5;
    x[i] = (parent < 0 ? 0 : (x[parent] as number)) + dist * Math.cos(angle);
    y[i] = (parent < 0 ? 0 : (y[parent] as number)) + dist * Math.sin(angle);
    placed[i] = 1;
    queue.push(i);
  };
  const drain = (): void => {
    while (head < queue.length) {
      const from = queue[head++] as number;
      for (const to of neighbours[from] ?? []) {
        if (!placed[to]) place(to, from);
      }
    }
  };
  drain();
  for (const i of order) {
    if (placed[i]) continue;
    place(i, -1);
    const at = spiralPoint();
    x[i] = at.x;
    y[i] = at.y;
    drain();
  }
  return { x, y };
}

/** Lays the nodes out; fixed nodes keep their places exactly. */
export function forceLayout(input: ForceInput, options: ForceOptions = {}): ForceResult {
  const n = input.nodes.length;
  const length = options.idealLength ?? 90;
  // Fewer, larger steps for big graphs: a step costs about n, and the seeding already starts neighbours close.
  const iterations = options.iterations ?? Math.round(Math.max(80, Math.min(300, 600_000 / Math.max(n, 1))));
  // Seeded, not Math.random, so the same graph is drawn the same way every time.
  const rand = seeded(options.seed ?? 7);
  const neighbours = neighbourLists(n, input.edges);
  const { x, y } = seedPositions(input, neighbours, length, rand);
  const fixed = new Uint8Array(n);
  input.nodes.forEach((node, i) => { fixed[i] = node.fixed && node.x !== undefined && node.y !== undefined ? 1 : 0; });
  if (n < 2) return { x, y };

  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  // Repulsion reaches one and a half ideal lengths; beyond that, springs and the pull inwards do the arranging.
  const reach = length * 1.5;
  // About the radius of a disc holding every node with room of its own: nothing inside it is pulled inwards,
  // or the middle of a big graph would be crushed together.
  const radius = length * 0.55 * Math.sqrt(n);
  const k2 = length * length;
  const start = length * 2;
  // The grid: head[cell] is the first node in it, next[node] the one after.
  const next = new Int32Array(n);
  let headOf = new Int32Array(1);

  for (let step = 0; step < iterations; step++) {
    const temperature = start * (1 - step / iterations) + length * 0.02;
    dx.fill(0);
    dy.fill(0);

    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      const yi = y[i] as number;
      if (xi < minX) minX = xi;
      if (yi < minY) minY = yi;
      if (xi > maxX) maxX = xi;
      if (yi > maxY) maxY = yi;
      cx += xi;
      cy += yi;
    }
    cx /= n;
    cy /= n;
    // A grid of about n cells at most, however spread out the drawing is.
    let cell = reach;
    const cols = (): number => Math.floor((maxX - minX) / cell) + 1;
    const rows = (): number => Math.floor((maxY - minY) / cell) + 1;
    while (cols() * rows() > Math.max(64, n * 4)) cell *= 2;
    const gw = cols();
    const gh = rows();
    if (headOf.length < gw * gh) headOf = new Int32Array(gw * gh);
    headOf.fill(-1, 0, gw * gh);
    for (let i = 0; i < n; i++) {
      const c = Math.floor(((x[i] as number) - minX) / cell) + Math.floor(((y[i] as number) - minY) / cell) * gw;
      next[i] = headOf[c] as number;
      headOf[c] = i;
    }

    // Repulsion between nodes in the same or touching cells.
    const reach2 = cell * cell;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      const yi = y[i] as number;
      const ci = Math.floor((xi - minX) / cell);
      const ri = Math.floor((yi - minY) / cell);
      for (let r = Math.max(0, ri - 1); r <= Math.min(gh - 1, ri + 1); r++) {
        for (let c = Math.max(0, ci - 1); c <= Math.min(gw - 1, ci + 1); c++) {
          for (let j = headOf[c + r * gw] as number; j !== -1; j = next[j] as number) {
            if (j <= i) continue;
            let ddx = xi - (x[j] as number);
            let ddy = yi - (y[j] as number);
            let d2 = ddx * ddx + ddy * ddy;
            if (d2 > reach2) continue;
            if (d2 < 0.01) {
              // Two nodes on one spot: nudge them apart in a random direction.
              ddx = rand() - 0.5;
              ddy = rand() - 0.5;
              d2 = ddx * ddx + ddy * ddy;
            }
            const f = k2 / d2;
            dx[i] = (dx[i] as number) + ddx * f;
            dy[i] = (dy[i] as number) + ddy * f;
            dx[j] = (dx[j] as number) - ddx * f;
            dy[j] = (dy[j] as number) - ddy * f;
          }
        }
      }
    }

    // Springs along edges, pulling in proportion to how far past the ideal length they are. Linear, not the
    // usual square: a hub's hundred leaves would otherwise be crushed onto each other by their springs.
    for (const [a, b] of input.edges) {
      if (a === b || a < 0 || b < 0 || a >= n || b >= n) continue;
      const ddx = (x[a] as number) - (x[b] as number);
      const ddy = (y[a] as number) - (y[b] as number);
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = (STIFFNESS * (d - length)) / d;
      dx[a] = (dx[a] as number) - ddx * f;
      dy[a] = (dy[a] as number) - ddy * f;
      dx[b] = (dx[b] as number) + ddx * f;
      dy[b] = (dy[b] as number) + ddy * f;
    }

    // Nodes past the disc are pulled back towards it, so separate components do not drift apart; then each
    // node moves, no further than the temperature allows.
    for (let i = 0; i < n; i++) {
      if (fixed[i]) continue;
      const ox = (x[i] as number) - cx;
      const oy = (y[i] as number) - cy;
      const out = Math.sqrt(ox * ox + oy * oy);
      const pull = out > radius ? ((out - radius) * 0.1) / out : 0;
      const mx = (dx[i] as number) - ox * pull;
      const my = (dy[i] as number) - oy * pull;
      const m = Math.sqrt(mx * mx + my * my);
      if (m === 0) continue;
      const move = Math.min(m, temperature) / m;
      x[i] = (x[i] as number) + mx * move;
      y[i] = (y[i] as number) + my * move;
    }
    if (options.onProgress && step % 25 === 24) options.onProgress((step + 1) / iterations);
  }
  return { x, y };
}
