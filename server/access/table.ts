// Every API route and what it needs, in one table (issue 12). The access middleware (server/access/) looks each
// request up here before any handler runs: a route missing from the table is refused, so a new route cannot be
// left open by accident. tests/api/access-table.test.ts walks every row with every role.
// Paths are Express patterns relative to /api. Append rows for new routes; keep them grouped by concept.
import type { Capability } from '../contract/accounts.ts';

export interface AccessRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  needs: Capability;
}

export const ACCESS_TABLE: readonly AccessRow[] = [
  // health
  { method: 'GET', path: '/health', needs: 'public' },
  // search, graph, schema
  { method: 'GET', path: '/search', needs: 'read' },
  { method: 'GET', path: '/schema', needs: 'read' },
  { method: 'GET', path: '/entities/:id', needs: 'read' },
  { method: 'GET', path: '/entities/:id/neighbourhood', needs: 'read' },
  { method: 'GET', path: '/entities/:id/neighbour-counts', needs: 'read' },
  // paths
  { method: 'GET', path: '/paths', needs: 'read' },
  { method: 'GET', path: '/paths/collusion', needs: 'read' },
  // queries: the library and saved runs are reading; ad-hoc Cypher and saving are the analyst's
  { method: 'GET', path: '/queries', needs: 'read' },
  { method: 'GET', path: '/queries/:id', needs: 'read' },
  { method: 'POST', path: '/queries/:id/run', needs: 'read' },
  { method: 'POST', path: '/cypher', needs: 'cypher' },
  { method: 'POST', path: '/queries', needs: 'saveQuery' },
  // tours (classroom)
  { method: 'GET', path: '/tours', needs: 'read' },
  { method: 'GET', path: '/tours/:id', needs: 'read' },
  { method: 'GET', path: '/tours/:id/steps/:index/graph', needs: 'read' },
  { method: 'POST', path: '/tours', needs: 'saveQuery' },
  // datasets
  { method: 'GET', path: '/datasets', needs: 'read' },
  { method: 'GET', path: '/datasets/all', needs: 'read' },
  { method: 'GET', path: '/datasets/view', needs: 'read' },
  { method: 'GET', path: '/datasets/view/groups', needs: 'read' },
  { method: 'GET', path: '/datasets/:name/graph', needs: 'read' },
  { method: 'POST', path: '/datasets', needs: 'admin' },
  { method: 'DELETE', path: '/datasets/:name', needs: 'admin' },
  // Sessions and accounts (issue 12, server/accounts/). Signing in and the first-start link are public; changing one's
  // own password needs a signed-in account (the service refuses guests and AUTH=off); the rest is the admin's.
  { method: 'GET', path: '/session', needs: 'public' },
  { method: 'POST', path: '/session', needs: 'public' },
  { method: 'DELETE', path: '/session', needs: 'public' },
  { method: 'POST', path: '/session/password', needs: 'read' },
  { method: 'POST', path: '/accounts/setup', needs: 'public' },
  { method: 'GET', path: '/accounts', needs: 'admin' },
  { method: 'POST', path: '/accounts', needs: 'admin' },
  { method: 'PATCH', path: '/accounts/:id', needs: 'admin' },
  { method: 'POST', path: '/accounts/:id/reset', needs: 'admin' },
  // guest links (classes)
  { method: 'GET', path: '/guest-links', needs: 'admin' },
  { method: 'POST', path: '/guest-links', needs: 'admin' },
  { method: 'DELETE', path: '/guest-links/:id', needs: 'admin' },
  // measures by the database (issue 14): reading; the projection lives only for the call
  { method: 'GET', path: '/measures/engine', needs: 'read' },
  { method: 'GET', path: '/measures/:measure', needs: 'read' },
  // cross-referencing: listing candidates is reading; running (writes the store) and deciding change the record
  { method: 'GET', path: '/xref/candidates', needs: 'read' },
  { method: 'GET', path: '/xref/decisions', needs: 'read' },
  { method: 'POST', path: '/xref/run', needs: 'propose' },
  { method: 'POST', path: '/xref/decisions', needs: 'propose' },
  // editing, audit trail, review (issue 12)
  { method: 'POST', path: '/edits', needs: 'propose' },
  { method: 'GET', path: '/changes', needs: 'read' },
  { method: 'GET', path: '/changes/export', needs: 'read' },
  { method: 'GET', path: '/changes/:id', needs: 'read' },
  { method: 'POST', path: '/changes/:id/revert', needs: 'review' },
  { method: 'GET', path: '/elements/:id/history', needs: 'read' },
  { method: 'GET', path: '/proposals', needs: 'propose' },
  { method: 'GET', path: '/proposals/:id', needs: 'propose' },
  { method: 'POST', path: '/proposals/:id/approve', needs: 'review' },
  { method: 'POST', path: '/proposals/:id/reject', needs: 'review' },
  { method: 'GET', path: '/datasets/:name/review', needs: 'read' },
  { method: 'PUT', path: '/datasets/:name/review', needs: 'admin' },
  // interop (issue 13): whole-dataset export is reading; importing a file writes a dataset
  { method: 'GET', path: '/datasets/:dataset/export', needs: 'read' },
  { method: 'POST', path: '/datasets/:name/import', needs: 'admin' },
];

