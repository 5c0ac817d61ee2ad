import { z } from 'zod';

export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.object({
    reachable: z.boolean(),
    /** What went wrong, in words a user can act on, when unreachable. */
    reason: z.string().optional(),
    nodes: z.number().int().optional(),
  }),
});
export type Health = z.infer<typeof Health>;
