import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { operationsKeys } from './operations-keys';

/** Projection lag and rebuild progress; read leniently (every top-level figure shown) until its contract is published. */
const projectionStatus = z.record(z.string(), z.unknown());
export type ProjectionStatusView = z.infer<typeof projectionStatus>;

export const projectionStatusPath = '/v1/projections/status';

export function fetchProjectionStatus(signal?: AbortSignal) {
  return apiRequest(projectionStatus, { path: projectionStatusPath, ...(signal ? { signal } : {}) });
}

export const projectionStatusQueryOptions = () =>
  queryOptions({
    queryKey: operationsKeys.projectionStatus(),
    queryFn: ({ signal }) => fetchProjectionStatus(signal),
    retry: false,
    refetchInterval: (query) => (query.state.status === 'error' ? false : 5000),
  });

export function useProjectionStatus() {
  return useQuery(projectionStatusQueryOptions());
}
