// Guided tours for classroom mode: what a tour file holds, what the API lists and returns, and what a teacher saves.
import { z } from 'zod';
import { EntityId, GraphEdge, GraphNode, SourceSummary } from './graph.ts';
import { QueryId } from './queries.ts';
import { CURATED_DATASET } from './scope.ts';

export const TourId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'tour ids are lower-case letters, digits and dashes');

/** The curated graph; tours show it unless they name an imported dataset. */
export { CURATED_DATASET };

const ParamValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

// Objects with optional keys plus a refinement, not unions: a union's error cannot name the field at fault.
export const StepShow = z.object({
  /** A saved query (cypher/queries or the saved folder) run with these parameters. */
  query: z.object({ id: QueryId, params: z.record(z.string(), ParamValue).default({}) }).strict().optional(),
  /** Or these entities, with the neighbours of those in `expand`. */
  entities: z.array(EntityId).min(1, 'name at least one entity').max(200).optional(),
  expand: z.array(EntityId).max(20).optional(),
}).strict().superRefine((show, ctx) => {
  if (!show.query === !show.entities) ctx.addIssue({ code: 'custom', message: 'give either query or entities, not both or neither', path: [] });
  if (show.query && show.expand) ctx.addIssue({ code: 'custom', message: 'expand goes with entities, not with a query', path: ['expand'] });
});
export type StepShow = z.infer<typeof StepShow>;

export const StepCamera = z.object({
  /** Fit everything the step shows. */
  fit: z.literal(true).optional(),
  /** Or centre on one entity at this zoom. */
  zoom: z.number().min(0.15).max(3).optional(),
  center: EntityId.optional(),
}).strict().superRefine((cam, ctx) => {
  const centred = cam.zoom !== undefined || cam.center !== undefined;
  if (cam.fit && centred) ctx.addIssue({ code: 'custom', message: 'give either fit or zoom and center, not both', path: [] });
  if (!cam.fit && (cam.zoom === undefined || cam.center === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'give fit: true, or both zoom and center', path: [cam.zoom === undefined ? 'zoom' : 'center'] });
  }
});
export type StepCamera = z.infer<typeof StepCamera>;

export const TourStep = z.object({
  title: z.string().trim().min(1, 'give the step a title').max(120),
  /** Markdown subset: paragraphs, **bold**, *italic*, lists, http(s) links. */
  narration: z.string().max(4000),
  show: StepShow,
  camera: StepCamera.default({ fit: true }),
  /** Entities to pick out on the canvas. */
  highlight: z.array(EntityId).max(50).default([]),
  /** Something for the class to discuss before the next step. */
  question: z.string().trim().min(1, 'ask the class something').max(500),
}).strict();
export type TourStep = z.infer<typeof TourStep>;

export const Tour = z.object({
  id: TourId,
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().min(10).max(1000),
  /** Which dataset every entity of the tour belongs to: tours never mix the curated graph with imports. */
  dataset: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/).default(CURATED_DATASET),
  steps: z.array(TourStep).min(1, 'a tour needs at least one step').max(50),
}).strict();
export type Tour = z.infer<typeof Tour>;

export const TourOrigin = z.enum(['shipped', 'saved']);

export const TourDetail = Tour.extend({ origin: TourOrigin });
export type TourDetail = z.infer<typeof TourDetail>;

export const TourSummary = z.object({
  id: TourId,
  title: z.string(),
  description: z.string(),
  dataset: z.string(),
  steps: z.number().int(),
  origin: TourOrigin,
});
export const TourList = z.object({ tours: z.array(TourSummary) });
export type TourSummary = z.infer<typeof TourSummary>;

/** What one step draws, filtered to the tour's dataset. */
export const StepGraph = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  sources: z.record(z.string(), SourceSummary),
});
export type StepGraph = z.infer<typeof StepGraph>;

export const StepParams = z.object({ id: TourId, index: z.coerce.number().int().min(0).max(49) });
