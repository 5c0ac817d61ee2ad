// The path view as the address holds it (?v=…q): which search ran, with what, and which path was picked, so a
// shared link reopens with the path listed and explained. The Paths panel sets it; share-url writes and reopens it.
import type { Reliability } from '@contract/vocabulary.ts';

export interface PathShare {
  kind: 'paths' | 'collusion';
  from?: string;
  to?: string;
  /** Ordinary paths: k, hop limit and the evidence filters. */
  k?: number;
  maxHops?: number;
  minReliability?: Reliability;
  maxCredibility?: number;
  corroboratedOnly?: boolean;
  throughSources?: boolean;
  /** Collusion paths: those linked to the accused shown too. */
  includeLinked?: boolean;
  /** The path picked from the list (-1: none). */
  chosen: number;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let current: PathShare | undefined;
let opener: ((s: PathShare) => Promise<void>) | undefined;

export function currentPathShare(): PathShare | undefined {
  return current;
}

export function setPathShare(next: PathShare | undefined): void {
  current = next;
  for (const l of listeners) l();
}

export function onPathShareChange(listener: Listener): void {
  listeners.add(listener);
}

/** The Paths panel registers how to reopen a shared path view (open the drawer, run the search, pick the path). */
export function registerPathOpener(open: (s: PathShare) => Promise<void>): void {
  opener = open;
}

export async function openSharedPath(s: PathShare): Promise<void> {
  await opener?.(s);
}
