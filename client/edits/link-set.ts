// What a link's "Edit" sends: pure, so the unit test checks it without a page.
import type { GraphEdge } from '@contract/graph.ts';

/** The link's own properties a form edits; the others (counts, warnings an import wrote) are kept as they are. */
export const LINK_PROPERTY_FIELDS = ['role', 'note', 'since', 'until'] as const;
/** Bookkeeping the server keeps on the link itself, never sent back as a property. */
const BOOKKEEPING = new Set(['version', 'lastChange', 'dataset']);

export interface LinkValues {
  status: string;
  sources: string[];
  /** Per editable property: the text, '' to remove it. */
  properties: Partial<Record<(typeof LINK_PROPERTY_FIELDS)[number], string>>;
}

/** Only what the editor changed is sent; the properties go whole, since an update sets a field entire. Pure, unit-tested. */
export function linkSet(edge: GraphEdge, values: LinkValues): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  if (values.status !== (edge.status ?? '')) set.status = values.status;
  if (JSON.stringify(values.sources) !== JSON.stringify(edge.sources)) set.sources = values.sources;
  const kept = Object.fromEntries(Object.entries(edge.properties).filter(([k]) => !BOOKKEEPING.has(k)));
  const next: Record<string, unknown> = { ...kept };
  for (const key of LINK_PROPERTY_FIELDS) {
    const value = values.properties[key];
    if (value === undefined) continue;
    if (value === '') delete next[key];
    else next[key] = value;
  }
  if (JSON.stringify(next) !== JSON.stringify(kept)) set.properties = next;
  return set;
}
