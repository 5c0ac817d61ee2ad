// Statements whose plan the guard has already passed, so a saved query's second run skips its EXPLAIN (about 10 ms).
// Sound because every rule in rules.ts reads what the text alone decides: the query type (a write clause is a write
// whatever the parameters or indexes), procedure names, LOAD CSV, CALL IN TRANSACTIONS and admin commands. Only passes
// are remembered; a refused text is checked again each time. Bounded, oldest first out, so ad-hoc Cypher cannot grow it.
export class PassedPlans {
  private readonly texts = new Set<string>();

  constructor(private readonly capacity = 512) {}

  has(statement: string): boolean {
    if (!this.texts.has(statement)) return false;
    // Seen again: to the back of the line, so the statements in use stay in.
    this.texts.delete(statement);
    this.texts.add(statement);
    return true;
  }

  add(statement: string): void {
    this.texts.delete(statement);
    this.texts.add(statement);
    if (this.texts.size > this.capacity) this.texts.delete(this.texts.values().next().value as string);
  }

  get size(): number {
    return this.texts.size;
  }
}
