// The tour being built, as plain data, and the edits the builder makes to it.
import type { Tour, TourStep } from '@contract/tours.ts';
import { CURATED_DATASET } from '@contract/tours.ts';

export interface Draft {
  id: string;
  title: string;
  description: string;
  dataset: string;
  steps: TourStep[];
  /** The id follows the title until someone types one. */
  idEdited: boolean;
}

export function emptyDraft(): Draft {
  return { id: '', title: '', description: '', dataset: CURATED_DATASET, steps: [], idEdited: false };
}

export function draftFromTour(tour: Tour): Draft {
  return { id: `${tour.id}-copy`.slice(0, 64), title: `${tour.title} (copy)`, description: tour.description, dataset: tour.dataset, steps: structuredClone(tour.steps), idEdited: true };
}

export function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

/** Moves a step by `by` places; returns its new index (unchanged at either end). */
export function moveStep(draft: Draft, index: number, by: -1 | 1): number {
  const to = index + by;
  if (to < 0 || to >= draft.steps.length) return index;
  const [step] = draft.steps.splice(index, 1);
  draft.steps.splice(to, 0, step!);
  return to;
}

export function toTour(draft: Draft): Tour {
  return { id: draft.id, title: draft.title.trim(), description: draft.description.trim(), dataset: draft.dataset, steps: draft.steps };
}
