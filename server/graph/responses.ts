// The right of reply: what has been said in answer to an allegation, read from the RESPONDS_TO and SUPPORTS edges into it.
import type { AllegationResponse } from '../contract/graph.ts';
import { ResponseStance } from '../contract/graph.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, toGraphNode, toSourceSummary } from '../db/mappers.ts';

/** Every recorded response to the allegation `id`, earliest first; undated ones last, as the sources give no order. */
export async function responsesTo(db: Db, id: string): Promise<AllegationResponse[]> {
  const rows = await readQuery(db, 'entity-responses', { id });
  return rows.map((row) => {
    const response = toGraphNode(asNode(row.response));
    const asserted = response.properties.assertedOn;
    return {
      allegation: response,
      // An edge loaded without a stance is a reply of unknown kind; "repeats" would claim too much, so parse strictly.
      stance: ResponseStance.parse(row.stance),
      madeBy: (row.madeBy as unknown[]).map((n) => toGraphNode(asNode(n))),
      assertedOn: typeof asserted === 'string' ? asserted : null,
      citations: (row.citedIn as { source: unknown; note: string | null }[]).map((c) => ({ source: toSourceSummary(asNode(c.source)), note: c.note ?? null })),
    };
  });
}
