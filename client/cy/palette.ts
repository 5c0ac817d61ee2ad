// The visual vocabulary: colour and shape per node type and the look of each allegation status, shared by graph and legend.
import type { AllegationStatus, NodeType } from '@contract/vocabulary.ts';

/**
 * Okabe-Ito colours, chosen to stay distinguishable under the common colour-vision deficiencies.
 * Every type also has its own shape, so colour is never the only cue.
 */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#BBBBBB',
  paper: '#DADDE2',
} as const;

export type Shape =
  | 'ellipse' | 'round-rectangle' | 'hexagon' | 'pentagon' | 'round-triangle' | 'octagon'
  | 'star' | 'rhomboid' | 'rectangle' | 'diamond' | 'round-tag';

export interface TypeLook {
  colour: string;
  shape: Shape;
  /** The state (officials, public bodies) is drawn with a double border. */
  stateActor?: boolean;
  width: number;
  height: number;
}

/** Families share a hue (people blue, places orange, crime vermillion), shapes tell members apart. */
export const typeLook: Record<NodeType, TypeLook> = {
  Person: { colour: okabeIto.skyBlue, shape: 'ellipse', width: 34, height: 34 },
  Official: { colour: okabeIto.blue, shape: 'ellipse', stateActor: true, width: 38, height: 38 },
  Organization: { colour: okabeIto.bluishGreen, shape: 'round-rectangle', width: 44, height: 30 },
  PublicBody: { colour: okabeIto.blue, shape: 'round-rectangle', stateActor: true, width: 46, height: 32 },
  Compound: { colour: okabeIto.vermillion, shape: 'hexagon', width: 40, height: 36 },
  ScamType: { colour: okabeIto.vermillion, shape: 'star', width: 36, height: 36 },
  Province: { colour: okabeIto.orange, shape: 'pentagon', width: 36, height: 34 },
  Place: { colour: okabeIto.orange, shape: 'round-triangle', width: 34, height: 30 },
  Country: { colour: okabeIto.grey, shape: 'octagon', width: 38, height: 38 },
  Event: { colour: okabeIto.yellow, shape: 'rhomboid', width: 44, height: 28 },
  Source: { colour: okabeIto.paper, shape: 'rectangle', width: 24, height: 30 },
  Allegation: { colour: okabeIto.reddishPurple, shape: 'diamond', width: 40, height: 40 },
};

/** Order in the legend: actors, places, crime, events, evidence. */
export const legendTypes: NodeType[] = [
  'Person', 'Official', 'Organization', 'PublicBody', 'Compound', 'ScamType',
  'Province', 'Place', 'Country', 'Event', 'Source', 'Allegation',
];

export type StatusGroup = 'claimed' | 'established' | 'legal' | 'contested';

/** How firm a claim is decides how solid it looks; status words stay on the label too. */
export const statusGroup: Record<AllegationStatus, StatusGroup> = {
  alleged: 'claimed',
  corroborated: 'established',
  officially_confirmed: 'established',
  charged: 'legal',
  convicted: 'legal',
  denied: 'contested',
  disputed: 'contested',
  acquitted: 'contested',
  retracted: 'contested',
};

export interface StatusLook {
  fillOpacity: number;
  fill: string;
  border: string;
  borderWidth: number;
  borderStyle: 'solid' | 'dashed' | 'dotted' | 'double';
  /** How the status group looks, in words, for the legend. */
  appearance: string;
  statuses: AllegationStatus[];
}

export const statusLook: Record<StatusGroup, StatusLook> = {
  claimed: {
    fill: okabeIto.reddishPurple, fillOpacity: 0.18, border: okabeIto.reddishPurple, borderWidth: 2.5, borderStyle: 'dashed',
    appearance: 'hollow, dashed border', statuses: ['alleged'],
  },
  established: {
    fill: okabeIto.reddishPurple, fillOpacity: 1, border: '#F3D3E4', borderWidth: 2, borderStyle: 'solid',
    appearance: 'filled, solid border', statuses: ['corroborated', 'officially_confirmed'],
  },
  legal: {
    fill: okabeIto.reddishPurple, fillOpacity: 1, border: '#FFFFFF', borderWidth: 5, borderStyle: 'solid',
    appearance: 'filled, thick border', statuses: ['charged', 'convicted'],
  },
  contested: {
    fill: '#8A8F98', fillOpacity: 0.25, border: '#A7ADB6', borderWidth: 2.5, borderStyle: 'dotted',
    appearance: 'grey, dotted border', statuses: ['denied', 'disputed', 'acquitted', 'retracted'],
  },
};

/** Opinions are drawn as a speech-tag rather than a diamond. */
export const opinionShape: Shape = 'round-tag';

export const edgeColours = {
  fact: '#5B6778',
  allegation: okabeIto.reddishPurple,
  citation: '#7D8694',
} as const;
