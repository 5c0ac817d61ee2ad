// Why a user's query was refused; mapped to a 400 with code query_refused.
export class QueryRefusedError extends Error {
  readonly code = 'query_refused';
  constructor(readonly reason: string) {
    super(`query refused: ${reason}`);
  }
}
