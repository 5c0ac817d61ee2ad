// The "Follow same-as links" option, alone in its file so the graph, paths and search contracts can take it
// without importing the cross-referencing contract (which imports theirs).
import { z } from 'zod';

/**
 * "Follow same-as links" (`followSameAs=true`): expansion, paths and search also go along SAME_AS links. Off by
 * default: a same-as link is a person's judgement, and a view shows it only when asked.
 */
export const FollowSameAs = z.enum(['true', 'false']).transform((v) => v === 'true').default(false);
