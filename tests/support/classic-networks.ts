// Two classic small networks for checking measures: Padgett's Florentine marriages (networkx's 20 ties, plus Pucci,
// who married none of the others: an isolated node) and Zachary's karate club (34 members, 78 ties).

const florentine: Array<[string, string]> = [
  ['Acciaiuoli', 'Medici'], ['Castellani', 'Peruzzi'], ['Castellani', 'Strozzi'], ['Castellani', 'Barbadori'],
  ['Medici', 'Barbadori'], ['Medici', 'Ridolfi'], ['Medici', 'Tornabuoni'], ['Medici', 'Albizzi'], ['Medici', 'Salviati'],
  ['Salviati', 'Pazzi'], ['Peruzzi', 'Strozzi'], ['Peruzzi', 'Bischeri'], ['Strozzi', 'Ridolfi'], ['Strozzi', 'Bischeri'],
  ['Ridolfi', 'Tornabuoni'], ['Tornabuoni', 'Guadagni'], ['Albizzi', 'Ginori'], ['Albizzi', 'Guadagni'],
  ['Bischeri', 'Guadagni'], ['Guadagni', 'Lamberteschi'],
];

/** Zachary (1977), as networkx's karate_club_graph: each member's ties to higher-numbered members. */
const karate: Record<number, number[]> = {
  0: [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 17, 19, 21, 31], 1: [2, 3, 7, 13, 17, 19, 21, 30],
  2: [3, 7, 8, 9, 13, 27, 28, 32], 3: [7, 12, 13], 4: [6, 10], 5: [6, 10, 16], 6: [16], 8: [30, 32, 33], 9: [33],
  13: [33], 14: [32, 33], 15: [32, 33], 18: [32, 33], 19: [33], 20: [32, 33], 22: [32, 33], 23: [25, 27, 29, 32, 33],
  24: [25, 27, 31], 25: [31], 26: [29, 33], 27: [33], 28: [31, 33], 29: [32, 33], 30: [32, 33], 31: [32, 33], 32: [33],
};

export interface ClassicNetwork { nodes: string[]; edges: Array<[string, string]> }

export const FLORENTINE: ClassicNetwork = {
  nodes: [...new Set(florentine.flat()), 'Pucci'],
  edges: florentine,
};

export const KARATE: ClassicNetwork = {
  nodes: Array.from({ length: 34 }, (_, i) => `m${i}`),
  edges: Object.entries(karate).flatMap(([a, bs]) => bs.map((b): [string, string] => [`m${a}`, `m${b}`])),
};

/** As an upload (POST /api/datasets): every node a Person, every tie a plain link. */
export const asUpload = (name: string, net: ClassicNetwork) => ({
  name,
  files: { nodes: `${name}-nodes.csv`, edges: `${name}-edges.csv` },
  nodes: net.nodes.map((id) => ({ id, name: id })),
  edges: net.edges.map(([source, target]) => ({ source, target })),
});
