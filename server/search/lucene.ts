// Turns what a person typed into a Lucene query: every word must match a name, alias or description,
// by whole word, prefix or (for longer words) typo; names weigh most, descriptions least.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Field weights: a hit on the name says more than one buried in a description. */
const FIELDS = [['name', 4], ['aliases', 3], ['description', 1]] as const;

export function words(input: string): string[] {
  return input
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(SPECIAL, ''))
    .filter(Boolean);
}

function clause(word: string): string {
  // Fuzzy matching on short words matches nearly everything; allow one typo from 4 letters, two from 7.
  const fuzzy = word.length >= 7 ? '~2' : word.length >= 4 ? '~1' : null;
  const parts = FIELDS.flatMap(([field, weight]) => [
    `${field}:${word}^${weight * 2}`,
    `${field}:${word}*^${weight}`,
    ...(fuzzy ? [`${field}:${word}${fuzzy}^${weight / 2}`] : []),
  ]);
  return `(${parts.join(' OR ')})`;
}

/** null when nothing searchable is left after removing Lucene's operators. */
export function toLucene(input: string): string | null {
  const ws = words(input);
  return ws.length === 0 ? null : ws.map(clause).join(' AND ');
}
