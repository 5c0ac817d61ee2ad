// Calls of the Duplicates view: candidates for a dataset, a new run, and decisions.
import { CandidateList, DecisionResult, RunSummary, type XrefDecisionKind } from '@contract/xref.ts';
import { ScopeDatasetList } from '@contract/datasets.ts';
import { request } from '../api.ts';

export function getCandidates(dataset: string, undecided: boolean): Promise<CandidateList> {
  const params = new URLSearchParams({ dataset, undecided: String(undecided) });
  return request(`/api/xref/candidates?${params}`, CandidateList);
}

export function runXref(dataset: string): Promise<RunSummary> {
  return request(`/api/xref/run?${new URLSearchParams({ dataset })}`, RunSummary, undefined, {});
}

export function sendDecision(leftId: string, rightId: string, decision: XrefDecisionKind): Promise<DecisionResult> {
  return request('/api/xref/decisions', DecisionResult, undefined, { leftId, rightId, decision });
}

export function listAllDatasets(): Promise<ScopeDatasetList> {
  return request('/api/datasets/all', ScopeDatasetList);
}
