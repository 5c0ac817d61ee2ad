// The whole scope as one view, from the API: counted in groups first (cheap, any size), the elements when wanted.
import { ScopeGroups, ScopeView } from '@contract/datasets.ts';
import { request } from '../api.ts';
import { datasetsParam } from '../state/dataset-scope.ts';

export function fetchScopeGroups(by: 'type' | 'dataset'): Promise<ScopeGroups> {
  return request(`/api/datasets/view/groups?by=${by}&datasets=${encodeURIComponent(datasetsParam())}`, ScopeGroups);
}

export function fetchScopeView(): Promise<ScopeView> {
  return request(`/api/datasets/view?datasets=${encodeURIComponent(datasetsParam())}`, ScopeView);
}
