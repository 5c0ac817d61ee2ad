// Reads and validates one dataset folder of seed files. Throws SeedError at the first problem.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { SeedFiles, type SeedAllegation, type SeedNode, type SeedRelationship, type SeedSource } from './schema.ts';
import { SeedError } from './errors.ts';

export interface SeedData {
  dataset: string;
  sources: SeedSource[];
  nodes: SeedNode[];
  allegations: SeedAllegation[];
  relationships: SeedRelationship[];
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SeedError(file, '(file)', '(file)', 'cannot be read: is it there?');
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SeedError(file, '(file)', '(json)', `is not valid JSON: ${(err as Error).message}`);
  }
}

function recordName(raw: unknown, index: number | undefined): string {
  if (index === undefined) return '(whole file)';
  const rec = Array.isArray(raw) ? raw[index] : undefined;
  const id = rec && typeof rec === 'object' && 'id' in rec ? ` (id ${String((rec as { id: unknown }).id)})` : '';
  return `record ${index}${id}`;
}

function parseFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const raw = readJson(file);
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const [index, ...field] = issue.path;
  throw new SeedError(file, recordName(raw, typeof index === 'number' ? index : undefined), field.join('.') || '(record)', issue.message);
}

export function readSeedFolder(folder: string): SeedData {
  const file = (name: keyof typeof SeedFiles) => path.join(folder, name);
  return {
    dataset: path.basename(folder),
    sources: parseFile(file('sources.json'), SeedFiles['sources.json']),
    nodes: parseFile(file('nodes.json'), SeedFiles['nodes.json']),
    allegations: parseFile(file('allegations.json'), SeedFiles['allegations.json']),
    relationships: parseFile(file('relationships.json'), SeedFiles['relationships.json']),
  };
}
