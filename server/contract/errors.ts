import { z } from 'zod';

/** The body of every 4xx/5xx: a stable code to branch on, words for people, and the field at fault. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(['bad_request', 'not_found', 'query_refused', 'conflict', 'unavailable', 'timeout', 'internal']),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
