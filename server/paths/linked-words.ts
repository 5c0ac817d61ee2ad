// Words for someone shown on a collusion path though the allegation does not name them, from the link's type and direction.
import type { NodeType, RelType } from '../contract/vocabulary.ts';

/** The links that make someone "linked to the accused": office, membership, being part of, operating. */
export const LINK_TYPES: readonly RelType[] = ['LEADS', 'MEMBER_OF', 'PART_OF', 'OPERATES'];

/** What they do to the accused (their link points at it), and what the accused does to them (it points back). */
const TOWARDS: Partial<Record<RelType, [string, string]>> = {
  LEADS: ['leads', 'is led by'],
  MEMBER_OF: ['is a member of', 'has as a member'],
  PART_OF: ['is part of', 'includes'],
  OPERATES: ['operates', 'is operated by'],
};

function accusedNoun(type: NodeType | undefined): string {
  if (type === 'PublicBody' || type === 'Organization') return 'the accused body';
  if (type === 'Person' || type === 'Official') return 'the accused person';
  return 'the accused party';
}

/** e.g. "not accused; leads the accused body" or "not accused; is led by the accused person". */
export function linkedWords(relType: RelType, towardsAccused: boolean, accusedType: NodeType | undefined): string {
  const verbs = TOWARDS[relType];
  const verb = verbs ? verbs[towardsAccused ? 0 : 1] : `is linked (${relType}) to`;
  // "is part of" / "is a member of" read better without the "is" after the semicolon.
  return `not accused; ${verb.replace(/^is /, '')} ${accusedNoun(accusedType)}`;
}
