// Types for @neo4j-cypher/codemirror: its package.json "exports" hides the typings it ships, so point at them here.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
