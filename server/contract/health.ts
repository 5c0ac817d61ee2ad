import { z } from 'zod';

export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.object({
    reachable: z.boolean(),
    /** What went wrong, in words a user can act on, when unreachable. */
    reason: z.string().optional(),
    nodes: z.number().int().optional(),
    /** Set when `npm start` restarted the local Neo4j after an unexpected exit: when (ISO time) and a line for people. */
    restarted: z.object({ at: z.string(), note: z.string() }).optional(),
  }),
});
export type Health = z.infer<typeof Health>;
