// The tour library: shipped tours from seed/tours, plus those teachers save into a folder of their own.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tour, TourDetail } from '../contract/tours.ts';
import type { QueryLibrary } from '../queries/library.ts';
import { readTourFile, TOUR_EXTENSIONS } from './tour-file.ts';

export const SHIPPED_TOURS = fileURLToPath(new URL('../../seed/tours/', import.meta.url));
/** Where "Save tour" writes when the app is given no folder (relative to the working directory, like saved-queries). */
export const DEFAULT_SAVED_TOURS_DIR = 'saved-tours';

function readFolder(folder: string, origin: TourDetail['origin'], queries: QueryLibrary): TourDetail[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => TOUR_EXTENSIONS.includes(path.extname(f)))
    .sort()
    .map((f) => {
      const file = path.join(folder, f);
      return { ...readTourFile(file, readFileSync(file, 'utf8'), queries), origin };
    });
}

export class TourLibrary {
  private readonly byId = new Map<string, TourDetail>();

  /** Throws TourFileError naming file, step and field at the first invalid tour: the server must not start with it. */
  constructor(queries: QueryLibrary, private readonly savedDir: string = DEFAULT_SAVED_TOURS_DIR, shippedDir = SHIPPED_TOURS) {
    for (const t of [...readFolder(shippedDir, 'shipped', queries), ...readFolder(savedDir, 'saved', queries)]) this.byId.set(t.id, t);
  }

  list(): TourDetail[] {
    return [...this.byId.values()];
  }

  get(id: string): TourDetail | undefined {
    return this.byId.get(id);
  }

  /** Writes `<id>.json` atomically (temp file + rename), so a crash never leaves half a tour to fail the next boot. */
  save(tour: Tour): TourDetail {
    mkdirSync(this.savedDir, { recursive: true });
    const file = path.join(this.savedDir, `${tour.id}.json`);
    writeFileSync(`${file}.tmp`, `${JSON.stringify(tour, null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
    const saved: TourDetail = { ...tour, origin: 'saved' };
    this.byId.set(tour.id, saved);
    return saved;
  }
}
