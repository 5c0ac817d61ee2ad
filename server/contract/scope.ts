// Which datasets a request reads: the explorer works on a chosen set, the curated graph by default.
import { z } from 'zod';

/** The curated crackdown graph: the default scope of every read. */
export const CURATED_DATASET = 'cambodia-crackdown';

/** A dataset's stored name: the curated one, `import-<name>` uploads, `synthetic-<n>` generated sets. */
export const DatasetRef = z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'dataset names are lower-case letters, digits and dashes');

export const MAX_SCOPE = 20;

/** The scope as arrays travel in JSON bodies. */
export const DatasetScope = z.array(DatasetRef).min(1, 'choose at least one dataset').max(MAX_SCOPE, `at most ${MAX_SCOPE} datasets at once`);
export type DatasetScope = z.infer<typeof DatasetScope>;

/** The scope as it travels in a query string: `datasets=a,b`; absent means the curated graph alone. */
export const DatasetScopeParam = z.string().optional()
  .transform((v) => (v ? [...new Set(v.split(',').map((d) => d.trim()).filter(Boolean))] : [CURATED_DATASET]))
  .pipe(DatasetScope);

/** Whether a node from `dataset` needs a marker: anything outside the curated graph shows where it came from. */
export const isOutsideCurated = (dataset: string): boolean => dataset !== CURATED_DATASET;
