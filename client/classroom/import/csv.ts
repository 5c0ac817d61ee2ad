// CSV text -> rows, through the shared dialect reader (papaparse; delimiter guessed among , ; tab |).
import { parseTable, type Delimiter } from '../../../server/interop/csv-dialect/index.ts';

export { CsvError } from '../../../server/interop/csv-dialect/index.ts';

/** Rows of fields; a blank line at the very end is not a row. `row` numbers in errors count from 1. */
export function parseCsv(input: string, delimiter?: Delimiter): string[][] {
  return parseTable(input, delimiter ? { delimiter } : {}).rows;
}
