// Error messages for people. Services throw typed errors whose text is written for developers and scripts
// ("graph.entity: no entity with id 'x'": the scope that failed, then what); the error middleware keeps that text
// as `detail` and answers `message` with a sentence from here that says what happened and what to do.

/** What a lookup was for, told by the scope its service names (service.function) before the colon. */
const NOT_FOUND: Array<[RegExp, string]> = [
  [/^(graph|paths)\./, 'No entity with this id. It may have been removed or come from another dataset.'],
  [/^queries\./, 'No saved query with this id. Pick one from the list of saved queries.'],
  [/^tours\.step: tour '[^']*' has/, 'This tour has no such step. Steps are numbered from the first, 0.'],
  [/^tours\.get: tour '/, 'This tour cannot be opened: one of its steps shows something that is not in the graph. Its author can fix it in the tour builder.'],
  [/^tours\./, 'No tour with this id. Pick one from the list of tours.'],
  [/^datasets\./, 'No imported dataset with this name. It may have been deleted.'],
  [/^no such endpoint: /, 'There is nothing at this address of the API. The README lists the endpoints.'],
];

const NOT_FOUND_ELSE = 'Nothing was found for this request. It may have been removed, or the link may be out of date.';

export function notFoundWords(detail: string): string {
  const known = NOT_FOUND.find(([scope]) => scope.test(detail))?.[1];
  if (known) return known;
  // A service that wrote its message for people (no "service.function:" scope, e.g. which dataset to add) is kept.
  return SCOPE.test(detail) ? NOT_FOUND_ELSE : sentence(detail);
}

/** Names of request fields as a form would label them; a field not listed is quoted as it is. */
const FIELD_LABELS: Record<string, string> = {
  q: 'Search text',
  type: 'Type',
  limit: 'Limit',
  skip: 'Skip',
  id: 'Id',
  from: 'From',
  to: 'To',
  maxHops: 'Hops',
  k: 'Number of paths',
  relTypes: 'Link types',
  direction: 'Direction',
  minReliability: 'Lowest source grade',
  datasets: 'Datasets',
  cypher: 'Query',
  name: 'Name',
  params: 'Parameters',
  nodes: 'Nodes',
  edges: 'Links',
};

function fieldLabel(field: string): string {
  // An item of a list field ("datasets.0") is labelled as the list.
  const known = FIELD_LABELS[field] ?? FIELD_LABELS[field.replace(/\.\d+$/, '')];
  if (known) return known;
  const param = /^params\.([^.]+)$/.exec(field);
  if (param) return `Parameter “${param[1]}”`;
  return `“${field}”`;
}

const SCOPE = /^[a-z]+\.[a-zA-Z]+: /;

/** Ends with a full stop; starts with a capital unless told not to or the first word is a file name. */
function sentence(text: string, capital = true): string {
  const trimmed = text.trim();
  const first = trimmed.split(/\s/)[0] ?? '';
  const start = capital && !first.includes('.') ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1) : trimmed;
  return /[.!?]$/.test(start) ? start : `${start}.`;
}

/**
 * A 400 in words: the field's label, then the reason (validation and services write "field: reason"); a scope
 * prefix goes; a message that already reads as words (an upload's "nodes.csv row 7, column id: ...") stays.
 */
export function badRequestWords(detail: string, field?: string): string {
  if (field && detail.startsWith(`${field}: `)) return `${fieldLabel(field)}: ${sentence(detail.slice(field.length + 2), false)}`;
  if (SCOPE.test(detail)) return sentence(detail.replace(SCOPE, ''));
  return sentence(detail);
}

export const TIMEOUT_WORDS = 'The query took longer than its time limit and was stopped. Ask for less (fewer hops, a smaller limit) and try again.';
export const UNAVAILABLE_WORDS = 'The database cannot be reached right now. Try again in a moment; if it lasts, check that Neo4j is running (the health page, /api/health, says more).';
export const INTERNAL_WORDS = 'Something went wrong on the server. It has been logged; please try again.';

export function bodyWords(type: string | undefined): string {
  if (type === 'entity.parse.failed') return 'The request body is not valid JSON.';
  if (type === 'entity.too.large') return 'The request body is too large (at most 1 MB).';
  return 'The request body could not be read.';
}
