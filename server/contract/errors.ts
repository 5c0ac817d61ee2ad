import { z } from 'zod';

/**
 * The body of every 4xx/5xx: a stable code to branch on, a sentence for people that says what to do, the field at
 * fault, and the technical detail (which service failed on what) for scripts and bug reports.
 */
export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(['bad_request', 'not_found', 'query_refused', 'conflict', 'unavailable', 'timeout', 'internal',
      'host_not_allowed', 'cross_site', 'unsupported_media_type', 'rate_limited', 'unauthenticated', 'forbidden']),
    message: z.string(),
    field: z.string().optional(),
    detail: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
