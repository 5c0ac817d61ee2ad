// Finds the $parameters a Cypher text uses, ignoring strings, comments and backquoted names.

const SKIP = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g;

export function cypherParameters(cypher: string): Set<string> {
  const code = cypher.replace(SKIP, ' ');
  return new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
}
