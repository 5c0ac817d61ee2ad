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

// ---- Accounts, sessions and guest links over HTTP (server/accounts/; the client's sign-in and admin pages). ----

/** Passwords: at least this long; argon2id keeps them on the server (server/accounts/passwords.ts). */
export const MIN_PASSWORD_LENGTH = 10;
export const Password = z.string()
  .min(MIN_PASSWORD_LENGTH, `a password needs at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024, 'a password has at most 1024 characters');

/** Account names: what people type to sign in; unique whatever the case. */
export const AccountName = z.string().trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'names are 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit');

/** GET /api/session: whether sign-in is on, who is asking, and whether the first admin still has no password. */
export const SessionInfo = z.object({
  auth: z.enum(['on', 'off']),
  actor: ActorInfo.nullable(),
  setupPending: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** POST /api/session. The password is not checked for length here: a wrong one is a 401 like any other. */
export const LoginRequest = z.object({ name: z.string().min(1, 'a value is required').max(64), password: z.string().min(1, 'a value is required').max(1024) }).strict();
export type LoginRequest = z.infer<typeof LoginRequest>;

/** POST /api/session and POST /api/accounts/setup answer the actor now signed in (the cookie carries the session). */
export const SignedIn = z.object({ actor: ActorInfo });
export type SignedIn = z.infer<typeof SignedIn>;

/** POST /api/session/password: the current password, and the next. */
export const PasswordChange = z.object({ current: z.string().min(1, 'a value is required').max(1024), next: Password }).strict();
export type PasswordChange = z.infer<typeof PasswordChange>;

/** POST /api/accounts/setup: the token of a one-time link (first start, or a reset) and the password to set. */
export const SetupRequest = z.object({ token: z.string().min(1, 'a value is required').max(200), password: Password }).strict();
export type SetupRequest = z.infer<typeof SetupRequest>;

/** An account as admins see it; never a hash. `hasPassword` false means its setup link has not been used yet. */
export const UserSummary = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  disabled: z.boolean(),
  hasPassword: z.boolean(),
  createdAt: z.string(),
  passwordChangedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
});
export type UserSummary = z.infer<typeof UserSummary>;

export const AccountList = z.object({ accounts: z.array(UserSummary) });
export type AccountList = z.infer<typeof AccountList>;

/** POST /api/accounts: a new account with its password (or use POST /api/accounts/:id/reset for a link instead). */
export const NewAccount = z.object({ name: AccountName, role: Role, password: Password }).strict();
export type NewAccount = z.infer<typeof NewAccount>;

/** PATCH /api/accounts/:id: a new role, or disable/enable (disabling ends every session of the account). */
export const AccountPatch = z.object({ role: Role.optional(), disabled: z.boolean().optional() }).strict()
  .refine((p) => p.role !== undefined || p.disabled !== undefined, { message: 'give role or disabled', path: ['role'] });
export type AccountPatch = z.infer<typeof AccountPatch>;

export const AccountIdParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'not an account id') });

/** POST /api/accounts/:id/reset: a one-time link (24 h) that sets a new password; using it ends the account's sessions. */
export const ResetLink = z.object({ link: z.string(), expiresAt: z.string() });
export type ResetLink = z.infer<typeof ResetLink>;

/** A guest link as admins see it; the URL is shown once, when the link is made (only its hash is kept). */
export const GuestLinkSummary = z.object({
  id: z.string(),
  label: z.string(),
  datasets: z.array(z.string()),
  tours: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type GuestLinkSummary = z.infer<typeof GuestLinkSummary>;

export const GuestLinkList = z.object({ links: z.array(GuestLinkSummary) });
export type GuestLinkList = z.infer<typeof GuestLinkList>;

/** POST /api/guest-links: what the link opens. Tours by id; datasets by name (the curated one is 'cambodia-crackdown'). */
export const NewGuestLink = z.object({
  label: z.string().trim().min(1, 'a value is required').max(120),
  datasets: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'dataset names are lower-case letters, digits and dashes')).min(1, 'choose at least one dataset').max(20),
  tours: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'tour ids are lower-case letters, digits and dashes')).max(50).default([]),
  /** Optional end, in days from now. */
  expiresInDays: z.number().int().min(1).max(365).optional(),
}).strict();
export type NewGuestLink = z.infer<typeof NewGuestLink>;

/** The answer to POST /api/guest-links: the link's summary and, this once, its URL. */
export const CreatedGuestLink = GuestLinkSummary.extend({ url: z.string() });
export type CreatedGuestLink = z.infer<typeof CreatedGuestLink>;

export const GuestLinkIdParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'not a guest link id') });
