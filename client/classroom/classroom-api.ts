// Calls to the tours and datasets API, each answer checked against the shared contract.
import { ErrorBody } from '@contract/errors.ts';
import { DatasetGraph, DatasetList, DatasetSummary, type DatasetUpload } from '@contract/datasets.ts';
import { StepGraph, TourDetail, TourList, type Tour, type TourSummary } from '@contract/tours.ts';
import { ApiError, request } from '../api.ts';

const enc = encodeURIComponent;

export async function listTours(): Promise<TourSummary[]> {
  return (await request('/api/tours', TourList)).tours;
}

export function getTour(id: string): Promise<TourDetail> {
  return request(`/api/tours/${enc(id)}`, TourDetail);
}

export function getStepGraph(id: string, index: number): Promise<StepGraph> {
  return request(`/api/tours/${enc(id)}/steps/${index}/graph`, StepGraph);
}

export function saveTour(tour: Tour): Promise<TourDetail> {
  return request('/api/tours', TourDetail, undefined, tour);
}

export async function listDatasets(): Promise<DatasetSummary[]> {
  return (await request('/api/datasets', DatasetList)).datasets;
}

export function getDatasetGraph(name: string): Promise<DatasetGraph> {
  return request(`/api/datasets/${enc(name)}/graph`, DatasetGraph);
}

export function uploadDataset(upload: DatasetUpload): Promise<DatasetSummary> {
  return request('/api/datasets', DatasetSummary, undefined, upload);
}

/** request() speaks GET and POST only; a delete answers 204 with no body. */
export async function deleteDataset(name: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/datasets/${enc(name)}`, { method: 'DELETE', headers: { accept: 'application/json' } });
  } catch {
    throw new ApiError('network', 'Cannot reach the scamgraph server. Is it running?');
  }
  if (response.ok) return;
  const body = ErrorBody.safeParse(await response.json().catch(() => undefined));
  if (body.success) throw new ApiError(body.data.error.code, body.data.error.message, response.status, body.data.error.field);
  throw new ApiError('internal', `The server answered with an error (HTTP ${response.status}).`, response.status);
}
