// Parses one tour file (.json, .yaml or .yml) and validates it in full; any problem names the file, step and field.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { Tour } from '../contract/tours.ts';
import type { QueryLibrary } from '../queries/library.ts';
import { describe, fieldOf, fromZod, TourFileError, type TourProblem } from './problems.ts';
import { queryProblems } from './references.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TOUR_EXTENSIONS = ['.json', '.yaml', '.yml'];

/** Files inside the project are named relative to it (seed/tours/x.json), others in full. */
export function displayName(file: string): string {
  const relative = path.relative(ROOT, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

function parseText(name: string, text: string): unknown {
  try {
    return name.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new TourFileError(name, `is not valid ${name.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message.split('\n')[0]}`, '');
  }
}

/** Schema first, then references; the id comes from the file name, so the two can never disagree. */
export function validateTour(raw: unknown, queries: QueryLibrary): { tour?: Tour; problem?: TourProblem } {
  const parsed = Tour.safeParse(raw);
  if (!parsed.success) return { problem: fromZod(parsed.error) };
  const [problem] = queryProblems(parsed.data, queries);
  return problem ? { problem } : { tour: parsed.data };
}

export function readTourFile(file: string, text: string, queries: QueryLibrary): Tour {
  const name = displayName(file);
  const raw = parseText(name, text);
  const id = path.basename(file).replace(/\.(json|ya?ml)$/, '');
  if (raw && typeof raw === 'object' && 'id' in raw && (raw as { id: unknown }).id !== id) {
    throw new TourFileError(name, `id: '${String((raw as { id: unknown }).id)}' must match the file name ('${id}')`, 'id');
  }
  const { tour, problem } = validateTour(raw, queries);
  if (problem) throw new TourFileError(name, describe(raw, problem), fieldOf(problem.path));
  return tour!;
}
