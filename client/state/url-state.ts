// Keeps the selected entity in the address bar (?entity=id), so a view can be shared and survives a reload.
import type { GraphNode } from '@contract/graph.ts';
import { EntityId } from '@contract/graph.ts';
import { getEntity, messageOf } from '../api.ts';

const PARAM = 'entity';

export function rememberEntity(id: string | undefined): void {
  const url = new URL(window.location.href);
  if (id) url.searchParams.set(PARAM, id);
  else url.searchParams.delete(PARAM);
  // replaceState, not pushState: clicking around the graph should not flood the back button.
  window.history.replaceState(null, '', url);
}

/** Opens the entity named in the URL, if any; a bad or unknown id is reported, not thrown. */
export async function openFromUrl(show: (node: GraphNode) => Promise<void>, report: (message: string) => void): Promise<void> {
  const raw = new URL(window.location.href).searchParams.get(PARAM);
  if (!raw) return;
  const id = EntityId.safeParse(raw);
  if (!id.success) {
    report(`The link names an entity id that is not valid: “${raw}”.`);
    return;
  }
  try {
    const detail = await getEntity(id.data);
    await show(detail.node);
  } catch (err) {
    report(messageOf(err));
  }
}
