// Layout quality, so that "beats" means more than "finishes first". Both figures are scale-free.
import { seeded } from '../../../server/synthetic/prng.ts';

export interface LayoutQuality {
  /** Mean edge length over the mean distance of random node pairs: below 1, neighbours sit closer than strangers. Lower is better. */
  neighbourRatio: number;
  /** Spread of edge lengths, standard deviation over mean. Lower is more even. */
  edgeLengthCv: number;
}

export function layoutQuality(x: number[], y: number[], edges: Array<[number, number]>): LayoutQuality {
  const dist = (a: number, b: number) => Math.hypot((x[a] ?? 0) - (x[b] ?? 0), (y[a] ?? 0) - (y[b] ?? 0));
  const lengths = edges.filter(([a, b]) => a !== b).map(([a, b]) => dist(a, b));
  const mean = lengths.reduce((s, l) => s + l, 0) / Math.max(lengths.length, 1);
  const sd = Math.sqrt(lengths.reduce((s, l) => s + (l - mean) ** 2, 0) / Math.max(lengths.length, 1));
  const rand = seeded(5);
  let pairs = 0;
  const samples = 20_000;
  for (let i = 0; i < samples; i++) pairs += dist(Math.floor(rand() * x.length), Math.floor(rand() * x.length));
  return { neighbourRatio: mean / (pairs / samples || 1), edgeLengthCv: sd / (mean || 1) };
}
