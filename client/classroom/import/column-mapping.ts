// The CSV step of "Bring your own network": per file, what was detected (encoding, delimiter, header row) with a
// control to change each, and the column mapping (what each column is), all native selects and checkboxes so the
// keyboard and screen readers work as they do everywhere else.
import { h } from '../../panels/dom.ts';
import {
  COLUMN_ROLES, DELIMITER_NAMES, DELIMITERS, ENCODING_NAMES, type ColumnRole, type Delimiter, type Encoding,
} from '../../../server/interop/csv-dialect/index.ts';
import type { CsvChoice, CsvReading } from './read-files.ts';
import './column-mapping.css';

const ROLE_WORDS: Record<ColumnRole, string> = {
  id: 'id', name: 'name', type: 'type', source: 'source (from)', target: 'target (to)', weight: 'weight (a number)',
  description: 'description', property: 'keep as property', ignore: '(ignore)',
};
/** Encodings a user may pick; UTF-16 is only ever found by its byte-order mark. */
const PICKABLE: readonly Encoding[] = ['utf-8', 'windows-1252', 'iso-8859-1'];
const DELIMITER_WORDS: Record<Delimiter, string> = { ',': 'comma ( , )', ';': 'semicolon ( ; )', '\t': 'tab', '|': 'pipe ( | )' };
const SAMPLE_ROWS = 3;

/** "Detected: semicolon · Windows-1252 · no header row": what was found rather than chosen. */
export function detectedWords(r: CsvReading): string {
  const found = [
    r.delimiterDetected ? DELIMITER_NAMES[r.delimiter] : undefined,
    r.encodingChosen ? undefined : ENCODING_NAMES[r.encoding],
    r.headerDetected ? (r.header ? 'header row' : 'no header row') : undefined,
  ].filter(Boolean);
  return found.length ? `Detected: ${found.join(' · ')}` : 'As you chose';
}

const clip = (s: string) => (s.length > 28 ? `${s.slice(0, 27)}…` : s).replace(/\s+/g, ' ');

function select<T extends string>(testId: string, label: string, options: ReadonlyArray<[T, string]>, value: T, onChange: (v: T) => void, extra: Record<string, string> = {}): HTMLSelectElement {
  const el = h('select', { 'data-testid': testId, 'aria-label': label, ...extra, onchange: () => onChange(el.value as T) },
    ...options.map(([v, words]) => h('option', { value: v, selected: v === value }, words)));
  return el;
}

/** One CSV file's card. `choose` gets the file's whole new choice; the view reads the file again with it. */
export function csvFileCard(reading: CsvReading, choice: CsvChoice, choose: (next: CsvChoice) => void): HTMLElement {
  const width = Math.max(0, ...reading.rows.slice(0, 50).map((r) => r.length));
  const header = reading.header ? reading.rows[0] ?? [] : [];
  const samples = reading.rows.slice(reading.header ? 1 : 0, (reading.header ? 1 : 0) + SAMPLE_ROWS);
  const roles = Array.from({ length: width }, (_, i) => reading.roles[i] ?? 'ignore');
  const setRole = (col: number, role: ColumnRole) => choose({ ...choice, header: reading.header, roles: roles.map((r, i) => (i === col ? role : r)) });

  const headerBox = h('input', { type: 'checkbox', 'data-testid': 'csv-header', checked: reading.header, onchange: () => choose({ ...choice, header: headerBox.checked, roles: undefined }) });
  const columnName = (i: number) => (header[i]?.trim() ? `“${clip(header[i]!.trim())}”` : `Column ${i + 1}`);
  const rows = roles.map((role, i) => h('tr', { 'data-column': i },
    h('th', { scope: 'row' }, columnName(i)),
    h('td', { class: 'cls-csv-sample' }, samples.map((r) => clip(r[i] ?? '')).filter(Boolean).join(' · ') || '—'),
    h('td', {}, select('csv-role', `${columnName(i)} is`, COLUMN_ROLES.map((r) => [r, ROLE_WORDS[r]] as [ColumnRole, string]), role, (v) => setRole(i, v), { 'data-column': String(i) }))));

  return h('fieldset', { class: 'cls-csv-card', 'data-testid': 'csv-file', 'data-file': reading.file },
    h('legend', {}, `${reading.file} — read as the ${reading.list === 'edges' ? 'link list' : 'node list'}`),
    h('p', { class: 'cls-hint', 'data-testid': 'csv-detected' }, detectedWords(reading)),
    h('div', { class: 'cls-csv-controls' },
      h('label', { class: 'cls-field' }, h('span', {}, 'Delimiter'),
        select('csv-delimiter', 'Delimiter', DELIMITERS.map((d) => [d, DELIMITER_WORDS[d]] as [Delimiter, string]), reading.delimiter, (v) => choose({ ...choice, delimiter: v, roles: undefined }))),
      h('label', { class: 'cls-field' }, h('span', {}, 'Encoding'),
        select('csv-encoding', 'Encoding', PICKABLE.map((e) => [e, ENCODING_NAMES[e]] as [Encoding, string]), PICKABLE.includes(reading.encoding) ? reading.encoding : 'utf-8', (v) => choose({ ...choice, encoding: v }))),
      h('label', { class: 'cls-check' }, headerBox, ' First row is a header (untick: the first row is data)')),
    h('table', { class: 'cls-csv-mapping', 'data-testid': 'csv-mapping' },
      h('caption', { class: 'cls-hint' }, 'What each column holds: a node list needs an id, a link list a source and a target.'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Column'), h('th', { scope: 'col' }, 'First values'), h('th', { scope: 'col' }, 'Use as'))),
      h('tbody', {}, ...rows)));
}
