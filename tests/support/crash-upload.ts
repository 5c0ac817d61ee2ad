// A classroom upload big enough to be caught part-way (with a small batch size), every name obviously synthetic.
import type { DatasetUpload } from '../../server/contract/datasets.ts';

export function syntheticUpload(name: string, nodes = 1200): DatasetUpload {
  const id = (i: number) => `pupil-${i}`;
  return {
    name,
    files: { nodes: `${name}-nodes.csv`, edges: `${name}-edges.csv` },
    nodes: Array.from({ length: nodes }, (_, i) => ({ id: id(i), name: `Synthetic Pupil ${String(i).padStart(4, '0')}`, row: i + 2 })),
    // Two links per pupil, to the next two: every end exists, and there are relationships to be caught half-written.
    edges: Array.from({ length: nodes * 2 }, (_, k) => {
      const i = Math.floor(k / 2);
      return { source: id(i), target: id((i + 1 + (k % 2)) % nodes), type: 'friend of', row: k + 2 };
    }),
  };
}
