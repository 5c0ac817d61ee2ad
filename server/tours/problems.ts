// Says where in a tour a problem is, as a teacher would look for it: `step 3 ("Who was detained"): show.query.id`.
import type { z } from 'zod';

export type IssuePath = ReadonlyArray<PropertyKey>;

/** A tour file that cannot be used; the message names the file, the step and the field. */
export class TourFileError extends Error {
  constructor(readonly file: string, readonly problem: string, readonly field: string) {
    super(`${file}: ${problem}`);
  }
}

/** One problem found in a tour: where (as a JSON path) and what. */
export interface TourProblem {
  path: IssuePath;
  message: string;
}

function stepTitle(raw: unknown, index: number): string | undefined {
  const steps = (raw as { steps?: unknown } | null)?.steps;
  const title = Array.isArray(steps) ? (steps[index] as { title?: unknown } | undefined)?.title : undefined;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}

/** `step 3 ("Title"): show.entities.1` for paths inside a step (numbered from 1), else the dotted path. */
export function whereIn(raw: unknown, path: IssuePath): string {
  const [head, index, ...rest] = path;
  if (head === 'steps' && typeof index === 'number') {
    const title = stepTitle(raw, index);
    const step = `step ${index + 1}${title ? ` (${JSON.stringify(title)})` : ''}`;
    return rest.length ? `${step}: ${rest.map(String).join('.')}` : step;
  }
  return path.map(String).join('.') || '(the tour)';
}

export function describe(raw: unknown, problem: TourProblem): string {
  return `${whereIn(raw, problem.path)}: ${problem.message}`;
}

export function fieldOf(path: IssuePath): string {
  return path.map(String).join('.');
}

/** The first zod issue as a TourProblem; unknown keys are named, since their issue has no path of its own. */
export function fromZod(error: z.ZodError): TourProblem {
  const issue = error.issues[0]!;
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const path = [...issue.path, ...(unknownKey ? [unknownKey] : [])];
  return { path, message: unknownKey ? 'unknown field' : issue.message };
}
