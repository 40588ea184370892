import { queryOptions, useQuery } from '@tanstack/react-query';
import { projectionStatusResponse, routes, type ProjectionStatusResponse } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { operationsKeys } from './operations-keys';

export type ProjectionStatusView = ProjectionStatusResponse;

export function fetchProjectionStatus(signal?: AbortSignal) {
  return apiRequest(projectionStatusResponse, { path: routes.projectionStatus.path, ...(signal ? { signal } : {}) });
}

const rebuilding = (status: ProjectionStatusView | undefined) =>
  status?.rebuild?.state === 'requested' || status?.rebuild?.state === 'running';

export const projectionStatusQueryOptions = () =>
  queryOptions({
    queryKey: operationsKeys.projectionStatus(),
    queryFn: ({ signal }) => fetchProjectionStatus(signal),
    // Follow a rebuild closely (live progress bar); otherwise a calm refresh.
    refetchInterval: (query) => (query.state.status === 'error' ? false : rebuilding(query.state.data) ? 1000 : 5000),
  });

export function useProjectionStatus() {
  return useQuery(projectionStatusQueryOptions());
}
