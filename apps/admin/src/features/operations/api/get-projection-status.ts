import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes, type ProjectionStatusResponse } from '@rapport/contracts';
import { apiQueryOptions } from '../../../lib/api-query';
import { operationsKeys } from './operations-keys';

export type ProjectionStatusView = ProjectionStatusResponse;

const rebuilding = (status: ProjectionStatusView | undefined) =>
  status?.rebuild?.state === 'requested' || status?.rebuild?.state === 'running';

export const projectionStatusQueryOptions = () =>
  queryOptions({
    ...apiQueryOptions(operationsKeys.projectionStatus(), routes.projectionStatus),
    // Follow a rebuild closely (live progress bar); otherwise a calm refresh.
    refetchInterval: (query) => (query.state.status === 'error' ? false : rebuilding(query.state.data) ? 1000 : 5000),
  });

export function useProjectionStatus() {
  return useQuery(projectionStatusQueryOptions());
}
