// The right of reply: what has been said in answer to an allegation, read from the RESPONDS_TO and SUPPORTS edges into it.
import type { AllegationResponse } from '../contract/graph.ts';
import { ResponseStance } from '../contract/graph.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, toGraphNode, toSourceSummary } from '../db/mappers.ts';

/** A response whose edge has no stance (imported data may lack it) is still shown, as "unstated", never guessed. */
function stanceOf(stance: unknown, relType: unknown): AllegationResponse['stance'] {
  const parsed = ResponseStance.safeParse(stance);
  if (parsed.success) return parsed.data;
  return relType === 'SUPPORTS' ? 'supports' : 'unstated';
}

/** Every recorded response to the allegation `id`, earliest first; undated ones last, as the sources give no order. */
export async function responsesTo(db: Db, id: string): Promise<AllegationResponse[]> {
  const rows = await readQuery(db, 'entity-responses', { id });
  return rows.map((row) => {
    const response = toGraphNode(asNode(row.response));
    const asserted = response.properties.assertedOn;
    return {
      allegation: response,
      stance: stanceOf(row.stance, row.relType),
      madeBy: (row.madeBy as unknown[]).map((n) => toGraphNode(asNode(n))),
      assertedOn: typeof asserted === 'string' ? asserted : null,
      citations: (row.citedIn as { source: unknown; note: string | null }[]).map((c) => ({ source: toSourceSummary(asNode(c.source)), note: c.note ?? null })),
    };
  });
}
