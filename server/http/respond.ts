// Sends a response only after it matches its contract schema, so the client can trust the shape.
import type { Response } from 'express';
import type { z } from 'zod';

export function respond<S extends z.ZodType>(res: Response, schema: S, value: z.infer<S>, status = 200): void {
  // parse() throws on drift between service and contract; the error middleware turns that into a logged 500.
  res.status(status).json(schema.parse(value));
}

/**
 * For the hot reads (expand, search, paths), whose answers our own services build from our own Cypher through
 * db/mappers.ts: sent without parsing them again. The type checker holds the value to the schema at build time, and
 * tests/api/neighbourhood-paging.test.ts checks that each answer is exactly what the schema's parse gives (no field
 * missing, none extra). Parsing a hub's page on every call was pure cost (the bench's throughput profile).
 * Input is still parsed by validate().
 */
export function respondBuilt<S extends z.ZodType>(res: Response, _schema: S, value: z.infer<S>, status = 200): void {
  res.status(status).json(value);
}
