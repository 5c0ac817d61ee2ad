// The shareable address of a saved query run: ?query=<id>&p.<name>=<value>, alongside the explorer's ?entity=.
const QUERY = 'query';
const PREFIX = 'p.';

export interface SharedRun {
  id: string;
  /** Raw text per parameter as the link carries it; an empty string means "empty" (the query's null/all). */
  values: Record<string, string>;
}

export function readSharedRun(href = window.location.href): SharedRun | undefined {
  const params = new URL(href).searchParams;
  const id = params.get(QUERY);
  if (!id) return undefined;
  const values: Record<string, string> = {};
  for (const [key, value] of params) if (key.startsWith(PREFIX)) values[key.slice(PREFIX.length)] = value;
  return { id, values };
}

/** The current address with this run in it; other state (e.g. ?entity=) is kept. */
export function sharedRunUrl(run: SharedRun, href = window.location.href): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key === QUERY || key.startsWith(PREFIX)) url.searchParams.delete(key);
  url.searchParams.set(QUERY, run.id);
  for (const [name, value] of Object.entries(run.values)) url.searchParams.set(`${PREFIX}${name}`, value);
  return url.toString();
}

/** Puts the run in the address bar; replaceState so running queries does not flood the back button. */
export function rememberRun(run: SharedRun | undefined): void {
  if (!run) {
    const url = new URL(window.location.href);
    for (const key of [...url.searchParams.keys()]) if (key === QUERY || key.startsWith(PREFIX)) url.searchParams.delete(key);
    window.history.replaceState(null, '', url);
    return;
  }
  window.history.replaceState(null, '', sharedRunUrl(run));
}

/** Copies text, falling back to a hidden textarea where the async clipboard is missing or refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
