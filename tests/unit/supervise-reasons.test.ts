// The words health and every 503 give for an outage: the real reason, never "answered with an error (N/A)".
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DeadlineError } from '../../server/db/deadline.ts';
import { isDatabaseUnavailable, unavailableReason } from '../../server/db/errors.ts';

const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('outage reasons', () => {
  it('a client deadline reads as the database not answering within its seconds, not as the query running long', () => {
    const err = new DeadlineError('the health query', 9_000);
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(unavailableReason(err)).toBe('the database did not answer within 9 s: Neo4j may be paused or overloaded');
  });

  it("the pool's acquisition timeout (code N/A) is an outage with its seconds, not an internal error", () => {
    const err = driverError('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.', 'N/A');
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(unavailableReason(err)).toMatch(/^the database did not answer within 5 s: no connection to it could be opened or freed/);
  });

  it('other N/A errors stay unexplained (internal), and known codes keep their own words', () => {
    expect(isDatabaseUnavailable(driverError('something else', 'N/A'))).toBe(false);
    expect(unavailableReason(driverError('x', 'ServiceUnavailable'))).toMatch(/not answering on its Bolt port/);
    expect(unavailableReason(driverError('x', 'Neo.ClientError.Security.Unauthorized'))).toMatch(/refused the credentials/);
    expect(unavailableReason(driverError('x', 'Neo.ClientError.Statement.SyntaxError'))).toBeUndefined();
  });
});
