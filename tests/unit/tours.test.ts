// Tour files: the shipped tour is valid, and a broken one fails at load with an error naming file, step and field.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QueryLibrary } from '../../server/queries/library.ts';
import { SHIPPED_TOURS, TourLibrary } from '../../server/tours/library.ts';
import { TourFileError } from '../../server/tours/problems.ts';
import { entityProblems } from '../../server/tours/references.ts';
import { readTourFile } from '../../server/tours/tour-file.ts';
import { Tour } from '../../server/contract/tours.ts';

const queries = new QueryLibrary(null);
const shipped = JSON.parse(readFileSync(path.join(SHIPPED_TOURS, 'cambodia-crackdown.json'), 'utf8'));

const step = (title: string, extra: Record<string, unknown> = {}) => ({
  title, narration: 'Some *words*.', show: { entities: ['ev-crackdown'] }, question: 'Why?', ...extra,
});
const tour = (steps: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'broken', title: 'A broken tour', description: 'A tour with a problem in it.', steps, ...extra,
});

/** Loads `raw` as tours/broken.json from a folder of its own and returns what it threw. */
function loadError(raw: unknown, file = 'broken.json'): TourFileError {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tours-'));
  const full = path.join(dir, file);
  writeFileSync(full, typeof raw === 'string' ? raw : JSON.stringify(raw));
  try {
    readTourFile(full, readFileSync(full, 'utf8'), queries);
  } catch (err) {
    expect(err).toBeInstanceOf(TourFileError);
    expect((err as TourFileError).file).toBe(full);
    return err as TourFileError;
  }
  throw new Error('the tour loaded, but should not have');
}

describe('tour files', () => {
  it('the shipped crackdown tour loads, with 8 to 10 steps each asking the class a question', () => {
    const library = new TourLibrary(queries, mkdtempSync(path.join(os.tmpdir(), 'saved-tours-')));
    const crackdown = library.get('cambodia-crackdown');
    expect(crackdown?.origin).toBe('shipped');
    expect(crackdown!.steps.length).toBeGreaterThanOrEqual(8);
    expect(crackdown!.steps.length).toBeLessThanOrEqual(10);
    for (const s of crackdown!.steps) expect(s.question.length).toBeGreaterThan(10);
    expect(crackdown!.steps.some((s) => s.show.query)).toBe(true);
  });

  it('names file, step (number and title) and field for an unknown saved query', () => {
    const err = loadError(tour([step('Intro'), step('Where'), step('Who was detained', { show: { query: { id: 'no-such-query' } } })]));
    expect(err.field).toBe('steps.2.show.query.id');
    expect(err.message).toBe(`${err.file}: step 3 ("Who was detained"): show.query.id: unknown saved query 'no-such-query'`);
  });

  it('checks a saved query\'s parameters and that it draws a graph', () => {
    const badParam = loadError(tour([step('Accused', { show: { query: { id: 'allegations-against-entity', params: { entity: 5 } } } })]));
    expect(badParam.field).toBe('steps.0.show.query.params.entity');
    const unknownParam = loadError(tour([step('Accused', { show: { query: { id: 'allegations-against-entity', params: { who: 'x' } } } })]));
    expect(unknownParam.field).toBe('steps.0.show.query.params.who');
    const table = loadError(tour([step('Table', { show: { query: { id: 'detained-by-nationality' } } })]));
    expect(table.field).toBe('steps.0.show.query.id');
  });

  it('names the field for schema problems inside a step', () => {
    expect(loadError(tour([step('One'), step('Two', { question: '' })])).field).toBe('steps.1.question');
    expect(loadError(tour([step('One', { colour: 'red' })])).field).toBe('steps.0.colour');
    expect(loadError(tour([step('One', { show: { entities: ['ev-crackdown'], query: { id: 'collusion-paths' } } })])).field).toBe('steps.0.show');
    expect(loadError(tour([step('One', { camera: { zoom: 2 } })])).field).toBe('steps.0.camera.center');
    expect(loadError(tour([step('One', { show: { entities: ['Not An Id'] } })])).field).toBe('steps.0.show.entities.0');
    expect(loadError(tour([])).field).toBe('steps');
  });

  it('requires the id to match the file name, and readable JSON or YAML', () => {
    expect(loadError(tour([step('One')], { id: 'other' })).field).toBe('id');
    expect(loadError('{ "id": ').message).toMatch(/is not valid JSON/);
    expect(loadError('id: broken\nsteps: [\n', 'broken.yaml').message).toMatch(/is not valid YAML/);
  });

  it('reads YAML tours too', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tours-'));
    const file = path.join(dir, 'yaml-tour.yaml');
    writeFileSync(file, 'id: yaml-tour\ntitle: A YAML tour\ndescription: Written in YAML by hand.\nsteps:\n  - title: One\n    narration: Hello\n    show: { entities: [ev-crackdown], expand: [ev-crackdown] }\n    question: Why?\n');
    const parsed = readTourFile(file, readFileSync(file, 'utf8'), queries);
    expect(parsed.steps[0]!.camera).toEqual({ fit: true });
    expect(parsed.dataset).toBe('cambodia-crackdown');
  });

  it('a library folder with a broken tour refuses to load, naming the file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'saved-tours-'));
    writeFileSync(path.join(dir, 'broken.json'), JSON.stringify(tour([step('Only', { question: '' })])));
    expect(() => new TourLibrary(queries, dir)).toThrow(TourFileError);
  });

  it('saves atomically, leaving only the finished file, which loads again', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'saved-tours-'));
    const library = new TourLibrary(queries, dir);
    library.save(Tour.parse({ ...tour([step('One')]), id: 'mine' }));
    expect(readdirSync(dir)).toEqual(['mine.json']);
    expect(new TourLibrary(queries, dir).get('mine')?.origin).toBe('saved');
  });
});

describe('entity references', () => {
  const parsed = Tour.parse(shipped);
  it('finds ids missing from the graph or from another dataset, with where they are named', () => {
    const datasetOf = new Map<string, string>();
    for (const s of parsed.steps) for (const id of [...(s.show.entities ?? []), ...s.highlight, ...(s.camera.center ? [s.camera.center] : [])]) datasetOf.set(id, 'cambodia-crackdown');
    expect(entityProblems(parsed, datasetOf)).toEqual([]);
    datasetOf.delete('off-hun-manet');
    datasetOf.set('country-china', 'import-class');
    const problems = entityProblems(parsed, datasetOf);
    expect(problems.map((p) => p.path.join('.'))).toEqual(['steps.0.show.entities.1', 'steps.0.highlight.0', 'steps.2.show.entities.3']);
  });
});
