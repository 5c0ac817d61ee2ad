// The right of reply as data: a response op becomes an allegation of its own (made by the responder, cited in the
// response's source) that RESPONDS_TO the original with its stance, as data-model.md section 6 describes, so the
// existing responses API (server/graph/responses.ts) shows it beside the allegation.
import type { z } from 'zod';
import type { ResponseOp } from '../contract/edits.ts';
import type { SeedAllegation } from '../seed/schema.ts';

const STANCE_WORDS: Record<z.infer<typeof ResponseOp>['stance'], string> = { denies: 'Denial', disputes: 'Dispute', supports: 'Support', repeats: 'Repetition' };

export function responseRecord(op: z.infer<typeof ResponseOp>, target: SeedAllegation): unknown {
  return {
    id: op.id,
    name: `${STANCE_WORDS[op.stance]}: ${target.name}`.slice(0, 300),
    summary: op.summary,
    category: target.category,
    isOpinion: false,
    status: 'alleged',
    statusHistory: [{ status: 'alleged', on: op.on, source: op.source, note: 'Recorded as a response to the allegation (right of reply).' }],
    credibility: 6,
    credibilityNote: 'Not graded: a response records what was said in reply, not whether it is true.',
    assertedOn: op.on,
    conductPeriod: null,
    madeBy: [op.by],
    against: [],
    concerns: [],
    citedIn: [{ source: op.source, note: op.summary }],
    respondsTo: [{ allegation: op.allegation, stance: op.stance }],
  };
}
