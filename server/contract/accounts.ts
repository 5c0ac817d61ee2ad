// Who is asking, as it crosses HTTP. Roles are ordered: each can do everything the ones before it can.
import { z } from 'zod';

export const ROLES = ['viewer', 'analyst', 'editor', 'reviewer', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** True when `role` is `needed` or above it in ROLES. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/**
 * The one who makes a request, as GET /api/session tells the client.
 * - `user`: a signed-in account;
 * - `local`: authentication is off (AUTH=off, loopback only), everything is done as the local admin;
 * - `guest`: a guest link (read-only viewer, limited to `datasets` and `tours`).
 */
export const ActorInfo = z.object({
  kind: z.enum(['user', 'local', 'guest']),
  /** Stable id: the account id, 'local', or 'guest:<link id>'. Audit records keep it with the name. */
  id: z.string(),
  name: z.string(),
  role: Role,
  /** Guests only: what the link opens. */
  datasets: z.array(z.string()).optional(),
  tours: z.array(z.string()).optional(),
});
export type ActorInfo = z.infer<typeof ActorInfo>;
