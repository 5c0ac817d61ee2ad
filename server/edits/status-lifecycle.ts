// The allegation status lifecycle (docs/editing.md, data-model.md section 4): which moves a status op may make.
// Every move needs a source (the StatusOp contract requires one); the table says which moves exist at all. A court's
// finding (convicted, acquitted) does not go back to a bare claim: only a retraction, then a claim made again.
import type { AllegationStatus } from '../contract/vocabulary.ts';

const FINDINGS: AllegationStatus[] = ['denied', 'disputed', 'corroborated', 'officially_confirmed'];
const others = (s: AllegationStatus) => FINDINGS.filter((f) => f !== s);

export const TRANSITIONS: Readonly<Record<AllegationStatus, readonly AllegationStatus[]>> = {
  alleged: [...FINDINGS, 'charged', 'retracted'],
  // A denial, a dispute, corroboration and official confirmation may follow one another as sources report them.
  denied: [...others('denied'), 'charged', 'retracted'],
  disputed: [...others('disputed'), 'charged', 'retracted'],
  corroborated: [...others('corroborated'), 'charged', 'retracted'],
  officially_confirmed: [...others('officially_confirmed'), 'charged', 'retracted'],
  charged: ['convicted', 'acquitted', 'retracted'],
  // An appeal overturns a verdict: convicted -> acquitted, acquitted -> convicted; a new trial -> charged.
  convicted: ['acquitted', 'charged', 'retracted'],
  acquitted: ['convicted', 'charged', 'retracted'],
  // Only a withdrawn claim may become a claim again, when a source reports it made anew.
  retracted: ['alleged'],
};

export function canMove(from: AllegationStatus, to: AllegationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Why a move is refused, in words for the 400. */
export function refusal(from: AllegationStatus, to: AllegationStatus): string {
  if (from === to) return `the allegation is already ${to}`;
  const allowed = TRANSITIONS[from];
  return `${from} cannot move to ${to}; from ${from} it may move to ${allowed.join(', ')} (see docs/editing.md)`;
}
