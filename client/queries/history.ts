// The last 20 ad-hoc queries, kept in localStorage so an analyst can pick up where they left off.
import { z } from 'zod';

const KEY = 'scamgraph.cypher-history.v1';
const MAX = 20;

const Entry = z.object({ cypher: z.string(), params: z.string() });
export type HistoryEntry = z.infer<typeof Entry>;

export function loadHistory(): HistoryEntry[] {
  try {
    const parsed = z.array(Entry).safeParse(JSON.parse(localStorage.getItem(KEY) ?? '[]'));
    return parsed.success ? parsed.data.slice(0, MAX) : [];
  } catch {
    // Unreadable or blocked storage only costs the history, never the editor.
    return [];
  }
}

/** Adds a run at the top; running the same text again moves it up rather than repeating it. */
export function remember(entry: HistoryEntry): HistoryEntry[] {
  const same = (e: HistoryEntry) => e.cypher.trim() === entry.cypher.trim() && e.params.trim() === entry.params.trim();
  const next = [entry, ...loadHistory().filter((e) => !same(e))].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Full or blocked storage: the list still shows this session's runs.
  }
  return next;
}
