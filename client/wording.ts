// Human wording for the data model's codes: statuses, grades, categories and types.
import type { AllegationCategory, AllegationStatus, NodeType, Reliability } from '@contract/vocabulary.ts';

/** Status words are shown in capitals so a claim never reads as a plain statement of fact. */
export const statusLabel: Record<AllegationStatus, string> = {
  alleged: 'ALLEGED',
  denied: 'DENIED',
  disputed: 'DISPUTED',
  corroborated: 'CORROBORATED',
  officially_confirmed: 'OFFICIALLY CONFIRMED',
  charged: 'CHARGED',
  convicted: 'CONVICTED',
  acquitted: 'ACQUITTED',
  retracted: 'RETRACTED',
};

export const statusMeaning: Record<AllegationStatus, string> = {
  alleged: 'Claimed by the accuser; not independently established.',
  denied: 'The accused party has denied it.',
  disputed: 'Other sources contest the claim.',
  corroborated: 'Reported independently by more than one source.',
  officially_confirmed: 'An official body has confirmed it.',
  charged: 'Formal charges have been reported.',
  convicted: 'A court conviction has been reported.',
  acquitted: 'A court acquittal has been reported.',
  retracted: 'The accuser has withdrawn the claim.',
};

export const categoryLabel: Record<AllegationCategory, string> = {
  complicity_collusion: 'Complicity / collusion',
  corruption: 'Corruption',
  trafficking: 'Human trafficking',
  forced_labour: 'Forced labour',
  torture: 'Torture / abuse',
  fraud: 'Fraud',
  characterisation: 'Characterisation',
  estimate: 'Estimate',
  call_for_reform: 'Call for reform',
};

/** Admiralty information credibility, 1..6. */
export const credibilityMeaning: Record<number, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** Admiralty source reliability, A..F. */
export const reliabilityMeaning: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const typeLabel: Record<NodeType, string> = {
  Person: 'Person',
  Official: 'Official',
  Organization: 'Organisation',
  PublicBody: 'Public body',
  Compound: 'Compound',
  Province: 'Province',
  Place: 'Place',
  Country: 'Country',
  ScamType: 'Scam type',
  Event: 'Event',
  Source: 'Source',
  Allegation: 'Allegation',
};

export const sourceKindLabel: Record<string, string> = {
  article: 'Article',
  report: 'Report',
  court_record: 'Court record',
  official_statement: 'Official statement',
  estimate: 'Estimate',
  interview: 'Interview',
  reference: 'Reference',
};

/** Relationship types read as words: "MADE_BY" -> "made by". */
export function relLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

export function credibilityText(value: number | undefined): string {
  if (value === undefined) return 'Not graded';
  return `${value} — ${credibilityMeaning[value] ?? 'unknown grade'}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What a claim that accuses no one does to what it concerns, in words for a folded link ("calls on", "characterises"). */
export function claimVerb(category: AllegationCategory | undefined, kind: 'accuses' | 'opinion' | 'about'): string {
  if (kind === 'accuses') return 'accuses';
  if (category === 'call_for_reform') return 'calls on';
  if (category === 'characterisation') return 'characterises';
  if (category === 'estimate') return 'estimates';
  return kind === 'opinion' ? 'gives a view of' : 'claims about';
}

/** How the responses on record contest a claim, in words; empty when none does. */
export function answerWords(stances: Array<'denies' | 'disputes'>): string {
  const denied = stances.includes('denies');
  const disputed = stances.includes('disputes');
  if (denied && disputed) return 'denial and dispute on record';
  if (denied) return 'denial on record';
  if (disputed) return 'dispute on record';
  return '';
}

/** A response's stance towards the allegation it answers, as a reader says it. */
export const stanceLabel: Record<'denies' | 'disputes' | 'supports' | 'repeats' | 'unstated', string> = {
  unstated: 'Response, stance not recorded',
  denies: 'Denial',
  disputes: 'Dispute',
  supports: 'Support',
  repeats: 'Repetition',
};
