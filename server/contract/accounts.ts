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

/**
 * What a route needs, by name. The server's access table (server/access/table.ts) gives each route one of these,
 * and the client hides what the actor's role lacks with the same map, so the two cannot disagree.
 * - public: anyone, signed in or not (health, the session itself, sign-in);
 * - read: everything published (viewers, and guests within their link's datasets and tours);
 * - cypher: ad-hoc Cypher; saveQuery: "Save as query" and saving tours;
 * - propose: changes to the evidence (an editor's wait for review when review is on);
 * - review: approve or reject others' proposals, revert;
 * - admin: accounts, guest links, datasets, imports and deletions.
 */
export const CAPABILITY_ROLE = {
  public: null,
  read: 'viewer',
  cypher: 'analyst',
  saveQuery: 'analyst',
  propose: 'editor',
  review: 'reviewer',
  admin: 'admin',
} as const satisfies Record<string, Role | null>;
export type Capability = keyof typeof CAPABILITY_ROLE;

/** Guests (a published guest link) may only read, whatever else their viewer role would allow. */
export function actorCan(actor: Pick<ActorInfo, 'kind' | 'role'> | undefined, capability: Capability): boolean {
  const needed = CAPABILITY_ROLE[capability];
  if (needed === null) return true;
  if (!actor) return false;
  if (actor.kind === 'guest') return capability === 'read';
  return roleAtLeast(actor.role, needed);
}
