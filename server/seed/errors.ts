// A seed problem names the file, the record and the field, so it can be fixed without guessing.
export class SeedError extends Error {
  constructor(readonly file: string, readonly record: string, readonly field: string, readonly problem: string) {
    super(`seed: ${file}: ${record}: ${field}: ${problem}`);
  }
}
