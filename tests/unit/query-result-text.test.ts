// Query results as text: a path reads in its true direction in the table, the CSV and anywhere else it is written.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { plainValue, type FoundGraph } from '../../server/db/result-values.ts';
import { cellText } from '../../client/queries/cell-format.ts';
import { toCsv } from '../../client/queries/csv.ts';

const { Node, Relationship, Path, PathSegment } = neo4j.types;
const { int } = neo4j;
const node = (n: number, id: string, name: string) => new Node(int(n), ['Entity'], { id, name, type: 'Official' }, `e${n}`);
const rel = (n: number, from: InstanceType<typeof Node>, to: InstanceType<typeof Node>, type: string) =>
  new Relationship(int(n), from.identity, to.identity, type, {}, `r${n}`, from.elementId, to.elementId);

const hunManet = node(1, 'off-hun-manet', 'Hun Manet');
const crackdown = node(2, 'ev-crackdown', 'Cambodia cybercrime crackdown');
const police = node(3, 'pb-police', 'Cambodian police');
// Hun Manet ORDERED the crackdown; the police CARRIED_OUT it. Walked from the crackdown, the first hop points back.
const ordered = rel(10, hunManet, crackdown, 'ORDERED');
const carried = rel(11, police, crackdown, 'CARRIED_OUT');
const walked = new Path(crackdown, police, [new PathSegment(crackdown, ordered, hunManet), new PathSegment(hunManet, ordered, crackdown), new PathSegment(crackdown, carried, police)]);

const found = (): FoundGraph => ({ nodes: new Map(), relationships: new Map() });

describe('paths as text', () => {
  it('mark each hop of a path with the way its relationship points', () => {
    const plain = plainValue(walked, found()) as unknown[];
    expect(plain.filter((_, i) => i % 2 === 1)).toEqual([
      { type: 'ORDERED', id: 'r10', direction: 'backward' },
      { type: 'ORDERED', id: 'r10', direction: 'forward' },
      { type: 'CARRIED_OUT', id: 'r11', direction: 'backward' },
    ]);
  });

  it('read in their true direction in a table cell', () => {
    expect(cellText(plainValue(walked, found()))).toBe(
      'Cambodia cybercrime crackdown <-[ORDERED]- Hun Manet -[ORDERED]-> Cambodia cybercrime crackdown <-[CARRIED_OUT]- Cambodian police');
  });

  it('read the same in the CSV download, with names instead of JSON', () => {
    const row = [plainValue(walked, found()), plainValue(hunManet, found()), plainValue(ordered, found()), ['a', 'b'], 3];
    const csv = toCsv(['path', 'official', 'link', 'list', 'n'], [row]);
    expect(csv).toBe('path,official,link,list,n\r\n' +
      'Cambodia cybercrime crackdown <-[ORDERED]- Hun Manet -[ORDERED]-> Cambodia cybercrime crackdown <-[CARRIED_OUT]- Cambodian police,Hun Manet,ORDERED,"a, b",3\r\n');
    expect(csv).not.toContain('{');
  });

  it('still show a plain relationship outside a path as its type', () => {
    expect(plainValue(ordered, found())).toEqual({ type: 'ORDERED', id: 'r10' });
  });
});
