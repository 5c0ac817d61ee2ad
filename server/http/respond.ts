// Sends a response only after it matches its contract schema, so the client can trust the shape.
import type { Response } from 'express';
import type { z } from 'zod';

export function respond<S extends z.ZodType>(res: Response, schema: S, value: z.infer<S>, status = 200): void {
  // parse() throws on drift between service and contract; the error middleware turns that into a logged 500.
  res.status(status).json(schema.parse(value));
}
