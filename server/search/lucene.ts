// Turns what a person typed into a Lucene query: every word must match, by whole word, prefix or (for longer words) typo.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function words(input: string): string[] {
  return input
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(SPECIAL, ''))
    .filter(Boolean);
}

function clause(word: string): string {
  const parts = [`${word}^3`, `${word}*^2`];
  // Fuzzy matching on short words matches nearly everything; allow one typo from 4 letters, two from 7.
  if (word.length >= 7) parts.push(`${word}~2`);
  else if (word.length >= 4) parts.push(`${word}~1`);
  return `(${parts.join(' OR ')})`;
}

/** null when nothing searchable is left after removing Lucene's operators. */
export function toLucene(input: string): string | null {
  const ws = words(input);
  return ws.length === 0 ? null : ws.map(clause).join(' AND ');
}
