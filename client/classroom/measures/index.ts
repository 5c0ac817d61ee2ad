// The network measures classroom mode offers, each with the one line that explains it to a class.
import { betweenness } from './betweenness.ts';
import { closeness } from './closeness.ts';
import { communities } from './communities.ts';
import { degree } from './degree.ts';
import type { MeasureOptions, PlainGraph } from './graph.ts';
import { pagerank } from './pagerank.ts';

export type { MeasureOptions, PlainGraph } from './graph.ts';

export const MEASURES = ['degree', 'betweenness', 'closeness', 'pagerank', 'communities'] as const;
export type MeasureName = (typeof MEASURES)[number];

export interface MeasureInfo {
  label: string;
  /** One plain-language line, shown next to the picture. */
  explain: string;
  /** Scores are drawn as node size; communities as colour. */
  drawn: 'size' | 'colour';
  compute(graph: PlainGraph, options?: MeasureOptions): Map<string, number>;
  /** What the weighted option makes of this measure, in one line. */
  weightedExplain: string;
}

export const measureInfo: Record<MeasureName, MeasureInfo> = {
  degree: { label: 'Degree', drawn: 'size', compute: degree,
    explain: 'Degree: how many others a node is directly linked to — the well-connected score high.',
    weightedExplain: 'Weighted: the sum of its links’ weights (its strength).' },
  betweenness: { label: 'Betweenness', drawn: 'size', compute: betweenness,
    explain: 'Betweenness: how often a node lies on the shortest routes between others — brokers score high.',
    weightedExplain: 'Weighted: routes are shortest by length, a link’s length set by its weight as chosen below.' },
  closeness: { label: 'Closeness', drawn: 'size', compute: closeness,
    explain: 'Closeness: how few steps a node needs to reach everyone else — those at the centre score high.',
    weightedExplain: 'Weighted: nearness is path length, a link’s length set by its weight as chosen below.' },
  pagerank: { label: 'PageRank', drawn: 'size', compute: (g, o) => pagerank(g, o),
    explain: 'PageRank: a node matters if nodes that matter link to it — influence passed along links.',
    weightedExplain: 'Weighted: influence flows along a link in proportion to its weight.' },
  communities: { label: 'Communities', drawn: 'colour', compute: communities,
    explain: 'Communities: groups whose members link to each other more than to the rest (Louvain method).',
    weightedExplain: 'Weighted: heavy links count for more in keeping a group together.' },
};
